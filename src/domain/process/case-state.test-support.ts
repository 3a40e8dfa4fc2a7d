/**
 * Builders for the process tests: a case snapshot and its records. The process variants are
 * never copied here: tests take them from the shipped configurations (`src/collaborations`).
 * Tests override only what they are about.
 */
import { buildPartner } from '../membership/test-partner.js';
import type { Partner } from '../model.js';
import type { CaseState } from './case-state.js';
import type { Meeting } from './meeting.js';
import type { ProcessActor } from './phase-machine.js';
import type { InformingRecord, Weighing } from './records.js';

export const NOW = Date.parse('2025-06-01T10:00:00Z');

export const director: ProcessActor = { userId: 'pd-1', role: 'process_director' };
export const manager: ProcessActor = { userId: 'mgr-1', role: 'manager' };

export const PARTNERS: readonly Partner[] = [
  buildPartner({ id: 'gemeente' }),
  buildPartner({ id: 'politie', type: 'politie', legalBasisCatalogue: [{ kind: 'wpg20' }, { kind: 'public_task', law: 'Politiewet 2012 art. 3' }] }),
  buildPartner({ id: 'ggz', type: 'ggz', publicAuthority: false, professionalSecrecy: true, legalBasisCatalogue: [{ kind: 'consent' }, { kind: 'conflict_of_duties' }, { kind: 'legitimate_interest' }] }),
  buildPartner({
    id: 'woonwenz',
    type: 'woningcorporatie',
    publicAuthority: false,
    maySeeSpecial: false,
    legalBasisCatalogue: [{ kind: 'legitimate_interest' }, { kind: 'compatible_further_processing' }, { kind: 'consent' }],
  }),
  buildPartner({ id: 'vertrokken', membership: { joinedAt: '2020-01-01', noticeGivenAt: '2024-01-01', endsAt: '2024-03-01' } }),
  buildPartner({ id: 'toekomstig', membership: { joinedAt: '2026-01-01' } }),
  buildPartner({ id: 'derde', member: false, type: 'other' }),
];

export const informedByRegistrant: InformingRecord = {
  subjectId: 's1',
  topic: 'registration',
  informedAt: '2025-05-20',
  by: 'prof-gemeente',
  byPartner: 'gemeente',
  onBehalfOf: 'gemeente',
  channel: 'in_person',
};

export const completeWeighing: Weighing = {
  id: 'w1',
  caseId: 'case-1',
  partnerId: 'politie',
  proportionality: 'Alleen de gegevens over de overlast sinds januari.',
  subsidiarity: 'Toestemming is gevraagd en geweigerd; een lichter middel ontbreekt.',
  effectiveness: 'Zonder deze gegevens kan het RTO geen plan maken.',
  setAsideObjections: true,
  objectionsMotivation: 'Veiligheid van de kinderen weegt zwaarder.',
  informAfterwards: true,
  informAfterwardsReason: 'Na het RTO door de casusregisseur.',
  completedAt: '2025-05-25',
  by: 'prof-politie',
};

export const plannedMeeting: Meeting = {
  id: 'm1',
  plannedAt: '2025-06-10',
  agenda: ['Kennismaking', 'Plan van aanpak'],
  invitations: [{ invitee: { kind: 'partner', partnerId: 'politie', userId: 'prof-politie' }, role: 'informant', invitedAt: '2025-06-01' }],
  attended: [],
  record: null,
  version: 1,
};

export const heldMeeting: Meeting = {
  ...plannedMeeting,
  attended: ['prof-politie'],
  record: {
    date: '2025-06-10',
    present: ['prof-politie', 'pd-1'],
    reason: 'Overlast en schulden',
    status: 'plan vastgesteld',
    plan: {
      goals: [{ domain: 'income_debts', goal: 'Schulden in beeld en regeling gestart' }],
      actions: [{ id: 'a1', description: 'Aanmelden schuldhulp', ownerPartner: 'gemeente', dueAt: '2025-07-01', domain: 'income_debts', doneAt: null }],
    },
    actionListSentAt: '2025-06-12',
  },
  version: 2,
};

export function buildCaseState(overrides: Partial<CaseState> = {}): CaseState {
  return {
    id: 'case-1',
    phase: 'screening',
    registrant: 'gemeente',
    leadPartner: 'gemeente',
    subjects: ['s1'],
    partners: PARTNERS,
    involvedPartners: ['gemeente', 'politie'],
    informing: [],
    postponements: [],
    triageQuestions: [],
    consents: [],
    weighings: [],
    meetings: [],
    caseDirector: null,
    thirdParties: [],
    pickup: null,
    householdConsent: null,
    closing: null,
    reporterVoice: null,
    deescalation: null,
    exceptions: [],
    disclosuresWithoutConsent: 0,
    ...overrides,
  };
}
