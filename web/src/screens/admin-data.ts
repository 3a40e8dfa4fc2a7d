/** What the administration screens read from the API: partners with their membership, users, the configuration's tables. */
import { get } from '../api/client';

export interface AccessionDecisionView {
  readonly by: { readonly kind: 'partner'; readonly partnerId: string } | { readonly kind: 'steering_group' };
  readonly approved: boolean;
  readonly at: string;
  readonly motivation?: string;
}

export interface PartnerView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly type: string;
  readonly member: boolean;
  readonly active: boolean;
  readonly inactiveReason: 'not_a_member' | 'membership_not_started' | 'membership_ended' | null;
  readonly joinedAt: string | null;
  readonly noticeGivenAt: string | null;
  readonly endsAt: string | null;
  readonly accession: { readonly requestedAt: string; readonly decisions: readonly AccessionDecisionView[]; readonly declarationSignedAt: string | null } | null;
  readonly accessionPending: { readonly reason: string; readonly partners: readonly string[] } | null;
  readonly noticeWouldEndAt: string | null;
}

export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly role: string;
  readonly active: boolean;
  readonly confidentialityDeclaredAt: string | null;
  readonly vogCheckedAt: string | null;
  /** The work areas (wijken) the user is responsible for (004-C06, 004-R09). */
  readonly workAreas: readonly string[];
}

/** A table of the configuration as the API returns it; fields the screens do not edit travel along unchanged. */
export interface TableConfig {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly frequency: { readonly description: string; readonly meetingsPerYear: { readonly min: number; readonly max: number } | null };
  readonly criteria: readonly string[];
  readonly chair?: string;
  readonly structuralPartners: readonly string[];
  readonly incidentalPartners: readonly string[];
  readonly anyMemberMayJoin: boolean;
  readonly [other: string]: unknown;
}

export interface GovernanceConfig {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly config: {
    readonly tables: readonly TableConfig[];
    readonly partners: readonly { readonly id: string; readonly name: string; readonly member: boolean }[];
    readonly noticePeriodMonths: number;
    readonly noticeEffect: string;
    readonly joinApproval: { readonly rule: string };
    /** The steering group's exclusion of a partner, where the covenant has it (ADR 0201). */
    readonly exclusion?: { readonly noticeOfDefaultRequired: boolean; readonly effect: 'immediate' | 'after_notice_period'; readonly source: string };
    /** Withdrawal from the day an unacceptable amendment takes effect (ADR 0200). */
    readonly withdrawalOnAmendment?: { readonly source: string };
    /** Leaving at once with every other partner's consent (seed 000 art. 13.2). */
    readonly immediateTerminationWithUnanimousConsent?: { readonly source: string };
    /** Disputes about the directors (ADR 0210). */
    readonly disputes?: { readonly escalation: { readonly processDirector: string; readonly caseDirector: string }; readonly source: string };
  };
}

export const loadPartners = (): Promise<PartnerView[]> => get<PartnerView[]>('/api/partners');
export const loadUsers = (): Promise<UserView[]> => get<UserView[]>('/api/users');
/** Read fresh (not the session's cached copy): the admin changes it on these screens. */
export const loadConfig = (): Promise<GovernanceConfig> => get<GovernanceConfig>('/api/collaboration');

// The lists the server validates against, from the pure domain model: one source, no copy.
export { LEGAL_BASIS_KINDS as BASIS_KIND_NAMES, PARTNER_TYPES as PARTNER_TYPE_NAMES, ROLES as ROLE_NAMES } from '../../../src/domain/model';
