import { describe, expect, it } from 'vitest';
import { buildStatistics } from './statistics.js';

const input = {
  year: null,
  cases: [
    { phase: 'screening', tableId: 'regieteam', registrantPartnerId: 'gemeente', count: 6 },
    { phase: 'screening', tableId: 'regieteam', registrantPartnerId: 'politie', count: 3 },
  ],
  contributions: [
    { category: 'housing', byPartnerId: 'gemeente', count: 7 },
    { category: 'police_justice', byPartnerId: 'politie', count: 9 },
  ],
};

describe('004-B2 statistics', () => {
  it('004-B2 only what municipal partners entered counts where the covenant says so; small counts are suppressed; rows carry no case', () => {
    const all = buildStatistics({ ...input, countedPartners: null });
    expect(all.rows.find((r) => r.section === 'totals' && r.key === 'cases')?.count).toBe(9);
    expect(all.rows.find((r) => r.key === 'police_justice')?.count).toBe(9);
    const municipal = buildStatistics({ ...input, countedPartners: ['gemeente'] });
    expect(municipal.onlyMunicipal).toBe(true);
    expect(municipal.rows.find((r) => r.section === 'totals' && r.key === 'cases')?.count).toBe(6);
    expect(municipal.rows.some((r) => r.key === 'police_justice')).toBe(false);
    // A non-municipal partner's extra data leaves the municipal statistics unchanged.
    const more = buildStatistics({ ...input, countedPartners: ['gemeente'], contributions: [...input.contributions, { category: 'housing', byPartnerId: 'politie', count: 40 }] });
    expect(more).toEqual(municipal);
    const small = buildStatistics({ ...input, countedPartners: null, cases: [{ phase: 'rto', tableId: 't', registrantPartnerId: 'gemeente', count: 2 }] });
    expect(small.rows.find((r) => r.section === 'cases_by_phase' && r.key === 'rto')?.count).toBeNull();
    // A total of 1 to 4 hides its zeros too: shown zeros would say the rest is small (finding L3).
    expect(small.rows.find((r) => r.section === 'cases_by_phase' && r.key === 'triage')?.count).toBeNull();
    for (const r of all.rows) expect(Object.keys(r).sort()).toEqual(['count', 'key', 'section']);
  });
});
