/**
 * The snapshot of a case the process guards decide on. A service assembles it from storage;
 * the guards read nothing else and never change it. Times are judged against a `now` in epoch
 * milliseconds that the caller passes in.
 */
import type { CaseId, Consent, IsoDate, Partner, PartnerId, Phase, SubjectId, ThirdPartyAccess } from '../model.js';
import type { InformingRules } from './informing-rules.js';
import type { Meeting } from './meeting.js';
import type {
  CaseDirectorAppointment,
  ClosingRecord,
  DeescalationDecision,
  DeescalationException,
  HouseholdConsent,
  InformingPostponement,
  InformingRecord,
  PickupRecord,
  ReporterVoice,
  TriageQuestion,
  Weighing,
} from './records.js';

export interface CaseState {
  readonly id: CaseId;
  /**
   * The exceptions on which the case's table allows sharing without consent (their ids; seed 000
   * Casusoverleg Jeugd checklist IV). Absent or empty: any completed weighing carries it (P7).
   */
  readonly consentExceptions?: readonly string[];
  /**
   * The grounds a weighing must motivate, each of them, to carry a disclosure without consent (their
   * ids; seed 002 Bijlage A art. 7.3: `process.noConsentGrounds`). Absent or empty: none asked.
   */
  readonly noConsentGrounds?: readonly string[];
  readonly phase: Phase;
  /** The partner that registered the case. */
  readonly registrant: PartnerId;
  /** The partner on whose behalf the process director acts now (registrant, later the case director's partner). */
  readonly leadPartner: PartnerId;
  readonly subjects: readonly SubjectId[];
  /** The collaboration's partners, including any third party's organisation. */
  readonly partners: readonly Partner[];
  /** Partners involved in this case (registrant, asked, invited): P11 needs the consent of each. */
  readonly involvedPartners: readonly PartnerId[];
  readonly informing: readonly InformingRecord[];
  readonly postponements: readonly InformingPostponement[];
  readonly triageQuestions: readonly TriageQuestion[];
  readonly consents: readonly Consent[];
  readonly weighings: readonly Weighing[];
  readonly meetings: readonly Meeting[];
  readonly caseDirector: CaseDirectorAppointment | null;
  readonly thirdParties: readonly ThirdPartyAccess[];
  readonly pickup: PickupRecord | null;
  readonly householdConsent: HouseholdConsent | null;
  readonly closing: ClosingRecord | null;
  /** The reporter's own say on closing, when it gave one (Venlo). */
  readonly reporterVoice: ReporterVoice | null;
  readonly deescalation: DeescalationDecision | null;
  readonly exceptions: readonly DeescalationException[];
  /** When the case was registered (start of screening); absent in states built without storage. */
  readonly registeredAt?: IsoDate;
  /** The covenant's informing rules (`informSubject`); absent: the canonical rules. */
  readonly informingRules?: InformingRules;
  /** How many disclosures without consent were made in this case so far (P7, seed 002 art. 7.6). */
  readonly disclosuresWithoutConsent: number;
  /** The same per sharing partner (seed 002 art. 7.6 limits each partner's first); absent: the case count is used. */
  readonly disclosuresWithoutConsentByPartner?: Readonly<Record<PartnerId, number>>;
}

export function findPartner(state: CaseState, id: PartnerId): Partner | undefined {
  return state.partners.find((p) => p.id === id);
}
