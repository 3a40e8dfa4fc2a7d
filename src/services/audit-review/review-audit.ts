/**
 * The privacy officer reviews the access log (P16): filters by user, case, subject, outcome and
 * period, newest first, with keyset paging. Row-Level Security limits it to the acting
 * collaboration. The review itself is logged too.
 */
import { queryAudit } from '../../audit/query.js';
import type { AuditFilters, AuditPage } from '../../audit/query.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';

export async function reviewAudit(deps: ServiceDeps, actor: SessionActor, filters: AuditFilters): Promise<AuditPage> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'audit.review', caseId: filters.caseId ?? null, subjectId: filters.subjectId ?? null });
    requireAbility(actor, 'audit.review', entry);
    const page = await queryAudit(trx, filters);
    await deps.audit.append(trx, entry);
    return page;
  });
}
