import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAASTRICHT_TABLES } from '../../src/collaborations/maastricht-heuvelland-tables.js';
import { ageInMonths, checkAgeRange, checkReferralAge, describeAgeRange, inAgeRange } from '../../src/domain/tables/age-range.js';
import { planReferral } from '../../src/domain/tables/referral.js';
import { checkCategory, contributionCategories, isSpecialCategory } from '../../src/domain/tables/data-set.js';
import { checkTableParticipant, participation } from '../../src/domain/tables/participation.js';

const NOW = Date.parse('2026-06-01T09:00:00Z');
const table = (id: string) => {
  const t = MAASTRICHT_TABLES.find((x) => x.id === id);
  if (t === undefined) throw new Error(id);
  return t;
};

describe('000-R71 age range of a table', () => {
  it('000-R71 counts whole months, negative before birth', () => {
    expect(ageInMonths('2026-06-01', NOW)).toBe(0);
    expect(ageInMonths('2026-05-02', NOW)).toBe(0);
    expect(ageInMonths('2026-05-01', NOW)).toBe(1);
    expect(ageInMonths('2003-06-01', NOW)).toBe(23 * 12);
    expect(ageInMonths('2027-03-01', NOW)).toBe(-9);
    expect(ageInMonths('2027-03-02', NOW)).toBe(-9);
    expect(ageInMonths('2027-03-31', NOW)).toBe(-9);
    expect(ageInMonths('2027-04-01', NOW)).toBe(-10);
  });

  it('000-R71 Netwerkoverleg risicojeugd: from 9 months before birth up to the 24th birthday', () => {
    const range = table('netwerkoverleg-risicojeugd').ageRange;
    expect(checkAgeRange(range, '1970-01-01', NOW)).toMatchObject({ ok: false, rule: 'table', reason: 'age_outside_table_range' });
    expect(checkAgeRange(range, '2002-06-02', NOW).ok).toBe(true);
    expect(checkAgeRange(range, '2002-06-01', NOW).ok).toBe(false);
    expect(checkAgeRange(range, '2027-03-01', NOW).ok).toBe(true);
    expect(checkAgeRange(range, '2027-04-01', NOW).ok).toBe(false);
    // A table without an age range admits every age.
    expect(checkAgeRange(table('mdo-integrale-aanpak').ageRange, '1930-01-01', NOW).ok).toBe(true);
  });

  it('000-R71 property: a birth date one day later is never older', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 40_000 }), (days) => {
        const d = new Date(NOW - days * 86_400_000).toISOString().slice(0, 10);
        const next = new Date(NOW - (days - 1) * 86_400_000).toISOString().slice(0, 10);
        expect(ageInMonths(next, NOW)!).toBeLessThanOrEqual(ageInMonths(d, NOW)!);
        expect(inAgeRange({ minMonths: -1000, maxYears: 200 }, d, NOW)).toBe(true);
      }),
    );
  });
});

describe('000-R61 who takes part at a table', () => {
  const t = { structural: ['a'], incidental: ['b'], anyMemberMayJoin: false };
  it('000-R61 structural always, incidental with a reason, others never unless any member may join', () => {
    expect(participation(t, 'a', true)).toBe('structural');
    expect(checkTableParticipant(t, 'b', true, null)).toMatchObject({ ok: false, rule: 'P2', reason: 'incidental_partner_without_reason' });
    expect(checkTableParticipant(t, 'b', true, '  ')).toMatchObject({ ok: false, reason: 'incidental_partner_without_reason' });
    expect(checkTableParticipant(t, 'b', true, 'Overlast in de buurt').ok).toBe(true);
    expect(checkTableParticipant(t, 'c', true, 'reden')).toMatchObject({ ok: false, reason: 'partner_not_at_table' });
    expect(checkTableParticipant({ ...t, anyMemberMayJoin: true }, 'c', true, null).ok).toBe(true);
    expect(checkTableParticipant({ ...t, anyMemberMayJoin: true }, 'c', false, null)).toMatchObject({ ok: false, reason: 'partner_not_at_table' });
  });
});

describe('000-R06 000-R09 the data set of a table', () => {
  it('000-R06 the nine life domains and the table\'s own kinds, nothing else', () => {
    const nazorg = table('nazorg-ex-gedetineerden');
    expect(contributionCategories(nazorg)).toHaveLength(9 + nazorg.allowedDataSet.length);
    expect(checkCategory(nazorg, 'housing').ok).toBe(true);
    expect(checkCategory(nazorg, 'delictgegevens-forensische-titel').ok).toBe(true);
    expect(checkCategory(nazorg, 'geloofsovertuiging')).toMatchObject({ ok: false, rule: 'P3', reason: 'category_not_in_data_set' });
    expect(checkCategory(table('jco-huiselijk-geweld'), 'school')).toMatchObject({ ok: false });
  });

  it('000-R88 a kind the data set marks special is special whatever the contributor ticks', () => {
    const nazorg = table('nazorg-ex-gedetineerden');
    expect(isSpecialCategory(nazorg, 'delictgegevens-forensische-titel', false)).toBe(true);
    expect(isSpecialCategory(nazorg, 'naw-betrokkene', false)).toBe(false);
    expect(isSpecialCategory(nazorg, 'naw-betrokkene', true)).toBe(true);
  });
});

describe('000-R63 referral to a body outside the collaboration hands over only what may go', () => {
  it('P4 P15 only contributions approved for that very body, none withdrawn, erased or restricted', () => {
    const config = { tables: MAASTRICHT_TABLES, referralBodies: [{ id: 'veilig-thuis', name: 'Veilig Thuis' }, { id: 'zsm', name: 'ZSM' }] };
    const plan = planReferral(config, 'netwerkoverleg-risicojeugd', 'veilig-thuis', [
      { id: 'registration', category: 'registration', approvedFor: null },
      { id: 'approved', category: 'school', approvedFor: 'veilig-thuis' },
      { id: 'for-zsm', category: 'school', approvedFor: 'zsm' },
      { id: 'for-mdo', category: 'school', approvedFor: 'mdo-integrale-aanpak' },
      { id: 'withdrawn', category: 'school', approvedFor: 'veilig-thuis', stopped: true },
    ]);
    expect(plan).toMatchObject({ ok: true, kind: 'outside', handOver: ['approved'] });
  });
});

describe('000-R71 referral re-checks the receiving table\'s age range', () => {
  const range = { minMonths: -9, maxYears: 23 };
  const now = Date.UTC(2026, 11, 6);
  it('some subject within the range admits; none refuses naming the range; no birth date at all waits for one', () => {
    expect(checkReferralAge('Nwo RJ', range, ['1975-01-01', '2012-01-01'], now)).toEqual({ ok: true });
    expect(checkReferralAge('Nwo RJ', range, ['1975-01-01', null], now)).toEqual({ ok: false, rule: 'table', reason: 'age_outside_table_range', detail: 'Nwo RJ: van -9 maanden tot en met 23 jaar.' });
    expect(checkReferralAge('Nwo RJ', range, [null], now)).toMatchObject({ ok: false, reason: 'age_unknown_for_table_range' });
    expect(checkReferralAge('MDO', undefined, [null], now)).toEqual({ ok: true });
    expect(describeAgeRange({ minMonths: 0, maxYears: 23 })).toBe('van 0 jaar tot en met 23 jaar');
  });
});
