import { describe, expect, it } from 'vitest';
import { ACCESS_ANSWER_SECTIONS, buildAccessAnswer, contributionRecipients, copyOfAnswer, missingSections } from './access-answer.js';
import type { AccessContribution } from './access-answer.js';

const contribution = (overrides: Partial<AccessContribution>): AccessContribution => ({
  id: 'k1',
  by: 'ggz',
  category: 'mental_functioning',
  purposes: ['triage'],
  special: true,
  police: false,
  recipients: [],
  content: 'In behandeling sinds maart.',
  ...overrides,
});
const retention = { rule: 'Verwijderd 12 maanden na afschaling (seed 003).', deleteAt: Date.UTC(2025, 0, 15) };

describe('P15 access answer', () => {
  const answer = buildAccessAnswer({
    requestId: 'r1',
    subjectId: 's1',
    retention,
    contributions: [
      contribution({ recipients: ['gemeente'] }),
      contribution({ id: 'k2', by: 'politie', category: 'police_justice', purposes: ['rto', 'triage'], special: false, police: true, recipients: ['ggz', 'gemeente'] }),
    ],
  });

  it('P15 data-subject rights: the access answer lists data, purposes, categories, recipients, retention and sources', () => {
    for (const section of ACCESS_ANSWER_SECTIONS) expect(answer).toHaveProperty(section);
    expect(answer.purposes).toEqual(['rto', 'triage']);
    expect(answer.categories).toEqual(['mental_functioning', 'police_justice']);
    expect(answer.recipients).toEqual(['gemeente', 'ggz']);
    expect(answer.sources).toEqual(['ggz', 'politie']);
    expect(answer.retention).toEqual(retention);
    expect(answer.freeOfCharge).toBe(true);
    expect(missingSections(answer)).toEqual([]);
  });

  it('P9 police data: shown in the access answer but left out of the copy', () => {
    expect(answer.policeShownNotCopied).toBe(true);
    expect(answer.data.map((d) => [d.contributionId, d.copyable])).toEqual([
      ['k1', true],
      ['k2', false],
    ]);
    const copy = copyOfAnswer(answer);
    expect(copy.data.map((d) => d.contributionId)).toEqual(['k1']);
    expect(JSON.stringify(copy.data)).not.toContain('police_justice');
  });

  it('P15 data-subject rights: an answer without a retention rule or purposes is incomplete', () => {
    const incomplete = buildAccessAnswer({
      requestId: 'r2',
      subjectId: 's1',
      retention: { rule: '', deleteAt: null },
      contributions: [contribution({ purposes: [] })],
    });
    expect(missingSections(incomplete)).toEqual(['purposes', 'retention']);
    const none = buildAccessAnswer({ requestId: 'r3', subjectId: 's2', retention: { rule: '', deleteAt: null }, contributions: [] });
    expect(none.policeShownNotCopied).toBe(false);
    expect(missingSections(none)).toEqual([]);
  });

  it('000-R26 recipients: named shares and releases plus every partner that read it, once each, never the contributor', () => {
    expect(contributionRecipients({ by: 'politie', sharedWith: ['om'], releasedTo: [], readBy: [] })).toEqual(['om']);
    expect(contributionRecipients({ by: 'politie', sharedWith: [], releasedTo: [], readBy: ['servatius', 'politie', 'servatius'] })).toEqual(['servatius']);
    expect(contributionRecipients({ by: 'politie', sharedWith: ['om'], releasedTo: ['ggz', 'om'], readBy: ['ggz'] })).toEqual(['ggz', 'om']);
  });
});
