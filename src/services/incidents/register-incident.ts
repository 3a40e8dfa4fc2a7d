/**
 * Registers a security incident (P17) with the moment of discovery: partners must be told within
 * 24 hours of it, the Dutch DPA within 72 hours (tracked). The summary holds no personal data;
 * cases are named by opaque id only.
 */
import { randomUUID } from 'node:crypto';
import { sealFreeText } from '../../crypto/collaboration-key.js';
import { DPA_NOTICE_HOURS, PARTNER_NOTICE_HOURS, validateIncident } from '../../domain/incidents/incident.js';
import { addHours } from '../../domain/time/date-math.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { foreignCase, refuseForeignCase } from '../cases/own-cases.js';
import { incidentView, loadIncident, partnerIds } from './incident-records.js';
import { noticeIncidentRegistered } from '../notifications/notices.js';
import type { IncidentView } from './incident-records.js';

export interface RegisterIncidentInput {
  readonly discoveredAt: string;
  readonly summary: string;
  readonly severity: 'low' | 'high' | 'unknown';
  readonly caseIds: readonly string[];
}

const REFUSALS = {
  P17_discovered_in_future: 'the discovery cannot lie in the future',
  P17_discovered_after_registration: 'the discovery cannot lie after the registration',
} as const;

export async function registerIncident(deps: ServiceDeps, actor: SessionActor, input: RegisterIncidentInput): Promise<IncidentView> {
  const foreign = await foreignCase(deps, actor, input.caseIds);
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'incident.register' });
    requireAbility(actor, 'incidents.register', entry);
    refuseForeignCase(entry, foreign);
    const discoveredAt = new Date(input.discoveredAt).getTime();
    const problem = validateIncident({ discoveredAt, registeredAt: now.getTime() }, now.getTime());
    if (problem !== null) throw validationFailed([{ field: 'discoveredAt', message: `${REFUSALS[problem]} (${problem})` }]);
    const id = randomUUID();
    const row = await trx
      .insertInto('incidents')
      .values({
        id,
        collaboration_id: actor.collaborationId,
        discovered_at: new Date(discoveredAt),
        registered_at: now,
        registered_by: actor.userId,
        summary_enc: sealFreeText(deps.keys, actor.collaborationId, 'incidents.summary', id, input.summary),
        severity: input.severity,
        case_ids: JSON.stringify(input.caseIds),
        dpa_notification_due_at: new Date(addHours(discoveredAt, DPA_NOTICE_HOURS)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    await noticeIncidentRegistered(deps, trx, { collaborationId: actor.collaborationId, incidentId: row.id, partnerDueAt: new Date(addHours(discoveredAt, PARTNER_NOTICE_HOURS)) });
    return incidentView(await loadIncident(trx, deps.keys, actor.collaborationId, row.id), await partnerIds(trx, actor.collaborationId), now.getTime());
  });
}
