/**
 * The audit port the server and the CLI wire into services: appends in the caller's transaction,
 * and group-committed appends for reads (src/audit/group-commit.ts).
 */
import type { AuditPort } from '../services/ports.js';
import type { AppDatabase } from '../store/database.js';
import { appendAudit, appendAuditMany } from './append.js';
import { groupCommitter } from './group-commit.js';

export function databaseAuditPort(database: AppDatabase): AuditPort {
  const group = groupCommitter(database);
  return {
    append: (trx, entry) => appendAudit(trx, entry),
    appendMany: (trx, entries) => appendAuditMany(trx, entries),
    appendCommitted: (entries) => group.append(entries),
  };
}
