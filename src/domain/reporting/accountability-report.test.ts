import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import { LEGAL_BASIS_KINDS, PHASES, RIGHTS_REQUEST_KINDS } from '../model.js';
import { buildAccountabilityReport } from './accountability-report.js';
import type { AccountabilityInput, AccountabilityReport } from './accountability-report.js';

const input: AccountabilityInput = {
  collaborationId: 'zvh-midden-limburg',
  year: 2024,
  cases: [
    { phase: 'triage', tableId: 'rto', count: 4 },
    { phase: 'monitoring', tableId: 'rto', count: 10 },
    { phase: 'triage', tableId: 'rto', count: 1 },
    { phase: 'rejected', tableId: null, count: 3 },
    { phase: 'monitoring', tableId: 'huiselijk-geweld', count: 2 },
  ],
  provisions: [
    { partnerId: 'politie', count: 12, police: 12 },
    { partnerId: 'ggz', count: 7, police: 0 },
    { partnerId: 'politie', count: 1, police: 1 },
  ],
  bases: [
    { kind: 'consent', count: 5 },
    { kind: 'public_task', count: 9 },
    { kind: 'wpg20', count: 13 },
  ],
  consent: { withConsent: 5, withoutConsent: 14, refused: 2, revoked: 1 },
  rightsRequests: [
    { kind: 'access', received: 3, answeredInTime: 2, answeredLate: 1, refused: 0 },
    { kind: 'erasure', received: 1, answeredInTime: 1, answeredLate: 0, refused: 1 },
  ],
  incidents: { registered: 2, partnerNoticeLate: 0, dpaNotified: 1, dpaNotRequired: 1, dpaLate: 0 },
};

/** Every property name, at any depth, of a type. */
type DeepKeys<T> = T extends readonly (infer U)[] ? DeepKeys<U> : T extends object ? { [K in keyof T]-?: K | DeepKeys<T[K]> }[keyof T] : never;
const PERSONAL_FIELDS = ['name', 'bsn', 'birthDate', 'address', 'content', 'subjectId', 'caseId', 'userId', 'email', 'phone'] as const;
type PersonalField = (typeof PERSONAL_FIELDS)[number];

function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) allKeys(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      allKeys(v, into);
    }
  }
  return into;
}

describe('P19 accountability report', () => {
  it('P19 accountability: cases per phase and table, provisions per partner, bases, consent, rights requests, incidents', () => {
    const result = buildAccountabilityReport(input);
    if (!result.ok) throw new Error(result.fields.join());
    const r = result.report;
    expect(r.cases.total).toBe(20);
    expect(r.cases.byPhase).toMatchObject({ triage: 5, monitoring: 12, rejected: 3, screening: 0 });
    expect(Object.keys(r.cases.byPhase)).toEqual([...PHASES]);
    expect(r.cases.byTable).toEqual([
      { tableId: null, count: 3 },
      { tableId: 'huiselijk-geweld', count: 2 },
      { tableId: 'rto', count: 15 },
    ]);
    expect(r.cases.byPhaseAndTable).toEqual([
      { phase: 'triage', tableId: 'rto', count: 5 },
      { phase: 'monitoring', tableId: 'huiselijk-geweld', count: 2 },
      { phase: 'monitoring', tableId: 'rto', count: 10 },
      { phase: 'rejected', tableId: null, count: 3 },
    ]);
    expect(r.provisions).toEqual({
      total: 20,
      police: 13,
      byPartner: [
        { partnerId: 'ggz', count: 7, police: 0 },
        { partnerId: 'politie', count: 13, police: 13 },
      ],
    });
    expect(Object.keys(r.bases)).toEqual([...LEGAL_BASIS_KINDS]);
    expect(r.bases).toMatchObject({ consent: 5, public_task: 9, wpg20: 13, legitimate_interest: 0 });
    expect(r.consent).toEqual(input.consent);
    expect(Object.keys(r.rightsRequests.byKind)).toEqual([...RIGHTS_REQUEST_KINDS]);
    expect(r.rightsRequests.total).toEqual({ received: 4, answeredInTime: 3, answeredLate: 1, refused: 1 });
    expect(r.rightsRequests.byKind.access.received).toBe(3);
    expect(r.incidents).toEqual(input.incidents);
  });

  it('P19 accountability: counts that are negative, fractional or inconsistent are refused, naming the fields', () => {
    const bad: AccountabilityInput = {
      ...input,
      year: 24,
      cases: [{ phase: 'rto', tableId: 'rto', count: -1 }],
      provisions: [{ partnerId: 'politie', count: 1, police: 2 }],
      consent: { ...input.consent, refused: 0.5 },
    };
    expect(buildAccountabilityReport(bad)).toEqual({
      ok: false,
      reason: 'P19_invalid_counts',
      fields: ['year', 'cases[0].count', 'provisions[0].police', 'consent.refused'],
    });
  });

  it('P19 accountability: neither the input nor the report type has a field for personal data', () => {
    expectTypeOf<Extract<DeepKeys<AccountabilityInput>, PersonalField>>().toEqualTypeOf<never>();
    expectTypeOf<Extract<DeepKeys<AccountabilityReport>, PersonalField>>().toEqualTypeOf<never>();
    const result = buildAccountabilityReport(input);
    const keys = allKeys(result.ok && result.report);
    for (const field of PERSONAL_FIELDS) expect(keys.has(field)).toBe(false);
  });

  it('P19 accountability: subject names smuggled into the input rows never reach the report', () => {
    const name = fc
      .tuple(fc.constantFrom('Jan', 'Fatima', 'Anouk', 'Mohammed', 'Sanne'), fc.stringMatching(/^[A-Z][a-z]{4,10}$/))
      .map(([first, last]) => `${first} ${last}`);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), fc.nat(100), (names, n) => {
        const smuggle = <T extends object>(row: T, i: number): T => ({ ...row, subjectName: names[i % names.length], name: names[0], bsn: '111222333' });
        const tainted: AccountabilityInput = {
          ...input,
          cases: input.cases.map((r, i) => smuggle({ ...r, count: r.count + n }, i)),
          provisions: input.provisions.map(smuggle),
          bases: input.bases.map(smuggle),
          consent: smuggle(input.consent, 1),
          rightsRequests: input.rightsRequests.map(smuggle),
          incidents: smuggle(input.incidents, 2),
        };
        const result = buildAccountabilityReport(tainted);
        expect(result.ok).toBe(true);
        const text = JSON.stringify(result);
        for (const person of names) expect(text).not.toContain(person);
        expect(text).not.toContain('111222333');
      }),
      { numRuns: 500 },
    );
  });
});
