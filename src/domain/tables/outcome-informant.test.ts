import { describe, expect, it } from 'vitest';
import { needsOutcomeInformant, outcomeInformantsRecorded } from './outcome-informant.js';

const held = (attended: string[], informant: string | null = null) => ({ attended, record: { status: 'held', outcomeInformant: informant === null ? null : { userId: informant } } });

describe('000-R69 who informs the subject of the outcome when absent', () => {
  it('a held meeting the subject missed needs an informant; one the subject attended, a planned one, or one with an informant does not', () => {
    expect(needsOutcomeInformant(held(['prof-1']), ['subject-1'])).toBe(true);
    expect(needsOutcomeInformant(held(['prof-1', 'subject-1']), ['subject-1'])).toBe(false);
    expect(needsOutcomeInformant({ attended: [], record: { status: 'planned' } }, ['subject-1'])).toBe(false);
    expect(outcomeInformantsRecorded([held(['prof-1'], 'prof-1'), held(['subject-1'])], ['subject-1'])).toBe(true);
    expect(outcomeInformantsRecorded([held(['prof-1'], 'prof-1'), held(['prof-2'])], ['subject-1'])).toBe(false);
  });
});
