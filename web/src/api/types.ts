/** Shapes of the API's answers, as the UI reads them (see /api/openapi.json). */

export interface Me {
  readonly userId: string;
  readonly displayName: string;
  readonly role: string;
  readonly partnerId: string;
  readonly collaborationId: string;
  readonly personalDataBlock: string | null;
}

export interface CaseListItem {
  readonly id: string;
  readonly number: string;
  readonly phase: string;
  readonly tableId: string;
  readonly workArea: string | null;
  readonly updatedAt: string;
  readonly title: string | null;
}

/** Computed by the domain; the UI shows what is offered and never re-implements a rule. */
export interface CaseAbilities {
  readonly purpose: string | null;
  readonly viewCase: boolean;
  readonly viewAdminSet: boolean;
  readonly viewRetention: boolean;
  readonly viewBsn: boolean;
  readonly readContributions: readonly string[];
  readonly takeAlong: readonly string[];
  readonly controlContributions: readonly string[];
  readonly contribute: boolean;
  readonly screen: boolean;
  readonly askTriage: boolean;
  readonly inviteParticipants: boolean;
  readonly recordMeeting: boolean;
  readonly appointCaseDirector: boolean;
  readonly scheduleFollowUp: boolean;
  readonly updatePlan: boolean;
  readonly decideDeescalation: boolean;
  readonly proposeException: boolean;
  readonly reopen: boolean;
  readonly registerConsent: boolean;
  readonly recordInforming: boolean;
  readonly addThirdParty: boolean;
  readonly consentThirdParty: boolean;
  readonly recordPickup: boolean;
}

export interface SubjectView {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly address: string | null;
  readonly relation: string | null;
  readonly bsn?: string | null;
}

export interface ContributionView {
  readonly id: string;
  readonly byPartnerId: string;
  readonly givenIn: string;
  readonly category: string;
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: readonly string[];
  readonly basis: unknown;
  readonly sharedWith: readonly string[];
  readonly releasedForRto: 'all' | 'none' | readonly string[];
  readonly excluded: readonly string[];
  readonly content: string;
  /** A "known / not known" answer to an enrichment question (Venlo). */
  readonly known?: boolean;
  readonly createdAt: string;
  readonly version: number;
  readonly withdrawn: boolean;
  readonly obligations: readonly string[];
}

export interface CaseView {
  readonly id: string;
  readonly number: string;
  readonly phase: string;
  readonly tableId: string;
  readonly workArea: string | null;
  /** The work area's name as the collaboration configures it. */
  readonly workAreaName: string | null;
  /** The collaboration's own steps the current phase covers, in its own words (empty when it names none). */
  readonly phaseSteps: readonly { readonly id: string; readonly label: string }[];
  readonly version: number;
  readonly registrantPartnerId: string;
  readonly leadPartnerId: string;
  readonly createdAt: string;
  readonly purpose: string | null;
  readonly abilities: CaseAbilities;
  /** Where nothing is stored before pickup (Nijmegen): whether and by whom the case was picked up. */
  readonly pickup?: { readonly byPartnerId: string | null; readonly pickedUpAt: string | null };
  readonly subjects: readonly SubjectView[];
  readonly contributions: readonly ContributionView[];
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
  readonly messages?: { readonly nl: string; readonly en: string };
}

export interface ErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly messages: { readonly nl: string; readonly en: string };
  readonly rule?: string;
  readonly reason?: string;
  readonly fields?: readonly FieldError[];
  readonly requestId?: string;
}
