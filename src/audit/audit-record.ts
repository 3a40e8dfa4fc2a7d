/**
 * One access-log record (P16, NEN 7513). Cases, subjects and contributions are named by opaque id
 * only, never by name, BSN or content, so the log stays valid and says nothing after deletion.
 */
import type { LegalBasisKind, Purpose } from '../domain/model.js';

export const ACCESS_POINTS = ['api', 'cli', 'job', 'web'] as const;
export type AccessPoint = (typeof ACCESS_POINTS)[number];

export const AUDIT_OUTCOMES = ['allow', 'deny'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditRecord {
  /** When it happened; the caller's clock, UTC. Defaults to now. */
  readonly at?: Date;
  readonly userId: string | null;
  /** The organisation the user acted for. */
  readonly partnerId: string | null;
  readonly role: string | null;
  /** The partner on whose behalf (e.g. the registrant, for a process director). */
  readonly onBehalfOfPartnerId?: string | null;
  readonly collaborationId: string | null;
  readonly caseId?: string | null;
  readonly subjectId?: string | null;
  readonly contributionId?: string | null;
  /** Lower-case dotted verb, e.g. `contribution.read`, `case.register`, `login`. */
  readonly action: string;
  readonly purpose?: Purpose | null;
  readonly legalBasisKind?: LegalBasisKind | null;
  readonly accessPoint: AccessPoint;
  readonly outcome: AuditOutcome;
  /** The rule or reason code that decided (e.g. `P3_purpose_mismatch`). */
  readonly rule?: string | null;
  /** The account a governance act concerns (NEN 7513: whose role was given or changed). */
  readonly targetUserId?: string | null;
  /** The role a governance act gives. */
  readonly targetRole?: string | null;
  /** The meeting a meeting read concerns. */
  readonly meetingId?: string | null;
  /** The absent person the user acted for as substitute (ADR 0116). */
  readonly onBehalfOfUserId?: string | null;
}

/** A stored record as the privacy officer sees it. */
export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly userId: string | null;
  readonly partnerId: string | null;
  readonly role: string | null;
  readonly onBehalfOfPartnerId: string | null;
  readonly collaborationId: string | null;
  readonly caseId: string | null;
  readonly subjectId: string | null;
  readonly contributionId: string | null;
  readonly action: string;
  readonly purpose: string | null;
  readonly legalBasisKind: string | null;
  readonly accessPoint: string;
  readonly outcome: string;
  readonly rule: string | null;
  readonly targetUserId: string | null;
  readonly targetRole: string | null;
  readonly meetingId: string | null;
  readonly onBehalfOfUserId: string | null;
  readonly sealed: boolean;
}
