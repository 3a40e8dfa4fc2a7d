/**
 * Following an incident up (P17; seed 002 Bijlage A art. 14.2-14.4): a told partner acknowledges
 * the notice; the privacy office records developments and measures, which reach every told
 * partner's inbox; and closes the incident with an evaluation. Each act is audited; a refusal
 * names the rule.
 */
import { randomUUID } from 'node:crypto';
import { sealFreeText } from '../../crypto/collaboration-key.js';
import { checkIncidentClose, INCIDENT_CLOSE_REFUSALS } from '../../domain/incidents/incident-follow-up.js';
import { incidentStatus } from '../../domain/incidents/incident.js';
import { privacyContacts } from '../../domain/notifications/recipients.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { NOTICE_LINKS } from '../notifications/notices.js';
import { notify, noticeUsers } from '../notifications/notify.js';
import { requireReader } from './incident-access.js';
import { loadIncident, partnerIds, toSecurityIncident } from './incident-records.js';
import { incidentDetail } from './view-incident.js';
import type { IncidentDetail } from './view-incident.js';

const CLOSED = new AppError('conflict', { nl: 'Dit incident is al afgesloten.', en: 'This incident has already been closed.' }, { rule: 'P17' });

/** The actor's partner acknowledges that it received the incident notice; its inbox item is marked read. */
export async function acknowledgeIncident(deps: ServiceDeps, actor: SessionActor, id: string): Promise<IncidentDetail> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'incident.acknowledge' });
    const row = await loadIncident(trx, deps.keys, actor.collaborationId, id);
    const partners = await partnerIds(trx, actor.collaborationId);
    const reader = requireReader(actor, row, partners, await noticeUsers(trx, actor.collaborationId), entry);
    if (row.partners_notified_at === null || !partners.includes(actor.partnerId)) {
      refuse(entry, {
        rule: 'P17',
        reason: 'incident_not_told',
        messages: { nl: 'Uw organisatie is nog niet over dit incident geïnformeerd (P17).', en: 'Your organisation has not been told of this incident yet (P17).' },
      });
    }
    const known = await trx.selectFrom('incident_acknowledgements').select('partner_id').where('incident_id', '=', id).where('partner_id', '=', actor.partnerId).executeTakeFirst();
    if (known !== undefined) throw new AppError('conflict', { nl: 'Uw organisatie heeft dit incident al bevestigd.', en: 'Your organisation has already acknowledged this incident.' }, { rule: 'P17' });
    await trx
      .insertInto('incident_acknowledgements')
      .values({ incident_id: id, collaboration_id: actor.collaborationId, partner_id: actor.partnerId, user_id: actor.userId, acknowledged_at: now })
      .execute();
    await trx.updateTable('notifications').set({ read_at: now }).where('user_id', '=', actor.userId).where('ref_id', '=', id).where('read_at', 'is', null).execute();
    await deps.audit.append(trx, entry);
    return incidentDetail(deps, trx, actor, await loadIncident(trx, deps.keys, actor.collaborationId, id), reader);
  });
}

/** A development or a measure, shared with every told partner through its inbox (art. 14.4). */
export async function recordIncidentUpdate(deps: ServiceDeps, actor: SessionActor, id: string, input: { readonly kind: 'development' | 'measure'; readonly body: string }): Promise<IncidentDetail> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: `incident.${input.kind}` });
    requireAbility(actor, 'incidents.track', entry);
    const row = await loadIncident(trx, deps.keys, actor.collaborationId, id);
    if (row.closed_at !== null) throw CLOSED;
    const updateId = randomUUID();
    const update = await trx
      .insertInto('incident_updates')
      .values({ id: updateId, incident_id: id, collaboration_id: actor.collaborationId, kind: input.kind, body_enc: sealFreeText(deps.keys, actor.collaborationId, 'incident_updates.body', updateId, input.body), recorded_at: now, recorded_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    if (row.partners_notified_at !== null) {
      const users = await noticeUsers(trx, actor.collaborationId);
      await notify(deps, trx, {
        kind: 'incident_update',
        collaborationId: actor.collaborationId,
        userIds: privacyContacts(await partnerIds(trx, actor.collaborationId), users).filter((u) => u !== actor.userId),
        link: NOTICE_LINKS.incident(id),
        refId: id,
        key: `incident_update:${update.id}`,
      });
    }
    return incidentDetail(deps, trx, actor, await loadIncident(trx, deps.keys, actor.collaborationId, id), 'office');
  });
}

/** Closes the incident with its evaluation, once the partners were told and the DPA notice is settled. */
export async function closeIncident(deps: ServiceDeps, actor: SessionActor, id: string, input: { readonly evaluation: string }): Promise<IncidentDetail> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'incident.close' });
    requireAbility(actor, 'incidents.track', entry);
    const row = await loadIncident(trx, deps.keys, actor.collaborationId, id);
    const partners = await partnerIds(trx, actor.collaborationId);
    const status = incidentStatus(toSecurityIncident(row, partners), partners, now.getTime());
    const problem = checkIncidentClose({ closed: row.closed_at !== null, status, evaluation: input.evaluation });
    if (problem === 'P17_already_closed') throw CLOSED;
    if (problem !== null) refuse(entry, { rule: 'P17', reason: problem, messages: INCIDENT_CLOSE_REFUSALS[problem] });
    await trx
      .updateTable('incidents')
      .set((eb) => ({
        closed_at: now,
        closed_by: actor.userId,
        evaluation: null,
        evaluation_enc: sealFreeText(deps.keys, actor.collaborationId, 'incidents.evaluation', id, input.evaluation),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    await deps.audit.append(trx, entry);
    return incidentDetail(deps, trx, actor, await loadIncident(trx, deps.keys, actor.collaborationId, id), 'office');
  });
}
