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
  bases: [
    { kind: 'public_task', count: 4 },
    { kind: 'legal_obligation', count: 8 },
  ],
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
    // L3: 12 provisions, of which legal obligation 8 shown, would pin public task at 4: both are hidden.
    expect(r.bases.legal_obligation).toBeNull();
    expect(r.bases.vital_interest).toBe(0);
    expect(r.consent).toEqual({ withConsent: 0, withoutConsent: 12, refused: null, revoked: 0 });
    expect(r.rightsRequests.total.received).toBeNull();
    expect(r.incidents.registered).toBeNull();
    expect(r.anySuppressed).toBe(true);
    expect(r.suppression.threshold).toBe(5);
    expect(r.suppression.note.nl).toMatch(/weggelaten/);
  });

  it('13.16 small counts: no published count lies between 1 and 4, every shown count is the true one, and no shown total pins the counts hidden under it (L3 differencing) (property)', () => {
    const count = fc.nat({ max: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('screening', 'triage', 'rto', 'monitoring'), count), { maxLength: 6 }),
        fc.array(fc.tuple(count, count), { minLength: 1, maxLength: 4 }),
        count,
        count,
        fc.array(count, { minLength: 4, maxLength: 4 }),
        (cases, partners, withConsentPart, refused, received) => {
          const provisions = partners.map(([police, other], i) => ({ partnerId: `p${i}`, count: police + other, police }));
          const total = provisions.reduce((n, r) => n + r.count, 0);
          const withConsent = Math.min(withConsentPart, total);
          const built = buildAccountabilityReport({
            ...input,
            cases: cases.map(([phase, n]) => ({ phase, tableId: 't', count: n })),
            provisions,
            bases: [
              { kind: 'consent', count: withConsent },
              { kind: 'public_task', count: total - withConsent },
            ],
            consent: { withConsent, withoutConsent: total - withConsent, refused, revoked: 0 },
            rightsRequests: (['access', 'rectification', 'erasure', 'objection'] as const).map((kind, i) => ({ kind, received: received[i] ?? 0, answeredInTime: 0, answeredLate: 0, refused: 0 })),
          });
          if (!built.ok) return;
          const report = built.report;
          const raw = numbersOf(report);
          const shown = publishAccountabilityReport(report);
          const published = numbersOf(shown);
          expect(published).toHaveLength(raw.length);
          published.forEach((n, i) => {
            const truth = raw[i] ?? null;
            if (n !== null) expect(n).toBe(truth);
            if (truth !== null && publishableCount(truth) === null) expect(n).toBeNull();
          });
          expect(published.some((n) => n !== null && n > 0 && n < 5)).toBe(false);
          // Each shown total with hidden members: the difference does not pin them (one hidden, or all 1, all 4 or all 0).
          const notPinned = (totalShown: number | null, members: { truth: number; shown: number | null }[]) => {
            if (totalShown === null) return;
            const hidden = members.filter((m) => m.shown === null);
            if (hidden.length === 0) return;
            const difference = totalShown - members.reduce((n, m) => n + (m.shown ?? 0), 0);
            expect(hidden.length).toBeGreaterThan(1);
            expect([0, hidden.length, 4 * hidden.length]).not.toContain(difference);
          };
          notPinned(shown.provisions.total, report.provisions.byPartner.map((r, i) => ({ truth: r.count, shown: shown.provisions.byPartner[i]?.count ?? null })));
          notPinned(shown.provisions.police, report.provisions.byPartner.map((r, i) => ({ truth: r.police, shown: shown.provisions.byPartner[i]?.police ?? null })));
          notPinned(shown.provisions.total, [{ truth: report.consent.withConsent, shown: shown.consent.withConsent }, { truth: report.consent.withoutConsent, shown: shown.consent.withoutConsent }]);
          notPinned(shown.provisions.total, Object.entries(report.bases).map(([k, n]) => ({ truth: n, shown: shown.bases[k as keyof typeof shown.bases] })));
          notPinned(shown.rightsRequests.total.received, Object.entries(report.rightsRequests.byKind).map(([k, r]) => ({ truth: r.received, shown: shown.rightsRequests.byKind[k as keyof typeof shown.rightsRequests.byKind].received })));
          if (shown.consent.withConsent !== null) expect(shown.bases.consent).toBe(shown.consent.withConsent);
          if (shown.bases.consent !== null) expect(shown.consent.withConsent).toBe(shown.bases.consent);
        },
      ),
    );
  });
});
