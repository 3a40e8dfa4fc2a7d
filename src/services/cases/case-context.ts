/**
 * Loading a case inside a request: its row, the engine's facts and its data key. A case the
 * actor cannot see (RLS) or that does not exist is the same 404 — existence is not revealed.
 */
import { loadCaseKey } from '../../crypto/case-keys.js';
import type { DataKey } from '../../crypto/case-keys.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import type { CaseRow } from '../../store/repositories/case-facts.repository.js';
import type { CaseFacts } from '../../domain/access/facts.js';
import { notFound, staleVersion } from '../app-error.js';
import type { ServiceDeps, Trx } from '../ports.js';

export interface LoadedCase {
  readonly row: CaseRow;
  readonly facts: CaseFacts;
}

export const CASE = { nl: 'Casus', en: 'Case' };

export async function requireCase(trx: Trx, caseId: string): Promise<LoadedCase> {
  const loaded = await loadCaseFacts(trx, caseId);
  if (loaded === null) throw notFound(CASE);
  return loaded;
}

/**
 * Locks the case row for the rest of the transaction before anything about the case is read, so
 * two changes of one case run one after the other and each one's guards see the other's result
 * (finding M4: an accept and a reject sent together both passed their guards and left a purged
 * case in triage). A row the actor may not change is not locked; its guards refuse anyway.
 */
export async function lockCase(trx: Trx, caseId: string): Promise<void> {
  await trx.selectFrom('cases').select('id').where('id', '=', caseId).forNoKeyUpdate().execute();
}

/** `requireCase` for a change of the case: the row is locked first (`lockCase`). */
export async function requireCaseForWrite(trx: Trx, caseId: string): Promise<LoadedCase> {
  await lockCase(trx, caseId);
  return requireCase(trx, caseId);
}

export function caseKey(deps: ServiceDeps, trx: Trx, caseId: string): Promise<DataKey> {
  return loadCaseKey(trx, deps.keys, caseId);
}

/** Optimistic locking on the case row: bumps the version or throws stale_version (409). */
export async function bumpCaseVersion(trx: Trx, caseId: string, expected: number | undefined, now: Date): Promise<number> {
  let q = trx.updateTable('cases').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', caseId);
  if (expected !== undefined) q = q.where('version', '=', expected);
  const row = await q.returning('version').executeTakeFirst();
  if (row === undefined) throw staleVersion();
  return row.version;
}
