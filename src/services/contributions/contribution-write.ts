/**
 * The start every change of an existing contribution shares (P4): the case, the row, and the
 * domain's verdict that the actor is a designated professional of the contributing
 * organisation. Anyone else is refused, and the refusal is audited.
 */
import type { Selectable } from 'kysely';
import { checkContributorControl } from '../../domain/process/contribution-control.js';
import type { ContributionsTable } from '../../store/schema.js';
import { auditEntry } from '../access-gate.js';
import { staleVersion } from '../app-error.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import type { LoadedCase } from '../cases/case-context.js';
import { caseActor, enforce, requireContributionRow } from './case-writes.js';

export interface ContributionWrite {
  readonly loaded: LoadedCase;
  readonly row: Selectable<ContributionsTable>;
  readonly entry: AuditEntry;
}

export async function startContributionWrite(
  deps: ServiceDeps,
  trx: Trx,
  actor: SessionActor,
  target: { readonly caseId: string; readonly contributionId: string },
  action: string,
): Promise<ContributionWrite> {
  const loaded = await requireCaseForWrite(trx, target.caseId);
  const row = await requireContributionRow(trx, target.caseId, target.contributionId);
  const entry = auditEntry(deps, actor, {
    action,
    caseId: target.caseId,
    contributionId: row.id,
    legalBasisKind: (row.basis as { kind: AuditEntry['legalBasisKind'] }).kind,
    onBehalfOfPartnerId: row.by_partner_id,
  });
  enforce(entry, checkContributorControl(caseActor(actor, loaded.facts, entry.at), row.by_partner_id, row.withdrawn_at !== null));
  return { loaded, row, entry };
}

/** Optimistic locking on the contribution: bumps its version or throws stale_version (409). */
export async function bumpContributionVersion(trx: Trx, id: string, expected: number | undefined, now: Date): Promise<number> {
  let q = trx.updateTable('contributions').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', id);
  if (expected !== undefined) q = q.where('version', '=', expected);
  const row = await q.returning('version').executeTakeFirst();
  if (row === undefined) throw staleVersion();
  return row.version;
}
