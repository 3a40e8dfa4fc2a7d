/**
 * The ports services use: what they need from storage, audit, crypto and the clock, as types.
 * main.ts wires the concrete implementations; tests may wire others.
 */
import type { Kysely, Transaction } from 'kysely';
import type { MasterKeyRing } from '../crypto/master-key.js';
import type { BsnHashKey } from '../crypto/bsn-hash.js';
import type { AppDatabase } from '../store/database.js';
import type { Database } from '../store/schema.js';
import type { LegalBasisKind, Purpose, Role } from '../domain/model.js';
import type { CollaborationConfig } from '../domain/config/collaboration-config.schema.js';

export type Trx = Transaction<Database> | Kysely<Database>;

/** One NEN 7513 audit record (P16); subjects and cases only by opaque id. */
export interface AuditEntry {
  readonly at: Date;
  readonly userId: string | null;
  readonly partnerId: string | null;
  readonly role: string | null;
  readonly onBehalfOfPartnerId: string | null;
  readonly collaborationId: string | null;
  readonly caseId: string | null;
  readonly subjectId: string | null;
  readonly contributionId: string | null;
  /** e.g. `contribution.read`, `case.register`, `login`. */
  readonly action: string;
  readonly purpose: Purpose | null;
  readonly legalBasisKind: LegalBasisKind | null;
  readonly accessPoint: 'api' | 'cli' | 'job' | 'web';
  readonly outcome: 'allow' | 'deny';
  readonly rule: string | null;
  /** The account a governance act concerns, and the role it gives (M9). */
  readonly targetUserId?: string | null;
  readonly targetRole?: string | null;
  /** The meeting a meeting read concerns (M9). */
  readonly meetingId?: string | null;
  /** The absent person the user acted for as substitute (ADR 0116). */
  readonly onBehalfOfUserId?: string | null;
}

export interface AuditPort {
  /** Appends in the caller's transaction: if it fails, the operation fails (fail closed). */
  append(trx: Trx, entry: AuditEntry): Promise<void>;
  /** Appends several in one statement, in the caller's transaction. */
  appendMany(trx: Trx, entries: readonly AuditEntry[]): Promise<void>;
  /**
   * Appends and commits the records of a read after its (read-only) transaction, sharing the
   * commit with other requests' records (group commit). Resolves once they are durable; the
   * caller returns the data it read only then (fail closed).
   */
  appendCommitted(entries: readonly AuditEntry[]): Promise<void>;
}

/** The user on whose session a request runs; decided per request, never cached past it. */
export interface SessionActor {
  readonly sessionId: string;
  readonly userId: string;
  readonly partnerId: string;
  readonly role: Role;
  readonly collaborationId: string;
  readonly displayName: string;
}

/** One deleted case as the deletion journal keeps it (ids, rule and time only). */
export interface DeletionJournalEntry {
  readonly caseId: string;
  readonly rule: 'P12' | 'P13';
  /** ISO time of the deletion. */
  readonly at: string;
}

/**
 * Case deletions recorded outside the database (src/store/deletion-journal.ts), re-applied at
 * start so that restoring an older backup brings no deleted case back.
 */
export interface DeletionJournal {
  readonly path: string;
  /** Appends and flushes to disk; called inside the deleting transaction, before it commits. */
  record(entry: DeletionJournalEntry): Promise<void>;
  entries(): Promise<DeletionJournalEntry[]>;
}

export interface ServiceDeps {
  readonly database: AppDatabase;
  readonly audit: AuditPort;
  readonly keys: MasterKeyRing;
  readonly bsnKey: BsnHashKey;
  /** The clock: services never call Date.now() themselves. */
  readonly now: () => Date;
  /** The configuration of a collaboration by id (cached, validated). */
  readonly collaborationConfig: (trx: Trx, collaborationId: string) => Promise<CollaborationConfig>;
  readonly accessPoint: 'api' | 'cli' | 'job' | 'web';
  /** E-mail notices (SMTP_URL set); absent: notices go to the in-app inbox only. */
  readonly mail?: MailSettings | undefined;
  /** Where case deletions are journaled outside the database; absent: not journaled (tests). */
  readonly deletionJournal?: DeletionJournal;
}

/** How notices reach e-mail: written to the outbox with a link, delivered by the job runner. */
export interface MailSettings {
  /** The address users open the web interface at, e.g. https://casustafel.example.nl (no trailing slash). */
  readonly publicUrl: string;
  /** Asks the delivery loop to look at the outbox soon (after the writing transaction commits). */
  readonly kick?: (() => void) | undefined;
}
