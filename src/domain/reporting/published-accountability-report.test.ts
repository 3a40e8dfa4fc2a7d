import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAccountabilityReport } from './accountability-report.js';
import type { AccountabilityInput } from './accountability-report.js';
import { publishAccountabilityReport } from './published-accountability-report.js';
import { publishableCount } from './small-counts.js';

const input: AccountabilityInput = {
  collaborationId: 'regieteams-nijmegen',
  year: 2026,
  cases: [
    { phase: 'screening', tableId: 'regieteam', count: 1 },
    { phase: 'triage', tableId: 'regieteam', count: 2 },
    { phase: 'monitoring', tableId: 'regieteam', count: 7 },
  ],
  provisions: [{ partnerId: 'politie', count: 12, police: 3 }],
  bases: [{ kind: 'public_task', count: 4 }],
  consent: { withConsent: 0, withoutConsent: 12, refused: 1, revoked: 0 },
  rightsRequests: [{ kind: 'access', received: 1, answeredInTime: 1, answeredLate: 0, refused: 0 }],
  incidents: { registered: 2, partnerNoticeLate: 0, dpaNotified: 0, dpaNotRequired: 0, dpaLate: 0 },
};

const numbersOf = (value: unknown): (number | null)[] => {
  if (value === null) return [null];
  if (typeof value === 'number') return [value];
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'year' || k === 'suppression' ? [] : numbersOf(v)));
  return [];
};

describe('13.16 small counts in the accountability report (P19; finding L3)', () => {
  it('13.16 small counts: the accountability report suppresses counts from 1 to 4 exactly as the figures do, and says so', () => {
    const built = buildAccountabilityReport(input);
    if (!built.ok) throw new Error('invalid input');
    const r = publishAccountabilityReport(built.report);
    expect(r.cases.byPhase).toMatchObject({ screening: null, triage: null, monitoring: 7, rto: 0 });
    expect(r.cases.total).toBe(10);
    expect(r.provisions).toEqual({ total: 12, police: null, byPartner: [{ partnerId: 'politie', count: 12, police: null }] });
    expect(r.bases.public_task).toBeNull();
    expect(r.consent).toEqual({ withConsent: 0, withoutConsent: 12, refused: null, revoked: 0 });
    expect(r.rightsRequests.total.received).toBeNull();
    expect(r.incidents.registered).toBeNull();
    expect(r.anySuppressed).toBe(true);
    expect(r.suppression.threshold).toBe(5);
    expect(r.suppression.note.nl).toMatch(/weggelaten/);
  });

  it('13.16 small counts: no published count lies between 1 and 4, every shown count is the true one, and only case counts are hidden beyond the small ones (L3 differencing) (property)', () => {
    const count = fc.nat({ max: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('screening', 'triage', 'rto', 'monitoring') , count), { maxLength: 6 }), count, count, (cases, police, refused) => {
        const built = buildAccountabilityReport({
          ...input,
          cases: cases.map(([phase, n]) => ({ phase, tableId: 't', count: n })),
          provisions: [{ partnerId: 'p', count: police + 3, police }],
          consent: { ...input.consent, refused },
        });
        if (!built.ok) return;
        const raw = numbersOf(built.report);
        const published = numbersOf(publishAccountabilityReport(built.report));
        expect(published).toHaveLength(raw.length);
        published.forEach((n, i) => {
          const truth = raw[i] ?? null;
          if (n !== null) expect(n).toBe(truth);
          if (truth !== null && publishableCount(truth) === null) expect(n).toBeNull();
        });
        // Outside the case counts nothing more is hidden than the small counts.
        const { cases: _rawCases, ...rawRest } = built.report;
        const { cases: _publishedCases, ...publishedRest } = publishAccountabilityReport(built.report);
        expect(numbersOf(publishedRest)).toEqual(numbersOf(rawRest).map((n) => (n === null ? null : publishableCount(n))));
        expect(published.some((n) => n !== null && n > 0 && n < 5)).toBe(false);
      }),
    );
  });
});
