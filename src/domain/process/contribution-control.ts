/**
 * Who may change what in a case (P4 contributor control, P2 need to know, P10, P11) on the
 * write side. The access engine decides reads; these pure checks decide the writes of
 * triage, contributions, informing and third parties. Each refusal names its rule and reason.
 */
import type { Phase, PartnerId, Role } from '../model.js';
import type { InformingRefusal } from './informing-rules.js';
import type { InformingTopic } from './records.js';

export type ControlRule = 'P2' | 'P4' | 'P10' | 'P11' | 'P13' | 'process';

export const CONTROL_REASONS = {
  not_contributor: { rule: 'P4', nl: 'Alleen de inbrengende partij beslist over dit gegeven; niemand anders kan het opnieuw delen.', en: 'Only the contributing organisation decides over this item; nobody else can re-share it.' },
  contributor_not_designated: { rule: 'P4', nl: 'Alleen een in deze casus aangewezen professional van de inbrengende partij beslist hierover.', en: 'Only a professional of the contributing organisation designated in this case decides this.' },
  grant_outside_meeting_phase: { rule: 'P4', nl: 'Meenemen wordt pas na het RTO per deelnemer en actie toegekend.', en: 'Take-along is granted per participant and action only after the RTO.' },
  withdrawn_contribution: { rule: 'P4', nl: 'Dit gegeven is ingetrokken.', en: 'This item was withdrawn.' },
  not_acting_in_case: { rule: 'P2', nl: 'Alleen de procesregisseur of ondersteuner die in deze casus optreedt zet deze stap.', en: 'Only the process director or support staff acting in this case takes this step.' },
  not_designated: { rule: 'P2', nl: 'U bent niet aangewezen in deze casus.', en: 'You are not designated in this case.' },
  partner_not_asked: { rule: 'P2', nl: 'Uw organisatie is deze vraag niet gesteld.', en: 'Your organisation was not asked this question.' },
  question_already_answered: { rule: 'process', nl: 'Deze triagevraag is al beantwoord.', en: 'This triage question was already answered.' },
  not_in_triage: { rule: 'process', nl: 'Triagevragen worden alleen in de triagefase gesteld en beantwoord.', en: 'Triage questions are asked and answered only in the triage phase.' },
  phase_not_live: { rule: 'process', nl: 'In deze fase wordt niets meer ingebracht.', en: 'Nothing is contributed in this phase any more.' },
  informing_on_behalf_of_other: { rule: 'P10', nl: 'Een professional informeert namens de eigen organisatie; alleen de procesregisseur informeert namens een andere partij.', en: 'A professional informs on behalf of its own organisation; only the process director informs on behalf of another.' },
  informing_partner_not_responsible: { rule: 'P10', nl: 'Volgens het convenant informeert een andere partij de betrokkene.', en: 'Under the covenant another organisation informs the subject.' },
  informing_by_director_not_allowed: { rule: 'P10', nl: 'Volgens het convenant informeert de partij zelf; de procesregisseur informeert niet namens haar.', en: 'Under the covenant the organisation informs itself; the process director does not inform on its behalf.' },
  informing_postponement_not_allowed: { rule: 'P10', nl: 'Dit convenant staat uitstel van informeren niet toe.', en: 'This covenant does not allow postponing informing.' },
  informing_rto_not_prepared: { rule: 'P10', nl: "Er is nog geen RTO voorbereid: de betrokkene wordt over doel, thema's en deelnemers van het RTO geïnformeerd zodra de triage tot een RTO leidt.", en: 'No RTO has been prepared yet: the subject is told the goal, themes and participants of the RTO once the triage leads to one.' },
  clearing_only_by_process_director: { rule: 'P13', nl: 'Alleen de procesregisseur van deze casus schoont het dossier op bij afschaling.', en: 'Only the process director of this case clears the dossier at de-escalation.' },
  clearing_only_at_deescalation: { rule: 'P13', nl: 'Het dossier wordt opgeschoond na het besluit tot afschaling, in de eerste stap van de afschaling.', en: 'The dossier is cleared after the decision to de-escalate, in the first step of de-escalation.' },
  third_party_not_in_phase: { rule: 'P11', nl: 'Een derde sluit alleen aan bij een lopende casus.', en: 'A third party joins only a running case.' },
  third_parties_not_in_covenant: { rule: 'P11', nl: 'Dit convenant laat geen derden toe.', en: 'This covenant admits no third parties.' },
  third_party_needs_subject_consent: { rule: 'P11', nl: 'Een derde wordt alleen met toestemming van de betrokkene voor het overleg uitgenodigd; kies als grondslag de toestemming van de betrokkene.', en: "A third party is invited to the meeting only with the subject's consent; give the subject's consent as the basis." },
  third_party_is_member: { rule: 'P11', nl: 'Alleen een gebruiker van een organisatie die geen convenantpartner is, is een derde.', en: 'Only a user of an organisation that is not a covenant partner is a third party.' },
  third_party_consent_not_in_writing: { rule: 'P11', nl: 'Wat in het RTO is besproken gaat alleen naar een derde met voorafgaande schriftelijke toestemming van de partij die het inbracht; leg de datum van de schriftelijke toestemming vast.', en: 'What an RTO discussed goes to a third party only with the prior written consent of the partner that provided it; record the date of the written consent.' },
  consenting_partner_not_involved: { rule: 'P11', nl: 'Alleen een partij die in deze casus betrokken is, stemt in met een derde.', en: 'Only an organisation involved in this case consents to a third party.' },
} as const satisfies Record<string, { rule: ControlRule; nl: string; en: string }>;

export type ControlReason = keyof typeof CONTROL_REASONS;

export type ControlResult = { readonly ok: true } | { readonly ok: false; readonly rule: ControlRule; readonly reason: ControlReason };

const OK: ControlResult = { ok: true };
const no = (reason: ControlReason): ControlResult => ({ ok: false, rule: CONTROL_REASONS[reason].rule, reason });

export function controlMessage(reason: ControlReason): { readonly nl: string; readonly en: string } {
  const { nl, en } = CONTROL_REASONS[reason];
  return { nl, en };
}

/** The acting user as the write checks see it. */
export interface CaseActor {
  readonly partnerId: PartnerId;
  readonly role: Role;
  /** Process director or support acting in this case. */
  readonly staff: boolean;
  /** Designated by its organisation in this case (involvement). */
  readonly designated: boolean;
}

const LIVE: readonly Phase[] = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1'];
const MEETING: readonly Phase[] = ['rto', 'monitoring'];

/** P4: only a designated professional of the contributing organisation changes a contribution. */
export function checkContributorControl(actor: CaseActor, contributedBy: PartnerId, withdrawn: boolean): ControlResult {
  if (actor.partnerId !== contributedBy) return no('not_contributor');
  if (!actor.designated) return no('contributor_not_designated');
  return withdrawn ? no('withdrawn_contribution') : OK;
}

/** A new contribution: by a designated professional, in a phase in which the case still runs. */
export function checkMayContribute(actor: CaseActor, phase: Phase): ControlResult {
  if (!LIVE.includes(phase)) return no('phase_not_live');
  return actor.designated ? OK : no('not_designated');
}

/**
 * P4: take-along grants are made after the RTO, per participant and plan action; also in the first
 * step of de-escalation, when the participants are handed what they still need with the
 * provider's consent (seed 003 Bijlage 3 fase 4 doel 2, row 003-109).
 */
export function checkGrantPhase(phase: Phase): ControlResult {
  return MEETING.includes(phase) || phase === 'deescalation1' ? OK : no('grant_outside_meeting_phase');
}

/** §3.2: the process director (or support) acting in the case asks, and only in triage. */
export function checkMayAsk(actor: CaseActor, phase: Phase): ControlResult {
  if (!actor.staff) return no('not_acting_in_case');
  return phase === 'triage' ? OK : no('not_in_triage');
}

/** §3.2: only the asked organisation answers, once, in triage. */
export function checkMayAnswer(actor: CaseActor, askedPartner: PartnerId, answered: boolean, phase: Phase): ControlResult {
  if (phase !== 'triage') return no('not_in_triage');
  if (actor.partnerId !== askedPartner) return no('partner_not_asked');
  return answered ? no('question_already_answered') : OK;
}

/** Staff writes of the case's own records (third parties). */
export function checkStaff(actor: CaseActor): ControlResult {
  return actor.staff ? OK : no('not_acting_in_case');
}

/** Records about the subject (consent, weighing): staff or a designated professional. */
export function checkActsInCase(actor: CaseActor, phase: Phase): ControlResult {
  if (!LIVE.includes(phase)) return no('phase_not_live');
  return actor.staff || actor.designated ? OK : no('not_designated');
}

/** P10: who may inform, as the covenant says (`informSubject`), in a case that still runs. */
export function checkInforming(actor: CaseActor, phase: Phase, refusal: InformingRefusal | null): ControlResult {
  const acts = checkActsInCase(actor, phase);
  if (!acts.ok) return acts;
  return refusal === null ? OK : no(refusal);
}

/**
 * Seed 003 Bijlage 3 fase 2: the subject is told the outcome of the triage together with the goal,
 * themes and participants of the RTO; that can be recorded only about an RTO that was prepared.
 */
export function checkInformingTopic(topic: InformingTopic, rtoPrepared: boolean): ControlResult {
  return topic === 'triage_outcome' && !rtoPrepared ? no('informing_rto_not_prepared') : OK;
}

/**
 * Seed 003 Bijlage 3 fase 4: "In deze fase schoont de procesregisseur het dossier ... van alle niet
 * langer noodzakelijke informatie." Only the process director acting in the case, only after the
 * decision to de-escalate and before the dossier is archived (ADR 0107).
 */
export function checkDossierClearing(actor: CaseActor, phase: Phase): ControlResult {
  if (!actor.staff || actor.role !== 'process_director') return no('clearing_only_by_process_director');
  return phase === 'deescalation1' ? OK : no('clearing_only_at_deescalation');
}

/**
 * Which third parties the covenant admits (`thirdParties.policy`): none at all; or only invited to
 * the meeting with the subject's consent as the basis (seed 002 Bijlage A art. 8-9); or under P11.
 */
export function checkThirdPartyPolicy(policy: 'p11' | 'rto_invitation_with_subject_consent' | 'none', basisKind: string): ControlResult {
  if (policy === 'none') return no('third_parties_not_in_covenant');
  if (policy === 'rto_invitation_with_subject_consent' && basisKind !== 'consent') return no('third_party_needs_subject_consent');
  return OK;
}

/** P11: a third party joins a running case and is no covenant partner. */
export function checkThirdPartyJoin(actor: CaseActor, phase: Phase, organisationIsMember: boolean): ControlResult {
  const staff = checkStaff(actor);
  if (!staff.ok) return staff;
  if (!LIVE.includes(phase)) return no('third_party_not_in_phase');
  return organisationIsMember ? no('third_party_is_member') : OK;
}

/**
 * P11: each partner involved in the case consents for itself, by a designated professional; in
 * writing where the covenant demands it (seed 001 art. 7.2, `rtoDisclosureNeedsContributorWrittenConsent`).
 */
export function checkThirdPartyConsent(actor: CaseActor, involvedPartners: readonly PartnerId[], writtenNeeded = false, inWriting = false): ControlResult {
  if (!actor.designated) return no('not_designated');
  if (!involvedPartners.includes(actor.partnerId)) return no('consenting_partner_not_involved');
  return writtenNeeded && !inWriting ? no('third_party_consent_not_in_writing') : OK;
}
