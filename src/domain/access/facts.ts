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
  Actor,
  Purpose,
} from '../model.js';
import type { Wpg20DecisionStatus } from '../process/wpg20-decision.js';

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
  /** Bound to professional secrecy (WGBO): shares without consent only after a conflict-of-duties weighing (P7). */
  readonly professionalSecrecy: boolean;
  /**
   * Its care domain (the kind of organisation: gemeente, politie, ggz, ...). Reading another
   * domain's data is domain-crossing processing (seed 004 Bijlage 3 stap 4). Absent: unknown,
   * compared as the empty domain.
   */
  readonly domain?: string;
  /**
   * The status of its art. 20 Wpg decision (ADR 0190): while suspended or withdrawn, its police
   * data is provided to no one else. Absent: in force, or no such decision.
   */
  readonly wpg20Decision?: Wpg20DecisionStatus;
}

export type RtoReleaseFacts = 'all' | 'none' | ReadonlySet<PartnerId>;

/** A take-along grant (P4): to whom. The plan action it names is sealed text the engine does not read. */
export interface GrantFacts {
  readonly to: UserId;
}

export interface ContributionFacts {
  readonly id: ContributionId;
  readonly by: PartnerId;
  readonly givenIn: Phase;
  /** The data kind (a life domain or another category): special categories follow from it (P8). */
  readonly category: string;
  /** Marked special by the contributor; a special kind is special whatever is marked. */
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
  /** The subjects of the case it is about; empty: the case as a whole (every subject). */
  readonly subjects: ReadonlySet<SubjectId>;
  /**
   * A rights request restricted its processing (AVG art. 18) or an upheld objection stopped it
   * (art. 21): stored, read only within a rights request (see domain/rights/restriction.ts).
   */
  readonly restriction?: 'restriction' | 'objection';
}

export interface ConsentFacts {
  readonly id: ConsentId;
  readonly subjectId: SubjectId;
  readonly partners: ReadonlySet<PartnerId>;
  readonly givenAt: number;
  readonly revokedAt: number | null;
  readonly refused: boolean;
}

/** The household's consent to processing across care domains (seed 004 Bijlage 3 stap 4). */
export interface HouseholdConsentFacts {
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

/**
 * An absence (ADR 0116, seed 002 art. 6.3 "Bij afwezigheid van deze professional wordt zorg
 * gedragen voor een vervanger"): `absent` is away and `substitute` acts for them from `from` up
 * to (not including) `until` (ms: the start of the first day and of the day after the last day,
 * Europe/Amsterdam). The absent person's partner and role are recorded so that the engine never
 * lends a relation across partners or roles, whatever was stored.
 */
export interface AbsenceFacts {
  readonly absent: UserId;
  readonly absentPartner: PartnerId;
  readonly absentRole: Actor['role'];
  readonly substitute: UserId;
  readonly from: number;
  readonly until: number;
}

export interface CaseFacts {
  readonly id: CaseId;
  readonly collaborationId: CollaborationId;
  readonly phase: Phase;
  /** The registering partner. */
  readonly registrant: PartnerId;
  /**
   * The lead partner now: the registrant until a case director's partner takes over (seed 003
   * art. 9.3). Staff act on its behalf.
   */
  readonly leadPartner: PartnerId;
  readonly processDirectors: ReadonlySet<UserId>;
  readonly support: ReadonlySet<UserId>;
  /** Collaboration setting: every process director of the collaboration acts in every case. */
  readonly allDirectorsSeeAll: boolean;
  /** Per partner, the professionals it designated in this case (incl. substitutes). */
  readonly involved: ReadonlyMap<PartnerId, ReadonlySet<UserId>>;
  readonly triageAsked: ReadonlySet<PartnerId>;
  readonly rtoParticipants: ReadonlySet<UserId>;
  readonly caseDirector: UserId | null;
  /**
   * When each user's relation to the case began (its first designation, invitation or
   * appointment): a leaving partner's professionals finish the cases they were in before
   * their membership ended (P1, seed 000 art. 13.2).
   */
  readonly relationSince: ReadonlyMap<UserId, number>;
  /**
   * What the current RTO kept available for monitoring (seed 003 Fase 3): in monitoring and
   * de-escalation step 1, participants, the case director and third parties read only these.
   * Null when the current RTO recorded no choice (every release stays).
   */
  readonly monitoringKept: ReadonlySet<ContributionId> | null;
  /**
   * The current RTO (seed 003 Fase 3): the meeting whose plan runs now. Its plan actions are
   * the current plan; absent or null: no meeting yet (or not known to the caller).
   */
  readonly currentRtoId?: string | null;
  /** Partners with professional secrecy that recorded a conflict-of-duties weighing in this case (P7). */
  readonly conflictWeighed: ReadonlySet<PartnerId>;
  /** Partners that documented a weighing in this case (P7, 000-R23); absent: not known to the caller (none). */
  readonly weighedBy?: ReadonlySet<PartnerId>;
  /**
   * Seed 004 Bijlage 3 stap 4-7: from the RTO on, processing across care domains needs the
   * household's consent; without it none happens. Present when the collaboration requires it
   * (`process.domainCrossingNeedsConsent`), with the latest household consent (null: none
   * recorded). Absent or null: the collaboration does not require it.
   */
  readonly domainCrossing?: { readonly consent: HouseholdConsentFacts | null } | null;
  readonly subjects: ReadonlyMap<SubjectId, SubjectFacts>;
  readonly consents: ReadonlyMap<ConsentId, ConsentFacts>;
  readonly thirdParties: ReadonlyMap<UserId, ThirdPartyFacts>;
  readonly rightsRequests: readonly RightsRequestFacts[];
  readonly contributions: ReadonlyMap<ContributionId, ContributionFacts>;
  /** The collaboration's partners and any third party's organisation. */
  readonly partners: ReadonlyMap<PartnerId, PartnerFacts>;
  /**
   * Absences of the case's staff and designated professionals that are not cancelled (ADR 0116);
   * the engine applies those running at `now`. Absent: none.
   */
  readonly absences?: readonly AbsenceFacts[];
}

export const MEETING_ITEM_KINDS = ['meeting_note', 'plan_goal', 'plan_action'] as const;
/** A note of a meeting's record, a goal of its plan of approach, or an action of that plan. */
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];

/**
 * A meeting item (issue 13 items 1 and 5, P15): personal data of the meeting's record, with the
 * subjects it is about, its restriction and, for an action, its owner. The service that read
 * it from the record passes it with the request; the engine decides who reads or changes it.
 */
export interface MeetingItemFacts {
  readonly id: string;
  readonly kind: MeetingItemKind;
  /** The meeting whose record holds it (its plan, for goals and actions). */
  readonly meetingId: string;
  /** The subjects of the case it is about; empty: the case as a whole. */
  readonly subjects: ReadonlySet<SubjectId>;
  /** The life domain it is filed under (null: none); a special kind is a special category (P8). */
  readonly domain: string | null;
  /** A rights request restricted its processing (AVG art. 18) or an upheld objection stopped it (art. 21). */
  readonly restriction?: 'restriction' | 'objection';
  /** For a plan action: the partner that owns it, and the user when it names one. */
  readonly ownerPartner: PartnerId | null;
  readonly ownerUser: UserId | null;
}

/** What is being accessed. */
export type Resource =
  | { readonly kind: 'contribution'; readonly id: ContributionId }
  /** A note, plan goal or plan action of a meeting of the case. */
  | { readonly kind: 'meeting_item'; readonly item: MeetingItemFacts }
  /** The de-escalation step-2 administrative set of the case. */
  | { readonly kind: 'admin_set' }
  | { readonly kind: 'subject_bsn'; readonly subjectId: SubjectId };

export interface AccessRequest {
  readonly resource: Resource;
  readonly purpose: Purpose;
  readonly action: Action;
}
