/**
 * Fields that take case ids outside a case's own URL (an incident's cases, for instance) accept
 * only cases of the actor's own collaboration. The check runs in the system context narrowed to
 * that collaboration, because the actor need not see every case it names (an incident can concern
 * a case the reporter does not handle); an id that does not exist and one of another
 * collaboration are refused alike, so the answer reveals nothing (13.15).
 */
import { reasonMessage } from '../../domain/access/reasons.js';
import { systemContext } from '../../store/acting-context.js';
import { refuse } from '../access-gate.js';
import type { AuditEntry, ServiceDeps, SessionActor } from '../ports.js';

/**
 * The first of `caseIds` that is not a case of the actor's collaboration, or undefined. Call it
 * before the request's own transaction (PGlite has one connection); refuse inside it with
 * `refuseForeignCase`, so the refusal is audited like any other.
 */
export async function foreignCase(deps: ServiceDeps, actor: SessionActor, caseIds: readonly string[]): Promise<string | undefined> {
  const wanted = [...new Set(caseIds)];
  if (wanted.length === 0) return undefined;
  const found = await deps.database.withTransaction(systemContext(actor.collaborationId), (trx) =>
    trx.selectFrom('cases').select('id').where('id', 'in', wanted).where('collaboration_id', '=', actor.collaborationId).execute(),
  );
  const own = new Set(found.map((r) => r.id));
  return wanted.find((id) => !own.has(id));
}

export function refuseForeignCase(entry: AuditEntry, caseId: string | undefined): void {
  if (caseId === undefined) return;
  refuse({ ...entry, caseId }, { rule: 'P2', reason: 'other_collaboration', messages: reasonMessage('other_collaboration') });
}
