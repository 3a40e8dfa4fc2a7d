/**
 * At start: re-applies every case deletion in the deletion journal that the database lacks — a
 * restored older backup still holds the case's data key and content. Deleting again is the same
 * crypto-shredding deletion the retention job does (audited as `retention.delete` by the
 * system), one transaction per case.
 */
import type { DeletionJournalEntry, ServiceDeps } from '../services/ports.js';
import { systemContext } from '../store/acting-context.js';
import { deleteCaseData } from './case-cleanup.js';

export interface ReapplyResult {
  readonly journaled: number;
  readonly reapplied: string[];
}

export async function reapplyDeletions(deps: ServiceDeps): Promise<ReapplyResult> {
  const journal = deps.deletionJournal;
  if (journal === undefined) return { journaled: 0, reapplied: [] };
  const entries = await journal.entries();
  const latest = new Map<string, DeletionJournalEntry>();
  for (const e of entries) latest.set(e.caseId, e);
  if (latest.size === 0) return { journaled: 0, reapplied: [] };
  // Re-applying is not a new deletion: it is not journaled again.
  const { deletionJournal: _journal, ...rest } = deps;
  const jobDeps: ServiceDeps = { ...rest, accessPoint: 'job' };
  // Only cases that still have a data key: a deleted case's key is gone (crypto-shredded).
  const ids = [...latest.keys()];
  const pending: string[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await deps.database.withTransaction(systemContext(), (trx) =>
      trx.selectFrom('case_keys').select('case_id').where('case_id', 'in', ids.slice(i, i + 1000)).execute(),
    );
    pending.push(...rows.map((r) => r.case_id));
  }
  const reapplied: string[] = [];
  for (const caseId of pending) {
    const entry = latest.get(caseId);
    if (entry === undefined) continue;
    const done = await deps.database.withTransaction(systemContext(), (trx) => deleteCaseData(jobDeps, trx, caseId, entry.rule, deps.now()));
    if (done) reapplied.push(caseId);
  }
  return { journaled: latest.size, reapplied };
}
