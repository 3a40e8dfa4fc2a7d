/**
 * The records the work process keeps (DOMAIN.md §3, §5). Plain data a service loads and the
 * guards judge. Dates are ISO-8601 strings; who acted is a user acting for a partner.
 */
import type { CaseId, IsoDate, PartnerId, SubjectId, TableId, UserId } from '../model.js';

/**
 * What the subject is told about (P10): the registration; the outcome of the triage with the
 * goal, themes and participants of the RTO (seed 003 Bijlage 3 fase 2); the RTO outcome; a third
 * party; the deletion.
 */
export type InformingTopic = 'registration' | 'triage_outcome' | 'rto_outcome' | 'third_party' | 'deletion';
export type InformingChannel = 'in_person' | 'phone' | 'letter' | 'email' | 'other';

/** The subject was informed (P10), by the registrant or by the process director on its behalf. */
export interface InformingRecord {
  readonly subjectId: SubjectId;
  readonly topic: InformingTopic;
  readonly informedAt: IsoDate;
  readonly by: UserId;
  readonly byPartner: PartnerId;
  /** The partner on whose behalf the subject was informed (stated to the subject). */
  readonly onBehalfOf: PartnerId;
  readonly channel: InformingChannel;
  /** Informed while in detention (seed 000 Nazorg ex-gedetineerden, 000-R81). */
  readonly duringDetention?: boolean;
}

/** Informing is postponed (P10): only with a reason and a planned date; the system reminds. */
export interface InformingPostponement {
  readonly subjectId: SubjectId;
  readonly topic: InformingTopic;
  readonly reason: string;
  readonly plannedAt: IsoDate;
  readonly recordedAt: IsoDate;
  readonly by: UserId;
}

/** The documented weighing for sharing without consent (P7; seed 000 Bijlage 3, seed 002 Bijlage A art. 7). */
export interface Weighing {
  readonly id: string;
  readonly caseId: CaseId;
  /** The partner that weighs (and would share). */
  readonly partnerId: PartnerId;
  readonly proportionality: string;
  readonly subsidiarity: string;
  readonly effectiveness: string;
  readonly setAsideObjections: boolean;
  /** Why the subject's objections are (or are not) set aside; required when they are. */
  readonly objectionsMotivation: string;
  readonly informAfterwards: boolean;
  /** Why the subject is (or is not) informed afterwards. */
  readonly informAfterwardsReason: string;
  /** Null while the weighing is a draft. */
  readonly completedAt: IsoDate | null;
  readonly by: UserId;
  /**
   * The exception that allows sharing without consent at the case's table, where the table names
   * its exceptions (seed 000 Casusoverleg Jeugd checklist IV: a, b, c); null or absent: none named.
   */
  readonly exceptionGround?: string | null;
  /**
   * Where the covenant names grounds for sharing without consent (seed 002 Bijlage A art. 7.3):
   * the motivation of the grounded suspicion per ground id. Absent: none recorded.
   */
  readonly noConsentGrounds?: Readonly<Record<string, string>>;
  /** Why without consent (art. 7.3 / 7.4): the subject refused, or could not reasonably be asked. */
  readonly withoutConsentBecause?: WithoutConsentBecause | null;
}

/** Seed 002 Bijlage A art. 7.3 (`refused`) and 7.4 (`not_askable`: asking would make the subject refuse urgently needed help). */
export const WITHOUT_CONSENT_BECAUSE = ['refused', 'not_askable'] as const;
export type WithoutConsentBecause = (typeof WITHOUT_CONSENT_BECAUSE)[number];

/** How partners are asked in triage (mirrors ProcessVariant.triageMode). */
export type TriageQuestionMode = 'selected' | 'presence_enrichment';

/** A triage question (§3.2): it states on whose behalf, for which task and purpose, and why. */
export interface TriageQuestion {
  readonly id: string;
  readonly caseId: CaseId;
  readonly mode: TriageQuestionMode;
  readonly askedPartners: readonly PartnerId[];
  readonly onBehalfOf: PartnerId;
  readonly task: string;
  readonly purpose: string;
  readonly whyNeeded: string;
  /** Recorded justification when every core partner is asked in `selected` mode. */
  readonly allPartnersJustification: string | null;
  readonly askedAt: IsoDate;
  readonly askedBy: UserId;
}

/** An answer: "known / not known" only (that-data), or a contribution stored under P5. */
export type TriageAnswer =
  | { readonly kind: 'presence'; readonly known: boolean }
  | { readonly kind: 'contribution'; readonly contributionId: string };

export interface CaseDirectorAppointment {
  readonly userId: UserId;
  readonly partnerId: PartnerId;
  readonly appointedAt: IsoDate;
  /** The meeting in which the appointment was made, if any. */
  readonly meetingId: string | null;
  readonly endedAt: IsoDate | null;
}

/** Nijmegen step 5 (seed 004 Bijlage 3): the case is picked up; before that nothing is stored. */
export interface PickupRecord {
  readonly pickedUpAt: IsoDate;
  readonly byPartner: PartnerId;
  readonly by: UserId;
}

/**
 * Why a case is handed over after the enrichment (seed 002 Bijlage B §1): help is already
 * involved, so the neighbourhood team is told and coordinates (`help_involved`); or the subject
 * has a question for help after all, so the best party takes it (`help_question`).
 */
export type HandoverReason = 'help_involved' | 'help_question';

/** A party a case can be handed over to (`process.handoverParties`), its partner resolved; null: outside the covenant. */
export interface HandoverParty {
  readonly id: string;
  readonly partnerId: PartnerId | null;
}

/** The handover record (Venlo, 002-B09): to which party, why, when, by whom. */
export interface HandoverRecord {
  readonly partyId: string;
  readonly partnerId: PartnerId | null;
  readonly reason: HandoverReason;
  readonly at: IsoDate;
  readonly by: UserId;
  readonly byPartner: PartnerId;
}

/** Nijmegen step 4: the household's consent to domain-crossing processing. */
export interface HouseholdConsent {
  readonly consentId: string;
  readonly givenAt: IsoDate;
  readonly subjects: readonly SubjectId[];
  readonly revokedAt: IsoDate | null;
  readonly refused: boolean;
}

/** Closing a case (Venlo, seed 002 Bijlage B §5): the criterion met and the reporter's voice. */
export interface ClosingRecord {
  /** One of the variant's `closingCriteria` ids. */
  readonly criterionId: string | null;
  /** When the reporter recorded its agreement (copied from its `ReporterVoice` at closing). */
  readonly reporterAgreedAt: IsoDate | null;
  readonly decidedAt: IsoDate;
  readonly note: string;
  /** Venlo, closing without the meeting: the partner that picked the case up (seed 002 Bijlage B §1). */
  readonly pickedUpBy?: PartnerId | null | undefined;
}

export type DeescalationStep = 1 | 2 | 3;

/** The decision to de-escalate (seed 003 fase 4): the anchor of the retention steps. */
export interface DeescalationDecision {
  readonly decidedAt: IsoDate;
  readonly decidedBy: PartnerId;
  readonly by: UserId;
}

/** A motivated exception postponing a de-escalation step (seed 003: re-assessment at most 6 months ahead). */
export interface DeescalationException {
  readonly step: DeescalationStep;
  readonly motivation: string;
  readonly decidedAt: IsoDate;
  readonly reassessAt: IsoDate;
  /** Must be the lead partner at the time of de-escalation. */
  readonly decidedBy: PartnerId;
  readonly by: UserId;
}

/** The manager re-opens an archived dossier, with a recorded reason (seed 003 stap 2). */
export interface ReopenRecord {
  readonly by: UserId;
  readonly reason: string;
  readonly at: IsoDate;
}

/** A provision of police data, logged as Wpg art. 32 requires (P9). */
export interface PoliceProvision {
  readonly caseId: CaseId;
  readonly recipientOrganisation: PartnerId;
  readonly providedAt: IsoDate;
  readonly dataDescription: string;
  readonly purpose: string;
  readonly collaborationName: string;
  readonly providedBy: UserId;
  /** The art. 20 decision the provision rests on. */
  readonly wpgDecision: string;
}

/** A presence lookup (P14): only yes/no plus whom to contact, asked on behalf of the registrant. */
export interface PresenceLookup {
  readonly askedBy: UserId;
  readonly onBehalfOf: PartnerId;
  readonly answer: { readonly known: boolean; readonly contact: UserId | null };
  readonly at: IsoDate;
}

/** Referral to another table (§3.2): the table and each contributor's approval to pass triage data on. */
export interface ReferralRecord {
  readonly toTable: TableId;
  readonly approvedBy: readonly PartnerId[];
  readonly at: IsoDate;
}

/**
 * The reporter's decisive voice in closing (seed 002 Bijlage B §5), recorded by a professional of
 * the registering partner itself, never ticked by the process director.
 */
export interface ReporterVoice {
  readonly agrees: boolean;
  readonly partnerId: PartnerId;
  readonly by: UserId;
  readonly at: IsoDate;
}
