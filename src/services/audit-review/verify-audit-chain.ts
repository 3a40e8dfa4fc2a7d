/**
 * Verifies the hash chain of the access log (P16): tamper-evident means someone checks. The
 * chain runs over the whole installation and its head is readable by no application role, so
 * once the actor's role (privacy officer or admin) was checked the walk runs on the owner
 * connection, as the sealer does, in one transaction that also records the check. The answer
 * holds positions and a problem code only, never a record's content.
 */
import { verifyAudit } from '../../audit/verify.js';
import type { AuditVerification } from '../../audit/verify.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { mayDo, refuseAbility } from '../governance/role-guard.js';

export async function verifyAuditChain(deps: ServiceDeps, actor: SessionActor): Promise<AuditVerification & { readonly verifiedAt: string }> {
  const entry = auditEntry(deps, actor, { action: 'audit.verify' });
  if (!mayDo(actor, 'audit.verify')) return withActor(deps, actor, () => Promise.resolve(refuseAbility('audit.verify', entry)));
  return deps.database.db.transaction().execute(async (trx) => {
    const result = await verifyAudit(trx);
    await deps.audit.append(trx, { ...entry, outcome: 'allow', rule: result.ok ? null : `P16_${result.problem}` });
    return { ...result, verifiedAt: entry.at.toISOString() };
  });
}
