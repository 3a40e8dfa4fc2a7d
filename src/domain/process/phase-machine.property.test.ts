import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, ROLES, type Phase } from '../model.js';
import type { CaseState } from './case-state.js';
import { checkInformedForTriage } from './informing-guard.js';
import { PROCESS_EVENT_KINDS, transition, type ProcessEvent } from './phase-machine.js';
import { buildCaseState, heldMeeting, NOW, plannedMeeting } from './case-state.test-support.js';
import { canonical, nijmegen, venlo } from './shipped-variants.test-support.js';
import type { InformingPostponement, InformingRecord } from './records.js';
import { phasesOf } from './variant.js';

const dates = fc.constantFrom('2025-05-01', '2025-05-31', '2025-06-01T10:00:00Z', '2025-06-15', '2025-07-01', 'soon');
const subject = fc.constantFrom('s1', 's2');
const partnerId = fc.constantFrom('gemeente', 'politie', 'ggz', 'vertrokken');

const informing: fc.Arbitrary<InformingRecord> = fc.record({
  subjectId: subject,
  topic: fc.constantFrom('registration', 'rto_outcome', 'third_party', 'deletion'),
  informedAt: dates,
  by: fc.constant('u'),
  byPartner: partnerId,
  onBehalfOf: partnerId,
  channel: fc.constantFrom('in_person', 'letter'),
});
const postponement: fc.Arbitrary<InformingPostponement> = fc.record({
  subjectId: subject,
  topic: fc.constantFrom('registration', 'deletion'),
  reason: fc.constantFrom('', '  ', 'Onderzoek loopt'),
  plannedAt: dates,
  recordedAt: fc.constant('2025-05-01'),
  by: fc.constant('u'),
});

/** A case that satisfies every other guard, so only informing can stop it. */
const caseState: fc.Arbitrary<CaseState> = fc
  .record({
    subjects: fc.constantFrom(['s1'], ['s1', 's2']),
    informing: fc.array(informing, { maxLength: 3 }),
    postponements: fc.array(postponement, { maxLength: 2 }),
  })
  .map((parts) =>
    buildCaseState({
      ...parts,
      meetings: [plannedMeeting, heldMeeting],
      caseDirector: { userId: 'cd', partnerId: 'gemeente', appointedAt: '2025-05-01', meetingId: 'm1', endedAt: null },
      closing: { criterionId: 'hulpverlening-opgestart', reporterAgreedAt: '2025-05-01', decidedAt: '2025-05-01', note: '' },
      reporterVoice: { agrees: true, partnerId: 'gemeente', by: 'u', at: '2025-05-01' },
    }),
  );

const actor = fc.record({ userId: fc.constant('u'), role: fc.constantFrom(...ROLES, 'system' as const) });
const event: fc.Arbitrary<ProcessEvent> = fc
  .tuple(fc.constantFrom(...PROCESS_EVENT_KINDS), actor, fc.constantFrom('Terugval', ''), partnerId)
  .map(([kind, by, reason, pickedUpBy]): ProcessEvent => {
    switch (kind) {
      case 'reopen':
        return { kind, by, reason };
      case 'refer':
        return { kind, by, toTable: 'zsm' };
      case 'close_without_meeting':
        return { kind, by, pickedUpBy };
      case 'hand_over':
        return { kind, by, party: { id: 'wijkteam', partnerId: pickedUpBy }, reason: 'help_question' };
      default:
        return { kind, by };
    }
  });

function run(state: CaseState, events: readonly ProcessEvent[], variant = canonical): Phase[] {
  const visited: Phase[] = [state.phase];
  let current = state;
  for (const e of events) {
    const result = transition(current, e, variant, NOW);
    if (result.ok) {
      current = { ...current, phase: result.phase };
      visited.push(result.phase);
    }
  }
  return visited;
}

describe('phase machine properties', () => {
  it('P10 property: no sequence of events leaves screening for triage or beyond unless every subject is informed or postponed', () => {
    fc.assert(
      fc.property(caseState, fc.array(event, { maxLength: 25 }), fc.constantFrom(canonical, venlo), (state, events, variant) => {
        const visited = run(state, events, variant);
        const leftScreening = visited.some((p) => p !== 'screening' && p !== 'rejected');
        return !leftScreening || checkInformedForTriage(state, NOW).ok;
      }),
      { numRuns: 3000 },
    );
  });

  it('process property: every step taken is a move the collaboration configures, from the case\'s phase to its target', () => {
    fc.assert(
      fc.property(caseState, fc.constantFrom(...PHASES), event, fc.constantFrom(canonical, venlo, nijmegen), (state, phase, e, variant) => {
        const result = transition({ ...state, phase }, e, variant, NOW);
        if (!result.ok) return true;
        return variant.transitions.some((t) => t.event === e.kind && t.from.includes(phase) && t.to === result.phase) && phasesOf(variant).includes(result.phase);
      }),
      { numRuns: 5000 },
    );
  });

  it('P13 property: nobody but the manager ever takes a case out of the archive', () => {
    fc.assert(
      fc.property(caseState, fc.array(event, { maxLength: 10 }), (state, events) => {
        let current: CaseState = { ...state, phase: 'archived' };
        for (const e of events) {
          const result = transition(current, e, canonical, NOW);
          if (!result.ok) continue;
          if (current.phase === 'archived' && result.phase === 'deescalation1') {
            expect(e.by.role).toBe('manager');
          }
          current = { ...current, phase: result.phase };
        }
      }),
      { numRuns: 2000 },
    );
  });
});
