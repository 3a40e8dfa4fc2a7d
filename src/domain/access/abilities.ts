/**
 * Abilities: what this actor may do on this case now, computed by the domain and sent to the
 * UI, which never re-implements a rule. Reading follows `decide`; process steps follow the
 * roles and relations of DOMAIN.md §3–§4.
 */
import type { Actor, ContributionId, Purpose } from '../model.js';
import { CANONICAL_INFORMING_RULES, responsiblePartners } from '../process/informing-rules.js';
import type { InformingRules } from '../process/informing-rules.js';
import { caseRelation, decide, isActivePartner } from './decide.js';
import type { CaseFacts } from './facts.js';
import { defaultPurpose, isMeetingPhase } from './phase-purposes.js';
import { mayReadWeighing } from '../process/weighing-readers.js';

export interface CaseAbilities {
  /** The purpose the case screen states for its reads in this phase (null: nothing to read). */
  readonly purpose: Purpose | null;
  readonly viewCase: boolean;
  readonly viewAdminSet: boolean;
  /** The de-escalation and retention status (P13): from the decision on, for those who may see the administrative set. */
  readonly viewRetention: boolean;
  readonly viewBsn: boolean;
  /** The case has a weighing this actor may read back (P7, 000-R23, `mayReadWeighing`). */
  readonly readWeighings: boolean;
  readonly readContributions: readonly ContributionId[];
  readonly takeAlong: readonly ContributionId[];
  /** Own contributions the actor may restrict, release, grant, correct or withdraw (P4). */
  readonly controlContributions: readonly ContributionId[];
  readonly contribute: boolean;
  readonly screen: boolean;
  readonly askTriage: boolean;
  readonly inviteParticipants: boolean;
  readonly recordMeeting: boolean;
  readonly appointCaseDirector: boolean;
  /** In monitoring, the process director prepares a follow-up RTO (§3.3). */
  readonly scheduleFollowUp: boolean;
  readonly updatePlan: boolean;
  readonly decideDeescalation: boolean;
  readonly proposeException: boolean;
  readonly reopen: boolean;
  readonly registerConsent: boolean;
  readonly recordInforming: boolean;
  readonly addThirdParty: boolean;
  /** A designated professional of an active partner that sees the case, in a case with a third party, gives its organisation's consent to it (P11). */
  readonly consentThirdParty: boolean;
  /** Record that a partner picked the case up (Nijmegen: nothing is stored before that, P12). */
  readonly recordPickup: boolean;
  /**
   * Complete a subject's birth date, address or BSN: the case's staff or a designated professional
   * while the case runs; where only the minimal set is stored before pickup (Nijmegen), only after
   * a partner picked the case up (P12, `checkSubjectDetails`).
   */
  readonly completeSubject: boolean;
  /** Clear the dossier at de-escalation (seed 003 fase 4, `checkDossierClearing`): the case's process director, in step 1. */
  readonly clearDossier: boolean;
  /** See what was removed from the dossier (`checkStaff`): the staff acting in the case. */
  readonly viewClearings: boolean;
}

/** The collaboration's variant, as far as abilities depend on it (absent: no variant steps). */
export interface VariantFacts {
  /** Nothing is stored in the case before a partner picked it up (seed 004, P12). */
  readonly storeOnlyAfterPickup: boolean;
  readonly pickedUp: boolean;
  /** Who informs the subject (P10, `informSubject`); absent: the canonical rules. */
  readonly informingRules?: InformingRules;
}

function isStaffOf(actor: Actor, facts: CaseFacts): boolean {
  return (
    facts.processDirectors.has(actor.userId) ||
    facts.support.has(actor.userId) ||
    (facts.allDirectorsSeeAll && actor.role === 'process_director')
  );
}

export function computeAbilities(actor: Actor, facts: CaseFacts, now: number, variant?: VariantFacts): CaseAbilities {
  const purpose = defaultPurpose(facts.phase);
  const sameCollaboration = actor.collaborationId === facts.collaborationId;
  const staff = sameCollaboration && isStaffOf(actor, facts);
  const director = staff && actor.role === 'process_director';
  const active = sameCollaboration && isActivePartner(facts.partners.get(actor.partnerId), now);
  const designated = facts.involved.get(actor.partnerId)?.has(actor.userId) === true;
  const phase = facts.phase;
  const live = phase === 'screening' || phase === 'triage' || phase === 'rto' || phase === 'monitoring' || phase === 'deescalation1';

  const readContributions: ContributionId[] = [];
  const takeAlong: ContributionId[] = [];
  const controlContributions: ContributionId[] = [];
  if (purpose !== null) {
    for (const [id, c] of facts.contributions) {
      if (decide(actor, facts, { kind: 'contribution', id }, purpose, 'read', now).allow) readContributions.push(id);
      if (decide(actor, facts, { kind: 'contribution', id }, 'plan_execution', 'take_along', now).allow) takeAlong.push(id);
      if (live && active && designated && c.by === actor.partnerId && !c.withdrawn) controlContributions.push(id);
    }
  }
  const viewCase = purpose !== null && caseRelation(actor, facts, purpose, now) === null;
  const adminPurpose = purpose ?? 'monitoring';
  const adminSet = decide(actor, facts, { kind: 'admin_set' }, adminPurpose, 'read', now).allow;
  const firstSubject = facts.subjects.keys().next();
  const leadPartner =
    facts.caseDirector !== null && facts.involved.get(actor.partnerId)?.has(facts.caseDirector) === true
      ? actor.partnerId
      : facts.registrant;

  const informingRules = variant?.informingRules ?? CANONICAL_INFORMING_RULES;
  const informsFor = responsiblePartners(informingRules, facts.registrant, leadPartner);
  const ownInforming = active && designated && informsFor.includes(actor.partnerId);

  return {
    purpose,
    viewCase,
    viewAdminSet: adminSet,
    viewRetention: adminSet && (phase === 'deescalation1' || phase === 'archived'),
    viewBsn:
      firstSubject.done !== true &&
      decide(actor, facts, { kind: 'subject_bsn', subjectId: firstSubject.value }, adminPurpose, 'read', now).allow,
    readWeighings: sameCollaboration && [...(facts.weighedBy ?? [])].some((partnerId) => mayReadWeighing(actor, { partnerId }, facts.processDirectors)),
    readContributions,
    takeAlong,
    controlContributions,
    contribute: live && viewCase && active && (designated || staff),
    screen: director && phase === 'screening',
    askTriage: director && phase === 'triage',
    inviteParticipants: director && (phase === 'triage' || phase === 'rto' || phase === 'monitoring'),
    recordMeeting: staff && isMeetingPhase(phase) && phase !== 'deescalation1',
    appointCaseDirector: director && (phase === 'rto' || phase === 'monitoring'),
    scheduleFollowUp: director && phase === 'monitoring',
    updatePlan: (staff || facts.caseDirector === actor.userId) && (phase === 'rto' || phase === 'monitoring'),
    decideDeescalation: director && (phase === 'rto' || phase === 'monitoring' || phase === 'deescalation1'),
    // The lead partner decides; the process director records it on the lead partner's behalf.
    proposeException:
      (director || (active && designated && actor.partnerId === leadPartner)) && (phase === 'deescalation1' || phase === 'archived'),
    reopen: sameCollaboration && actor.role === 'manager' && phase === 'archived',
    registerConsent: live && (staff || (active && designated)),
    recordInforming: live && (ownInforming || (staff && informingRules.processDirectorMayInformOnBehalf)),
    addThirdParty: director && (phase === 'rto' || phase === 'monitoring'),
    consentThirdParty: active && designated && adminSet && (phase === 'rto' || phase === 'monitoring') && facts.thirdParties.size > 0,
    recordPickup:
      staff &&
      (actor.role === 'process_director' || actor.role === 'support') &&
      variant?.storeOnlyAfterPickup === true &&
      !variant.pickedUp &&
      (phase === 'screening' || phase === 'triage'),
    completeSubject: live && (staff || designated) && !(variant?.storeOnlyAfterPickup === true && !variant.pickedUp),
    clearDossier: director && phase === 'deescalation1',
    viewClearings: staff && phase !== 'deleted',
  };
}
