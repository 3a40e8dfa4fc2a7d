/**
 * Support staff of a case (rows 003-52, 004-R05): the process director acting in the case (or
 * their substitute) assigns an ondersteuner / managementassistent of the collaboration, who then
 * acts in the case as staff (the access engine's relation for `case_staff`), and may end the
 * assignment. Both are audited; the assignment is a `case_staff` row with role `support`.
 */
import { checkSupportAssignment, checkSupportRemoval, mayChangeSupport, SUPPORT_REFUSALS } from '../../domain/process/support-assignment.js';
import type { SupportRefusal } from '../../domain/process/support-assignment.js';
import type { Role } from '../../domain/model.js';
import { auditEntry, domainActor, refuse, withActor } from '../access-gate.js';
import type { AuditEntry, ServiceDeps, SessionActor } from '../ports.js';
import { validationFailed } from '../app-error.js';
import { requireCase, requireCaseForWrite } from './case-context.js';
import { substitutionsAt } from '../../domain/access/decide.js';
import type { CaseFacts } from '../../domain/access/facts.js';

export interface SupportStaffView {
  readonly assigned: readonly { readonly userId: string; readonly name: string }[];
  /** Support users of the collaboration who are not assigned (offered only to who may assign). */
  readonly candidates: readonly { readonly userId: string; readonly name: string }[];
  /** Whether this user may assign and remove support staff here. */
  readonly mayChange: boolean;
}

function enforce(entry: AuditEntry, refusal: SupportRefusal | null): void {
  if (refusal === null) return;
  const r = SUPPORT_REFUSALS[refusal];
  if (r.field !== null) {
    throw validationFailed([{ field: r.field, message: r.nl, messages: { nl: r.nl, en: r.en } }]);
  }
  refuse(entry, { rule: r.rule, reason: refusal, messages: { nl: r.nl, en: r.en } });
}

/** ADR 0116: a change made through a substitution names the absent person in the audit. */
function actingFor(actor: SessionActor, facts: CaseFacts, now: Date): string | null {
  const d = domainActor(actor);
  if (facts.processDirectors.has(actor.userId) || (facts.allDirectorsSeeAll && actor.role === 'process_director')) return null;
  return substitutionsAt(d, facts, now.getTime()).find((a) => facts.processDirectors.has(a)) ?? null;
}

export async function listSupportStaff(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<SupportStaffView> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    const now = deps.now();
    const mayChange = mayChangeSupport(domainActor(actor), loaded.facts, now.getTime()) === null;
    const users = await trx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('collaboration_id', '=', loaded.row.collaborationId)
      .where('role', '=', 'support')
      .where('active', '=', true)
      .orderBy('display_name')
      .execute();
    const assignedIds = loaded.facts.support;
    const names = new Map(users.map((u) => [u.id, u.display_name]));
    return {
      assigned: [...assignedIds].map((id) => ({ userId: id, name: names.get(id) ?? '' })),
      candidates: mayChange ? users.filter((u) => !assignedIds.has(u.id)).map((u) => ({ userId: u.id, name: u.display_name })) : [],
      mayChange,
    };
  });
}

export async function assignSupport(deps: ServiceDeps, actor: SessionActor, caseId: string, userId: string): Promise<{ assigned: true }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, caseId);
    const entry = auditEntry(deps, actor, { action: 'case.support.assign', caseId, targetUserId: userId, targetRole: 'support', onBehalfOfPartnerId: loaded.facts.leadPartner, onBehalfOfUserId: actingFor(actor, loaded.facts, now) });
    const u = await trx.selectFrom('users').select(['id', 'collaboration_id', 'role', 'active']).where('id', '=', userId).where('collaboration_id', '=', loaded.row.collaborationId).executeTakeFirst();
    const candidate = u === undefined ? null : { userId: u.id, collaborationId: u.collaboration_id, role: u.role as Role, active: u.active };
    enforce(entry, checkSupportAssignment(domainActor(actor), loaded.facts, candidate, now.getTime()));
    await trx
      .insertInto('case_staff')
      .values({ case_id: caseId, collaboration_id: loaded.row.collaborationId, user_id: userId, role: 'support', assigned_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'user_id', 'role']).doUpdateSet({ ended_at: null, assigned_at: now }))
      .execute();
    await deps.audit.append(trx, entry);
    return { assigned: true };
  });
}

export async function removeSupport(deps: ServiceDeps, actor: SessionActor, caseId: string, userId: string): Promise<{ removed: true }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, caseId);
    const entry = auditEntry(deps, actor, { action: 'case.support.end', caseId, targetUserId: userId, targetRole: 'support', onBehalfOfPartnerId: loaded.facts.leadPartner, onBehalfOfUserId: actingFor(actor, loaded.facts, now) });
    enforce(entry, checkSupportRemoval(domainActor(actor), loaded.facts, userId, now.getTime()));
    await trx.updateTable('case_staff').set({ ended_at: now }).where('case_id', '=', caseId).where('user_id', '=', userId).where('role', '=', 'support').where('ended_at', 'is', null).execute();
    await deps.audit.append(trx, entry);
    return { removed: true };
  });
}
