/**
 * The facts the access engine decides on. A service gathers them from storage (or a test builds
 * them) and the engine decides without I/O. Sets and maps make each decision O(1) in the case
 * size; times are epoch milliseconds so the hot path never parses a date.
 */
import type {
  CaseId,
  CollaborationId,
  ConsentId,
  ContributionId,
  ContributionPurpose,
  LegalBasis,
  PartnerId,
  Phase,
  SubjectId,
  UserId,
  Action,
  Purpose,
} from '../model.js';

export interface PartnerFacts {
  readonly id: PartnerId;
  /** Signed the covenant (false for a third party's organisation). */
  readonly member: boolean;
  /** Membership start (ms) or null when unknown/always. */
  readonly memberFrom: number | null;
  /** End of membership after the notice period (ms) or null while no notice was given. */
  readonly memberUntil: number | null;
  readonly publicAuthority: boolean;
  readonly maySeeSpecial: boolean;
  readonly mayUseBsn: boolean;
}

export type RtoReleaseFacts = 'all' | 'none' | ReadonlySet<PartnerId>;

export interface GrantFacts {
  readonly to: UserId;
  readonly planAction: string;
}

export interface ContributionFacts {
  readonly id: ContributionId;
  readonly by: PartnerId;
  readonly givenIn: Phase;
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: ReadonlySet<ContributionPurpose>;
  readonly basis: LegalBasis;
  /** Bilateral triage question: the partners it is addressed to. */
  readonly sharedWith: ReadonlySet<PartnerId>;
  readonly releasedForRto: RtoReleaseFacts;
  readonly excluded: ReadonlySet<PartnerId>;
  readonly grants: readonly GrantFacts[];
  readonly withdrawn: boolean;
}

export interface ConsentFacts {
  readonly id: ConsentId;
  readonly subjectId: SubjectId;
  readonly partners: ReadonlySet<PartnerId>;
  readonly givenAt: number;
  readonly revokedAt: number | null;
  readonly refused: boolean;
}

export interface ThirdPartyFacts {
  readonly userId: UserId;
  readonly partnerId: PartnerId;
  readonly hasBasis: boolean;
  readonly declarationSignedAt: number | null;
  readonly consentsFrom: ReadonlySet<PartnerId>;
  readonly releasedTo: boolean;
}

export interface RightsRequestFacts {
  readonly id: string;
  readonly subjectId: SubjectId;
  readonly handler: UserId;
  readonly registeredAt: number;
  readonly closedAt: number | null;
}

export interface SubjectFacts {
  readonly id: SubjectId;
  readonly hasBsn: boolean;
}

export interface CaseFacts {
  readonly id: CaseId;
  readonly collaborationId: CollaborationId;
  readonly phase: Phase;
  /** The registering partner; the lead partner until a case director's partner takes over. */
  readonly registrant: PartnerId;
  readonly processDirectors: ReadonlySet<UserId>;
  readonly support: ReadonlySet<UserId>;
  /** Collaboration setting: every process director of the collaboration acts in every case. */
  readonly allDirectorsSeeAll: boolean;
  /** Per partner, the professionals it designated in this case (incl. substitutes). */
  readonly involved: ReadonlyMap<PartnerId, ReadonlySet<UserId>>;
  readonly triageAsked: ReadonlySet<PartnerId>;
  readonly rtoParticipants: ReadonlySet<UserId>;
  readonly caseDirector: UserId | null;
  readonly subjects: ReadonlyMap<SubjectId, SubjectFacts>;
  readonly consents: ReadonlyMap<ConsentId, ConsentFacts>;
  readonly thirdParties: ReadonlyMap<UserId, ThirdPartyFacts>;
  readonly rightsRequests: readonly RightsRequestFacts[];
  readonly contributions: ReadonlyMap<ContributionId, ContributionFacts>;
  /** The collaboration's partners and any third party's organisation. */
  readonly partners: ReadonlyMap<PartnerId, PartnerFacts>;
}

/** What is being accessed. */
export type Resource =
  | { readonly kind: 'contribution'; readonly id: ContributionId }
  /** The de-escalation step-2 administrative set of the case. */
  | { readonly kind: 'admin_set' }
  | { readonly kind: 'subject_bsn'; readonly subjectId: SubjectId };

export interface AccessRequest {
  readonly resource: Resource;
  readonly purpose: Purpose;
  readonly action: Action;
}
