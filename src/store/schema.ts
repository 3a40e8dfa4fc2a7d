/**
 * The Kysely database type, matching src/store/migrations/*.sql column by column.
 *
 * Conventions: `Generated<T>` for columns with a database default; timestamps read as `Date` and
 * accept a `Date` or ISO string; jsonb columns read as parsed JSON and are written as a JSON
 * string (node-postgres would turn a JS array into a PostgreSQL array literal), see `toJson`;
 * bytea columns are `Buffer`s; bigint columns read as decimal strings.
 */
import type { ColumnType, Generated } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column holding `T`; written as `toJson(value)`. */
export type JsonColumn<T> = ColumnType<T, string, string>;
export type JsonColumnWithDefault<T> = ColumnType<T, string | undefined, string>;
export type NullableJsonColumn<T> = ColumnType<T | null, string | null | undefined, string | null>;
export type Bytes = Buffer;
export type NullableBytes = ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
export type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** A bigint (int8) column: PostgreSQL returns it as a decimal string. */
export type BigIntColumn = ColumnType<string, string | number | bigint, string | number | bigint>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SchemaMigrationsTable {
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface CollaborationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  config: JsonColumnWithDefault<JsonValue>;
  all_directors_see_all: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PartnersTable {
  id: Generated<string>;
  collaboration_id: string;
  slug: string;
  name: string;
  type: string;
  member: Generated<boolean>;
  public_authority: Generated<boolean>;
  may_see_special: Generated<boolean>;
  may_use_bsn: Generated<boolean>;
  professional_secrecy: Generated<boolean>;
  legal_regimes: JsonColumnWithDefault<JsonValue>;
  legal_basis_catalogue: JsonColumnWithDefault<JsonValue>;
  accession_signed_at: NullableTimestamp;
  joined_at: NullableTimestamp;
  notice_given_at: NullableTimestamp;
  ends_at: NullableTimestamp;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  collaboration_id: string;
  partner_id: string;
  username: string;
  display_name: string;
  email: Nullable<string>;
  password_hash: Nullable<string>;
  role: string;
  active: Generated<boolean>;
  confidentiality_declared_at: NullableTimestamp;
  vog_checked_at: NullableTimestamp;
  /** Migration 430: the configured work areas (neighbourhoods) this user is responsible for. */
  work_areas: Generated<string[]>;
  totp_secret: NullableBytes;
  totp_enrolled_at: NullableTimestamp;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: Bytes;
  user_id: string;
  collaboration_id: string;
  partner_id: string;
  role: string;
  created_at: CreatedAt;
  last_seen_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  second_factor_at: NullableTimestamp;
}

export interface CasesTable {
  id: Generated<string>;
  collaboration_id: string;
  number: string;
  table_id: string;
  phase: string;
  registrant_partner_id: string;
  registrant_user_id: Nullable<string>;
  lead_partner_id: string;
  work_area: Nullable<string>;
  complex_criteria: JsonColumnWithDefault<JsonValue>;
  screening_outcome: Nullable<string>;
  referred_to_table: Nullable<string>;
  /** The table the case was referred from, when another table of the collaboration referred it here. */
  referred_from_table: Nullable<string>;
  /** The process director's screening at the case's table (criteria, follow-up answers, assessment), encrypted. */
  table_screening_enc: NullableBytes;
  /** The process director's judgement at accept (criteria, substance, consultation with the registrant), encrypted. */
  acceptance_enc: NullableBytes;
  /** The closing note sealed under the case key (migration 390). */
  closing_note_enc: NullableBytes;
  closing_criteria: NullableJsonColumn<JsonValue>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  phase_changed_at: CreatedAt;
  closed_at: NullableTimestamp;
  version: Generated<number>;
}

export interface CaseKeysTable {
  case_id: string;
  collaboration_id: string;
  key_id: string;
  wrapped_key: Bytes;
  created_at: CreatedAt;
  rewrapped_at: NullableTimestamp;
}

export interface SubjectCorrectionsTable {
  id: Generated<string>;
  collaboration_id: string;
  case_id: string;
  subject_id: string;
  /** The names of the corrected fields (never their values). */
  fields: JsonColumn<string[]>;
  reason_enc: Bytes;
  corrected_by: string;
  corrected_at: ColumnType<Date, Date, never>;
}

export interface SubjectsTable {
  id: Generated<string>;
  collaboration_id: string;
  case_id: string;
  /** Plaintext of older versions only: emptied when the database is opened (ADR 0122). */
  relation: Nullable<string>;
  relation_enc: NullableBytes;
  name_enc: Bytes;
  birth_date_enc: NullableBytes;
  address_enc: NullableBytes;
  bsn_enc: NullableBytes;
  bsn_hash: NullableBytes;
  /** P14: keyed hash of the normalised name and birth date, to find persons registered without a BSN. */
  name_birth_hash: NullableBytes;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  version: Generated<number>;
}

export interface CaseStaffTable {
  case_id: string;
  collaboration_id: string;
  user_id: string;
  role: 'process_director' | 'support';
  assigned_at: CreatedAt;
  ended_at: NullableTimestamp;
}

/** ADR 0116, migration 305: who is away, for which days (inclusive), and which colleague acts for them. */
export interface TableAmendmentsTable {
  id: Generated<string>;
  collaboration_id: string;
  table_id: string;
  before: NullableJsonColumn<JsonValue>;
  after: JsonColumn<JsonValue>;
  diff: JsonColumn<JsonValue>;
  rule: 'all_partners' | 'admin';
  /** Partner ids whose consent counts (the members when it was proposed). */
  voters: JsonColumn<string[]>;
  status: 'pending' | 'adopted' | 'rejected';
  proposed_by: string;
  proposed_at: ColumnType<Date, Date, never>;
  decided_by: Nullable<string>;
  decided_at: NullableTimestamp;
}

export interface TableAmendmentConsentsTable {
  id: Generated<string>;
  amendment_id: string;
  collaboration_id: string;
  partner_id: string;
  user_id: string;
  signatory_name: string;
  signatory_function: string;
  approved: boolean;
  at: ColumnType<Date, Date, never>;
}

export interface AbsencesTable {
  id: Generated<string>;
  collaboration_id: string;
  user_id: string;
  substitute_user_id: string;
  /** `YYYY-MM-DD` (a date column, read as text). */
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  set_by: string;
  created_at: ColumnType<Date, Date, never>;
  cancelled_at: NullableTimestamp;
  cancelled_by: Nullable<string>;
}

/** Migration 440: an exclusion, a withdrawal on an amendment, or an immediate termination of a partner's membership (P1). */
export interface MembershipDecisionsTable {
  id: Generated<string>;
  collaboration_id: string;
  partner_id: string;
  kind: 'exclusion' | 'withdrawal_on_amendment' | 'immediate_termination';
  decided_at: Timestamp;
  effective_at: Timestamp;
  reason: string;
  detail: JsonColumnWithDefault<JsonValue>;
  recorded_by: string;
  created_at: CreatedAt;
}

/** A partner's designation of who speaks for it (migration 470, ADR 0212); the latest row per partner is in force. */
export interface PartnerDelegatesTable {
  id: Generated<string>;
  collaboration_id: string;
  partner_id: string;
  user_ids: JsonColumn<string[]>;
  designated_by: string;
  designated_at: Timestamp;
  created_at: CreatedAt;
}

/** A dispute about how a director carries out its tasks (migration 460; seed 003 art. 9.4, 10.4). */
export interface DisputesTable {
  id: Generated<string>;
  collaboration_id: string;
  case_id: string;
  about: 'process_director' | 'case_director';
  about_user_id: string;
  raised_by: string;
  raised_for_partner_id: string;
  raised_at: Timestamp;
  summary_enc: Buffer;
  status: ColumnType<'open' | 'escalated' | 'decided', 'open' | 'escalated' | 'decided' | undefined>;
  escalated_to: Nullable<string>;
  escalated_by: Nullable<string>;
  escalated_at: NullableTimestamp;
  escalation_reason_enc: NullableBytes;
  decided_by: Nullable<string>;
  decided_at: NullableTimestamp;
  outcome_enc: NullableBytes;
  version: Generated<number>;
}

/** A recorded change of a police partner's art. 20 Wpg decision (migration 420, ADR 0190). */
export interface Wpg20DecisionEventsTable {
  id: Generated<string>;
  collaboration_id: string;
  partner_id: string;
  seq: Generated<string>;
  status: 'in_force' | 'suspended' | 'withdrawn';
  reason: string;
  decision_reference: Nullable<string>;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
}

export interface InvolvementTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  partner_id: string;
  user_id: string;
  substitute: Generated<boolean>;
  designated_by: Nullable<string>;
  designated_at: CreatedAt;
  ended_at: NullableTimestamp;
}

export interface TriageQuestionsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  asked_partner_id: string;
  asked_by: string;
  on_behalf_of_partner_id: string;
  /** Plaintext of older versions only: emptied when the database is opened (ADR 0122). */
  task: Nullable<string>;
  purpose: Nullable<string>;
  task_enc: NullableBytes;
  purpose_enc: NullableBytes;
  question_enc: Bytes;
  all_partners_justification: Nullable<string>;
  all_partners_justification_enc: NullableBytes;
  /** Why an incidental partner of the table is asked (seed 000 Bijlage 2); plaintext of rows not yet sealed only (ADR 0122). */
  table_reason: Nullable<string>;
  table_reason_enc: NullableBytes;
  /** The table the question is asked at (set since migration 070). */
  table_id: Nullable<string>;
  asked_at: CreatedAt;
  answered_at: NullableTimestamp;
  declined_at: NullableTimestamp;
}

export interface ContributionsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  by_partner_id: string;
  author_user_id: string;
  given_in: string;
  category: string;
  special: Generated<boolean>;
  police: Generated<boolean>;
  purposes: JsonColumn<string[]>;
  basis: JsonColumn<{ kind: string } & Record<string, JsonValue>>;
  shared_with: JsonColumnWithDefault<string[]>;
  /** "all", "none" or the partner ids released to. */
  released_for_rto: JsonColumnWithDefault<'all' | 'none' | string[]>;
  excluded: JsonColumnWithDefault<string[]>;
  triage_question_id: Nullable<string>;
  corrects_id: Nullable<string>;
  content_enc: Bytes;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  withdrawn_at: NullableTimestamp;
  /** Restriction (AVG art. 18) or an upheld objection (art. 21): stored, read only within a rights request. */
  restricted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  restriction_kind: ColumnType<'restriction' | 'objection' | null, 'restriction' | 'objection' | null | undefined, 'restriction' | 'objection' | null>;
  restricted_by_request: ColumnType<string | null, string | null | undefined, string | null>;
  erased_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  version: Generated<number>;
  /** The subjects of the case it is about; [] = the case as a whole. */
  subject_ids: JsonColumnWithDefault<string[]>;
  /** The table its contributor approved taking it along to on referral (P4); null: not approved. */
  referral_approved_for: Nullable<string>;
  referral_approved_by: Nullable<string>;
  referral_approved_at: NullableTimestamp;
}

export interface TakeAlongGrantsTable {
  id: Generated<string>;
  contribution_id: string;
  case_id: string;
  collaboration_id: string;
  to_user_id: string;
  /** Plaintext of older versions only: emptied when the database is opened (ADR 0122). */
  plan_action: Nullable<string>;
  plan_action_enc: NullableBytes;
  granted_by: string;
  granted_at: CreatedAt;
  revoked_at: NullableTimestamp;
}

export type ConsentKind = 'sharing' | 'household_domain_crossing';

export interface ConsentsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  subject_id: string;
  partners: JsonColumn<string[]>;
  /** Plaintext of older versions only: emptied when the database is opened (ADR 0122). */
  scope: Nullable<string>;
  scope_enc: NullableBytes;
  /** `sharing` (P6) or the household's consent to domain-crossing processing (seed 004 stap 4). */
  kind: ColumnType<ConsentKind, ConsentKind | undefined, ConsentKind>;
  given_at: Timestamp;
  obtained_by: string;
  refused: Generated<boolean>;
  revoked_at: NullableTimestamp;
  created_at: CreatedAt;
  /** The kinds of data (contribution categories) the asked consent concerns (seed 004 stap 4); null: not named. */
  categories: NullableJsonColumn<string[]>;
}

export interface WeighingsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  partner_id: string;
  subject_id: Nullable<string>;
  contribution_id: Nullable<string>;
  set_aside_objections: Generated<boolean>;
  inform_afterwards: Generated<boolean>;
  first_disclosure_limited: Generated<boolean>;
  conflict_of_duties: Generated<boolean>;
  /** The exception ground at a table that names its exceptions (migration 271, seed 000 Casusoverleg Jeugd checklist IV). */
  exception_ground: ColumnType<string | null, string | null | undefined, string | null>;
  motivation_enc: Bytes;
  completed_by: Nullable<string>;
  completed_at: NullableTimestamp;
  created_at: CreatedAt;
}

/** A contribution removed from a running dossier: cleared at de-escalation (ADR 0107) or police data past its retention (ADR 0108). */
export interface DossierClearingsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  contribution_id: string;
  contributed_by_partner_id: string;
  category: string;
  police: boolean;
  contributed_at: Timestamp;
  cause: 'deescalation_clearing' | 'police_data_retention';
  cleared_by: Nullable<string>;
  cleared_at: Timestamp;
  reason_enc: NullableBytes;
}

export interface InformingRecordsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  subject_id: Nullable<string>;
  topic: 'registration' | 'triage' | 'triage_outcome' | 'rto_outcome' | 'third_party' | 'deletion' | 'other';
  informed_by: Nullable<string>;
  on_behalf_of_partner_id: Nullable<string>;
  informed_at: NullableTimestamp;
  method: Nullable<string>;
  postponement_reason_enc: NullableBytes;
  planned_at: NullableTimestamp;
  /** The prepared RTO the subject was told about (topic `triage_outcome`). */
  meeting_id: Nullable<string>;
  /** What the subject was told (goal, themes, participants, rights), sealed under the case key. */
  told_enc: NullableBytes;
  /** The subject was informed during detention (seed 000 Nazorg, 000-R81). */
  during_detention: Generated<boolean>;
  created_at: CreatedAt;
}

export interface MeetingsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  table_id: string;
  scheduled_at: Timestamp;
  held_at: NullableTimestamp;
  status: ColumnType<'planned' | 'held' | 'cancelled', 'planned' | 'held' | 'cancelled' | undefined>;
  preparation_enc: NullableBytes;
  record_enc: NullableBytes;
  action_list_sent_at: NullableTimestamp;
  /** Contribution ids the RTO kept available for monitoring; null: no choice recorded. */
  monitoring_kept: ColumnType<string[] | null, string | null | undefined, string | null>;
  /** The session whose agenda this case discussion is an item of (migration 110); null: a per-case RTO. */
  session_id: Nullable<string>;
  /** Days within which the case is discussed again, set at this meeting (migration 300, 000-R70); null: none set. */
  follow_up_days: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  version: Generated<number>;
}

export interface MeetingInvitationsTable {
  id: Generated<string>;
  meeting_id: string;
  case_id: string;
  collaboration_id: string;
  user_id: string;
  partner_id: string;
  participant_role: 'expert' | 'informant' | 'intended_executor' | 'subject' | 'representative';
  /** Why an incidental partner of the table is invited (seed 000 Bijlage 2); plaintext of rows not yet sealed only (ADR 0122). */
  table_reason: Nullable<string>;
  table_reason_enc: NullableBytes;
  /** What is asked of the invited party (seed 001/003 art. 9.2e), sealed under the case key (migration 410). */
  requested_contribution_enc: NullableBytes;
  /** The invited party's information need for the plan (seed 001/003 art. 6.4c), sealed (migration 410). */
  information_need_enc: NullableBytes;
  invited_at: CreatedAt;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  case_id: string;
  collaboration_id: string;
  user_id: string;
  present: boolean;
  recorded_at: CreatedAt;
}

export interface PlanActionsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  meeting_id: Nullable<string>;
  life_domain: Nullable<string>;
  owner_partner_id: string;
  owner_user_id: Nullable<string>;
  description_enc: Bytes;
  /** The subjects of the case it is about; empty: the case as a whole. */
  subject_ids: JsonColumnWithDefault<string[]>;
  due_at: NullableTimestamp;
  status: ColumnType<'open' | 'done' | 'cancelled', 'open' | 'done' | 'cancelled' | undefined>;
  /** Restricted by a rights request (migration 191): withheld from every list until lifted. */
  restricted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  restriction_kind: ColumnType<'restriction' | 'objection' | null, 'restriction' | 'objection' | null | undefined, 'restriction' | 'objection' | null>;
  restricted_by_request: ColumnType<string | null, string | null | undefined, string | null>;
  erased_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  done_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  version: Generated<number>;
}

export interface CaseDirectorAppointmentsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  user_id: string;
  partner_id: string;
  meeting_id: Nullable<string>;
  appointed_by: Nullable<string>;
  appointed_at: CreatedAt;
  ended_at: NullableTimestamp;
  brief_enc: NullableBytes;
}

export interface ThirdPartiesTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  user_id: string;
  partner_id: string;
  basis: NullableJsonColumn<JsonValue>;
  declaration_signed_at: NullableTimestamp;
  consents_from: JsonColumnWithDefault<string[]>;
  /** Per consenting partner, when its written consent was signed (seed 001 art. 7.2). */
  written_consents: JsonColumnWithDefault<{ partnerId: string; signedAt: string }[]>;
  subject_informed_at: NullableTimestamp;
  released_to: Generated<boolean>;
  /** P11 motivation (seed 000 art. 6.3), encrypted with the case key; null for rows older than migration 041. */
  motivation_enc: NullableBytes;
  created_at: CreatedAt;
  ended_at: NullableTimestamp;
}

export interface DeescalationDecisionsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  decided_at: Timestamp;
  decided_by: string;
  archive_due_at: Timestamp;
  delete_due_at: Timestamp;
  archived_at: NullableTimestamp;
  admin_set_enc: NullableBytes;
  subject_informed_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface DeescalationExceptionsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  step: 1 | 2 | 3;
  decided_by: string;
  decided_by_partner_id: string;
  decided_at: Timestamp;
  reassess_at: Timestamp;
  motivation_enc: Bytes;
  created_at: CreatedAt;
}

export interface PoliceProvisionsTable {
  id: Generated<string>;
  case_id: Nullable<string>;
  collaboration_id: string;
  contribution_id: Nullable<string>;
  recipient_partner_id: string;
  recipient_user_id: Nullable<string>;
  provided_at: Timestamp;
  data_description: string;
  purpose: string;
  collaboration_name: string;
  legal_basis: string;
  decision_reference: Nullable<string>;
  destroyed_at: NullableTimestamp;
  /** The police partner that provided the data (migration 101; filled from the contribution). */
  provider_partner_id: Nullable<string>;
  /** The case number, kept so the log stays readable after the case is deleted. */
  case_number: Nullable<string>;
  /** Entered by hand: a provision made orally, e.g. in a meeting. */
  oral: Generated<boolean>;
  recorded_by: Nullable<string>;
}

/**
 * What the accountability report counts, kept when a case is deleted (migration 280, ADR 0133):
 * no case, subject, user or content; written by triggers on contributions and consents.
 */
export interface AccountabilityEventsTable {
  id: Generated<string>;
  collaboration_id: string;
  /** The day (midnight UTC). */
  occurred_on: Timestamp;
  kind: 'provision' | 'consent_given' | 'consent_refused' | 'consent_revoked';
  partner_id: Nullable<string>;
  basis_kind: Nullable<string>;
  police: Generated<boolean>;
  table_id: Nullable<string>;
}

/** A yearly accountability report as the manager published it (migration 315, ADR 0145): never changed. */
export interface PublishedAccountabilityReportsTable {
  collaboration_id: string;
  year: number;
  published_at: Timestamp;
  published_by: string;
  report: JsonColumn<unknown>;
}

export interface PresenceLookupsTable {
  id: Generated<string>;
  collaboration_id: string;
  asked_by: string;
  on_behalf_of_partner_id: Nullable<string>;
  /** The case being screened: the lookup's purpose; the query hash is deleted with it. */
  for_case_id: Nullable<string>;
  query_hash: NullableBytes;
  target_collaboration: Nullable<string>;
  found: boolean;
  contact_user_id: Nullable<string>;
  asked_at: CreatedAt;
}

export interface RightsRequestsTable {
  id: Generated<string>;
  collaboration_id: string;
  case_id: Nullable<string>;
  subject_id: Nullable<string>;
  kind: string;
  registered_at: CreatedAt;
  registered_by: string;
  handler_user_id: string;
  deadline_at: Timestamp;
  extended_until: NullableTimestamp;
  requester_enc: NullableBytes;
  routed_to: JsonColumnWithDefault<string[]>;
  status: ColumnType<'open' | 'answered' | 'refused' | 'withdrawn', 'open' | 'answered' | 'refused' | 'withdrawn' | undefined>;
  refusal_ground: Nullable<string>;
  answered_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  version: Generated<number>;
}

/** One routed partner's answer to a rights request, for its own data (P15; migration 103). */
export interface RightsRequestPartnerAnswersTable {
  request_id: string;
  collaboration_id: string;
  partner_id: string;
  outcome: 'answered' | 'refused';
  refusal_ground: Nullable<string>;
  motivation_enc: NullableBytes;
  answered_by: string;
  answered_at: Timestamp;
}

export interface RightsRequestEffectsTable {
  id: Generated<string>;
  request_id: string;
  collaboration_id: string;
  partner_id: string;
  subject_id: string;
  contribution_id: Nullable<string>;
  effect: 'rectified' | 'erased' | 'restricted' | 'processing_stopped' | 'objection_overridden' | 'left_shared' | 'restriction_lifted';
  replaced_by: Nullable<string>;
  reason_enc: NullableBytes;
  /** A lifted restriction: when the subject was informed beforehand (AVG art. 18.3, migration 190). */
  subject_informed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  done_by: string;
  done_at: Timestamp;
  /** An effect on a meeting note, plan goal or plan action (migration 191). */
  meeting_id: Nullable<string>;
  item_kind: ColumnType<'meeting_note' | 'plan_goal' | 'plan_action' | null, 'meeting_note' | 'plan_goal' | 'plan_action' | null | undefined, 'meeting_note' | 'plan_goal' | 'plan_action' | null>;
  plan_action_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A letter to the subject recorded with a request: the restriction is lifted (migration 250). */
export interface RightsRequestLettersTable {
  id: Generated<string>;
  request_id: string;
  collaboration_id: string;
  subject_id: string;
  topic: 'restriction_lifted';
  informed_at: Date;
  recorded_by: string;
  recorded_at: Date;
}

/** A restricted meeting note, plan goal or plan action, kept apart from its record (migration 191). */
export interface RestrictedMeetingItemsTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  meeting_id: string;
  kind: 'meeting_note' | 'plan_goal' | 'plan_action';
  plan_action_id: Nullable<string>;
  subject_ids: JsonColumnWithDefault<string[]>;
  item_enc: Bytes;
  partner_id: string;
  restriction_kind: 'restriction' | 'objection';
  restricted_by_request: string;
  restricted_at: Timestamp;
}

export interface IncidentsTable {
  id: Generated<string>;
  collaboration_id: string;
  discovered_at: Timestamp;
  registered_at: CreatedAt;
  registered_by: string;
  /** Plaintext of rows written before migration 220, emptied when sealed at start (ADR 0075). */
  summary: Nullable<string>;
  /** Sealed under the collaboration key (ADR 0075, `src/crypto/collaboration-key.ts`). */
  summary_enc: NullableBytes;
  severity: ColumnType<'low' | 'high' | 'unknown', 'low' | 'high' | 'unknown' | undefined>;
  case_ids: JsonColumnWithDefault<string[]>;
  partners_notified_at: NullableTimestamp;
  dpa_notification_due_at: Timestamp;
  dpa_notified_at: NullableTimestamp;
  dpa_not_required_reason: Nullable<string>;
  dpa_not_required_reason_enc: NullableBytes;
  closed_at: NullableTimestamp;
  /** What was learnt and changed; required to close (migration 100); sealed (migration 220). */
  evaluation: Nullable<string>;
  evaluation_enc: NullableBytes;
  closed_by: Nullable<string>;
  version: Generated<number>;
}

/** A partner's acknowledgement that it received an incident notice (P17). */
export interface IncidentAcknowledgementsTable {
  incident_id: string;
  collaboration_id: string;
  partner_id: string;
  user_id: string;
  acknowledged_at: Timestamp;
}

/** A development or a measure the privacy office shares with the partners about an incident (P17). */
export interface IncidentUpdatesTable {
  id: Generated<string>;
  incident_id: string;
  collaboration_id: string;
  kind: 'development' | 'measure';
  /** Plaintext of rows written before migration 220; new rows use `body_enc` (ADR 0075). */
  body: Nullable<string>;
  body_enc: NullableBytes;
  recorded_at: Timestamp;
  recorded_by: string;
}

export interface ComplaintsTable {
  id: Generated<string>;
  collaboration_id: string;
  case_id: Nullable<string>;
  received_at: CreatedAt;
  received_by: string;
  routed_to_partner_id: Nullable<string>;
  /** Plaintext of rows written before migration 220; new rows use `summary_enc` (ADR 0075). */
  summary: Nullable<string>;
  summary_enc: NullableBytes;
  complainant_enc: NullableBytes;
  status: ColumnType<'open' | 'routed' | 'handled' | 'withdrawn', 'open' | 'routed' | 'handled' | 'withdrawn' | undefined>;
  evaluated_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  version: Generated<number>;
  /** Who answered, for which organisation, and how, without personal data (migration 102). */
  responded_by: Nullable<string>;
  responded_for_partner_id: Nullable<string>;
  response_summary: Nullable<string>;
  response_summary_enc: NullableBytes;
}

/** Informing the subject of the deletion, recorded after it: no subject, only the case's opaque id. */
export interface DeletionInformingTable {
  id: Generated<string>;
  case_id: string;
  collaboration_id: string;
  informed_at: Date;
  method: string;
  informed_by: string;
  on_behalf_of_partner_id: string;
  created_at: CreatedAt;
}

export interface RemindersTable {
  id: Generated<string>;
  collaboration_id: string;
  kind: string;
  case_id: Nullable<string>;
  ref_id: Nullable<string>;
  for_user_id: Nullable<string>;
  for_partner_id: Nullable<string>;
  for_role: Nullable<string>;
  due_at: Timestamp;
  sent_at: NullableTimestamp;
  done_at: NullableTimestamp;
  dedupe_key: string;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: Generated<string>;
  collaboration_id: string;
  user_id: string;
  kind: string;
  case_id: Nullable<string>;
  ref_id: Nullable<string>;
  link: string;
  due_at: NullableTimestamp;
  created_at: CreatedAt;
  read_at: NullableTimestamp;
  dedupe_key: string;
}

/** A short message for the recipient of a notification (same dedupe key), shown in the inbox only (never in e-mail). */
export interface NoticeMessagesTable {
  dedupe_key: string;
  collaboration_id: string;
  user_id: string;
  message: string;
  created_at: CreatedAt;
}

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface MailOutboxTable {
  id: Generated<string>;
  collaboration_id: string;
  user_id: Nullable<string>;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  ical: Nullable<string>;
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: CreatedAt;
  claimed_by: Nullable<string>;
  claimed_until: NullableTimestamp;
  last_error: Nullable<string>;
  last_attempt_at: NullableTimestamp;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
  dedupe_key: string;
}

export interface DocumentDownloadsTable {
  id: Generated<string>;
  collaboration_id: string;
  user_id: string;
  partner_id: string;
  kind: string;
  case_id: Nullable<string>;
  subject_id: Nullable<string>;
  ref_id: Nullable<string>;
  purpose: string;
  basis: string;
  downloaded_at: CreatedAt;
}

export interface JobRunsTable {
  id: Generated<string>;
  job: string;
  run_key: string;
  started_at: CreatedAt;
  finished_at: NullableTimestamp;
  status: ColumnType<'running' | 'succeeded' | 'failed', 'running' | 'succeeded' | 'failed' | undefined>;
  detail: JsonColumnWithDefault<JsonValue>;
}

export interface AuditLogTable {
  id: ColumnType<string, never, never>;
  at: Timestamp;
  user_id: Nullable<string>;
  partner_id: Nullable<string>;
  role: Nullable<string>;
  on_behalf_of_partner_id: Nullable<string>;
  collaboration_id: Nullable<string>;
  case_id: Nullable<string>;
  subject_id: Nullable<string>;
  contribution_id: Nullable<string>;
  action: string;
  purpose: Nullable<string>;
  legal_basis_kind: Nullable<string>;
  access_point: string;
  outcome: string;
  rule: Nullable<string>;
  target_user_id: ColumnType<string | null, string | null | undefined, never>;
  target_role: ColumnType<string | null, string | null | undefined, never>;
  /** The meeting a meeting read concerns (M9, migration 160). */
  meeting_id: ColumnType<string | null, string | null | undefined, never>;
  /** The absent person a substitute acted for (ADR 0116, migration 305). */
  on_behalf_of_user_id: ColumnType<string | null, string | null | undefined, never>;
  seal_seq: ColumnType<string | null, never, string | number | null>;
  prev_hash: ColumnType<Buffer | null, never, Buffer | null>;
  hash: ColumnType<Buffer | null, never, Buffer | null>;
  sealed_at: ColumnType<Date | null, never, Date | string | null>;
}

export interface AuditChainHeadTable {
  singleton: ColumnType<boolean, boolean | undefined, never>;
  seal_seq: BigIntColumn;
  hash: Bytes;
  sealed_at: Timestamp;
}

export interface CaseNumberCountersTable {
  collaboration_id: string;
  year: number;
  last: number;
}

export interface HealthProbeTable {
  id: number;
  at: Date;
}

export interface LoginBackoffTable {
  key: Buffer;
  failures: Generated<number>;
  blocked_until: Date | null;
  last_failure_at: Date | null;
  last_success_at: Date | null;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  collaboration_id: string;
  user_id: string;
  role: string;
  kind: 'create' | 'role';
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  outcome: 'approved' | 'rejected' | null;
}

export type SessionStatus = 'planned' | 'held' | 'cancelled';

export interface MeetingSessionsTable {
  id: Generated<string>;
  collaboration_id: string;
  body_kind: 'table' | 'work_area';
  body_id: string;
  /** The cadence slot (YYYY-MM-DD) this session was planned for; null when added by hand. */
  planned_for: ColumnType<string | null, string | null | undefined, string | null>;
  scheduled_at: Timestamp;
  status: ColumnType<SessionStatus, SessionStatus | undefined, SessionStatus>;
  place: Nullable<string>;
  link: Nullable<string>;
  chair_user_id: Nullable<string>;
  cancel_reason: Nullable<string>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  version: Generated<number>;
}

export interface MeetingSessionParticipantsTable {
  session_id: string;
  collaboration_id: string;
  user_id: string;
  partner_id: string;
}

export interface MeetingSessionItemsTable {
  id: Generated<string>;
  session_id: string;
  collaboration_id: string;
  case_id: string;
  case_number: string;
  meeting_id: string;
  reason: 'new' | 'update' | 'evaluation' | 'follow_up' | 'added' | 'routing';
  position: number;
  created_at: CreatedAt;
}

/** A group or theme on a group-level table's agenda (migration 210, ADR 0097): no personal data. */
export interface MeetingSessionTopicsTable {
  id: Generated<string>;
  session_id: string;
  collaboration_id: string;
  kind: 'group' | 'theme';
  title: string;
  description: string;
  approach: string | null;
  individuals_to_route: Generated<number>;
  route_to_table_id: string | null;
  position: number;
  discussed_at: Date | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  version: Generated<number>;
}

export interface MeetingSessionTopicPartnersTable {
  topic_id: string;
  collaboration_id: string;
  partner_id: string;
}

export interface MeetingSessionTopicActionsTable {
  id: Generated<string>;
  topic_id: string;
  collaboration_id: string;
  description: string;
  owner_partner_id: string;
  due_at: Date | null;
  created_at: CreatedAt;
}

/** The functionary designated per table (seed 000 art. 10.2; migration 235). */
export interface TableDesignationsTable {
  collaboration_id: string;
  table_id: string;
  user_id: string;
  designated_by: string;
  designated_at: Date;
}

export interface Database {
  role_grants: RoleGrantsTable;
  login_backoff: LoginBackoffTable;
  schema_migrations: SchemaMigrationsTable;
  health_probe: HealthProbeTable;
  case_number_counters: CaseNumberCountersTable;
  collaborations: CollaborationsTable;
  partners: PartnersTable;
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  case_keys: CaseKeysTable;
  subjects: SubjectsTable;
  subject_corrections: SubjectCorrectionsTable;
  case_staff: CaseStaffTable;
  absences: AbsencesTable;
  membership_decisions: MembershipDecisionsTable;
  disputes: DisputesTable;
  partner_delegates: PartnerDelegatesTable;
  wpg20_decision_events: Wpg20DecisionEventsTable;
  table_amendments: TableAmendmentsTable;
  table_amendment_consents: TableAmendmentConsentsTable;
  involvement: InvolvementTable;
  triage_questions: TriageQuestionsTable;
  contributions: ContributionsTable;
  take_along_grants: TakeAlongGrantsTable;
  consents: ConsentsTable;
  weighings: WeighingsTable;
  informing_records: InformingRecordsTable;
  meetings: MeetingsTable;
  meeting_sessions: MeetingSessionsTable;
  meeting_session_participants: MeetingSessionParticipantsTable;
  meeting_session_items: MeetingSessionItemsTable;
  meeting_session_topics: MeetingSessionTopicsTable;
  meeting_session_topic_partners: MeetingSessionTopicPartnersTable;
  meeting_session_topic_actions: MeetingSessionTopicActionsTable;
  table_designations: TableDesignationsTable;
  meeting_invitations: MeetingInvitationsTable;
  meeting_attendance: MeetingAttendanceTable;
  plan_actions: PlanActionsTable;
  case_director_appointments: CaseDirectorAppointmentsTable;
  third_parties: ThirdPartiesTable;
  deescalation_decisions: DeescalationDecisionsTable;
  deescalation_exceptions: DeescalationExceptionsTable;
  police_provisions: PoliceProvisionsTable;
  accountability_events: AccountabilityEventsTable;
  published_accountability_reports: PublishedAccountabilityReportsTable;
  presence_lookups: PresenceLookupsTable;
  rights_requests: RightsRequestsTable;
  rights_request_partner_answers: RightsRequestPartnerAnswersTable;
  rights_request_effects: RightsRequestEffectsTable;
  restricted_meeting_items: RestrictedMeetingItemsTable;
  rights_request_letters: RightsRequestLettersTable;
  incidents: IncidentsTable;
  incident_acknowledgements: IncidentAcknowledgementsTable;
  incident_updates: IncidentUpdatesTable;
  complaints: ComplaintsTable;
  reminders: RemindersTable;
  deletion_informing: DeletionInformingTable;
  dossier_clearings: DossierClearingsTable;
  job_runs: JobRunsTable;
  notifications: NotificationsTable;
  notice_messages: NoticeMessagesTable;
  mail_outbox: MailOutboxTable;
  document_downloads: DocumentDownloadsTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
}

/** Serialise a value for a jsonb column (see the note at the top of this file). */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('toJson: value has no JSON representation');
  return text;
}
