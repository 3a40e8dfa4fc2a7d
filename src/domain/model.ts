/**
 * The domain model: the vocabulary of DOMAIN.md §2–§5 as types.
 * Pure data; no behaviour lives here. Dates are ISO-8601 strings (UTC) at the edges and
 * epoch milliseconds inside hot paths (see access/facts.ts).
 */

export type CollaborationId = string;
export type PartnerId = string;
export type UserId = string;
export type CaseId = string;
export type SubjectId = string;
export type ContributionId = string;
export type ConsentId = string;
export type TableId = string;
export type MeetingId = string;
export type IsoDate = string;

/** Roles a user can hold while acting for one partner in one collaboration (§4). */
export const ROLES = [
  'process_director',
  'support',
  'professional',
  'manager',
  'privacy_officer',
  'admin',
  'statistician',
  'third_party',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Phases of a case (§3). `monitoring` follows an RTO with a plan; `deescalation1` is step 1 of
 * the staged de-escalation; `archived` is step 2; `deleted` is step 3. `rejected` (not accepted)
 * and `referred` (moved to another table) keep nothing identifying (P12).
 */
export const PHASES = [
  'screening',
  'triage',
  'rto',
  'monitoring',
  'deescalation1',
  'archived',
  'deleted',
  'rejected',
  'referred',
] as const;
export type Phase = (typeof PHASES)[number];

/** Phases in which the dossier is active (P14 presence lookup counts only these). */
export const ACTIVE_PHASES: readonly Phase[] = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1'];

/** Purposes a contribution is given for and a read states (P3). */
export const PURPOSES = [
  'screening',
  'triage',
  'rto',
  'plan_execution',
  'monitoring',
  'referral',
  'rights_request',
  'statistics',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Purposes a contribution can be given for (a read may also state rights_request/statistics). */
export const CONTRIBUTION_PURPOSES = ['screening', 'triage', 'rto', 'plan_execution', 'monitoring', 'referral'] as const;
export type ContributionPurpose = (typeof CONTRIBUTION_PURPOSES)[number];

export const ACTIONS = ['read', 'take_along'] as const;
/** `take_along`: use or store outside the system (export, print, own records): needs a grant (P4). */
export type Action = (typeof ACTIONS)[number];

/** The nine life domains (seed 000 art. 5.1). */
export const LIFE_DOMAINS = [
  'housing',
  'work_education',
  'income_debts',
  'social_relations',
  'addiction',
  'mental_functioning',
  'physical_functioning',
  'thinking_behaviour_skills',
  'police_justice',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** Complex-case criteria (seed 003 Bijlage 2). */
export const COMPLEX_CASE_CRITERIA = [
  'multi_problem',
  'multiple_chains',
  'impact_on_surroundings',
  'local_safety_problem',
] as const;
export type ComplexCaseCriterion = (typeof COMPLEX_CASE_CRITERIA)[number];

export const PARTNER_TYPES = [
  'gemeente',
  'politie',
  'om',
  'reclassering',
  'jeugdbescherming',
  'raad_kinderbescherming',
  'ggz',
  'verslavingszorg',
  'woningcorporatie',
  'maatschappelijk_werk',
  'welzijn',
  'zorgaanbieder',
  'veilig_thuis',
  'dji',
  'onderwijs',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Legal bases (P5). Each partner has a catalogue of those it may use. */
export type LegalBasis =
  | { readonly kind: 'consent'; readonly consentId: ConsentId }
  | { readonly kind: 'legal_obligation'; readonly law: string }
  | { readonly kind: 'vital_interest'; readonly motivation: string }
  | { readonly kind: 'public_task'; readonly law: string }
  | { readonly kind: 'wpg20'; readonly decision: string }
  | { readonly kind: 'legitimate_interest'; readonly motivation?: string }
  | { readonly kind: 'compatible_further_processing'; readonly factors: CompatibilityFactors }
  | { readonly kind: 'conflict_of_duties'; readonly motivation: string };
export type LegalBasisKind = LegalBasis['kind'];
export const LEGAL_BASIS_KINDS = [
  'consent',
  'legal_obligation',
  'vital_interest',
  'public_task',
  'wpg20',
  'legitimate_interest',
  'compatible_further_processing',
  'conflict_of_duties',
] as const satisfies readonly LegalBasisKind[];

/** The five factors of AVG art. 6(4) for compatible further processing (P5). */
export interface CompatibilityFactors {
  readonly linkOfPurposes: string;
  readonly context: string;
  readonly natureOfData: string;
  readonly consequences: string;
  readonly safeguards: string;
}

export interface Membership {
  readonly joinedAt: IsoDate | null;
  readonly noticeGivenAt: IsoDate | null;
  /** The end of membership after the notice period; null while no notice is given. */
  readonly endsAt: IsoDate | null;
}

/** A covenant partner (or a non-partner organisation known to the collaboration). */
export interface Partner {
  readonly id: PartnerId;
  readonly name: string;
  readonly type: PartnerType;
  /** Whether the organisation signed the covenant (false for third parties). */
  readonly member: boolean;
  readonly membership: Membership;
  readonly publicAuthority: boolean;
  readonly maySeeSpecial: boolean;
  readonly mayUseBsn: boolean;
  readonly professionalSecrecy: boolean;
  readonly legalRegimes: readonly string[];
  readonly legalBasisCatalogue: readonly LegalBasisCatalogueEntry[];
}

export interface LegalBasisCatalogueEntry {
  readonly kind: LegalBasisKind;
  /** The law article for public_task / legal_obligation, e.g. "Wmo 2015 art. 2.3.2". */
  readonly law?: string;
  readonly description?: string;
}

export interface Actor {
  readonly userId: UserId;
  readonly partnerId: PartnerId;
  readonly role: Role;
  readonly collaborationId: CollaborationId;
}

export interface Subject {
  readonly id: SubjectId;
  readonly name: string;
  readonly birthDate: IsoDate | null;
  readonly address: string | null;
  readonly bsn: string | null;
  /** For households: parent, child, partner... */
  readonly relation?: string;
}

/** Releases for the RTO: to everybody invited, nobody, or listed partners (P4). */
export type RtoRelease = 'all' | 'none' | readonly PartnerId[];

export interface TakeAlongGrant {
  readonly to: UserId;
  readonly planAction: string;
  readonly grantedAt: IsoDate;
}

export interface Contribution {
  readonly id: ContributionId;
  readonly caseId: CaseId;
  readonly by: PartnerId;
  readonly authorUserId: UserId;
  readonly givenIn: Phase;
  readonly category: LifeDomain | 'registration' | 'triage_question' | 'presence' | 'other';
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: readonly ContributionPurpose[];
  readonly basis: LegalBasis;
  /** Bilateral triage question: the partners it is addressed to. */
  readonly sharedWith: readonly PartnerId[];
  readonly releasedForRto: RtoRelease;
  readonly excluded: readonly PartnerId[];
  readonly grants: readonly TakeAlongGrant[];
  readonly withdrawnAt: IsoDate | null;
  readonly content: string;
}

export interface Consent {
  readonly id: ConsentId;
  readonly subjectId: SubjectId;
  /** The partners it covers, named specifically (P6). */
  readonly partners: readonly PartnerId[];
  readonly scope: string;
  readonly givenAt: IsoDate;
  readonly obtainedBy: UserId;
  readonly revokedAt: IsoDate | null;
  /** A refusal is recorded too (P6). */
  readonly refused: boolean;
}

export interface ThirdPartyAccess {
  readonly userId: UserId;
  readonly partnerId: PartnerId;
  readonly basis: LegalBasis | null;
  readonly declarationSignedAt: IsoDate | null;
  /** Partners in the case that consented to this third party (P11: all must). */
  readonly consentsFrom: readonly PartnerId[];
  readonly subjectInformedAt: IsoDate | null;
  /** Whether the motivation of seed 000 art. 6.3 (why this case's progress needs the third party) is recorded. */
  readonly motivated: boolean;
  /** When the third party was added: an informing about a third party recorded after it counts. */
  readonly addedAt: IsoDate;
  /** Whether the released contributions may be shown to the third party. */
  readonly releasedTo: boolean;
}

export const RIGHTS_REQUEST_KINDS = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'complaint',
] as const;
export type RightsRequestKind = (typeof RIGHTS_REQUEST_KINDS)[number];

export interface RightsRequestRef {
  readonly id: string;
  readonly subjectId: SubjectId;
  readonly kind: RightsRequestKind;
  readonly registeredAt: IsoDate;
  readonly handler: UserId;
  readonly closedAt: IsoDate | null;
}

/** The participant roles of an RTO invitation (§3.2). */
export const PARTICIPANT_ROLES = ['expert', 'informant', 'intended_executor', 'subject', 'representative'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
