/**
 * Records a notice about an incident (P17): that every partner was told, or that the Dutch DPA
 * was notified, or the motivated assessment that a DPA notification is not required.
 */
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { incidentView, loadIncident, partnerIds } from './incident-records.js';
import type { IncidentView } from './incident-records.js';

export type IncidentNotice =
  | { readonly kind: 'partners'; readonly at?: string | undefined }
  | { readonly kind: 'dpa'; readonly at?: string | undefined }
  | { readonly kind: 'dpa_not_required'; readonly motivation: string };

export async function recordIncidentNotice(deps: ServiceDeps, actor: SessionActor, id: string, notice: IncidentNotice): Promise<IncidentView> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: `incident.notice.${notice.kind}` });
    requireAbility(actor, 'incidents.track', entry);
    const row = await loadIncident(trx, actor.collaborationId, id);
    const at = notice.kind === 'dpa_not_required' ? now : new Date(notice.at ?? now.toISOString());
    if (at.getTime() > now.getTime() || at.getTime() < row.discovered_at.getTime()) {
      throw new AppError('validation_failed', { nl: 'De melding ligt vóór de ontdekking of in de toekomst.', en: 'The notice lies before the discovery or in the future.' }, { fields: [{ field: 'at', message: 'between discovery and now' }] });
    }
    const update =
      notice.kind === 'partners'
        ? { partners_notified_at: at }
        : notice.kind === 'dpa'
          ? { dpa_notified_at: at }
          : { dpa_not_required_reason: notice.motivation };
    await trx.updateTable('incidents').set((eb) => ({ ...update, version: eb('version', '+', 1) })).where('id', '=', row.id).execute();
    await deps.audit.append(trx, entry);
    return incidentView(await loadIncident(trx, actor.collaborationId, id), await partnerIds(trx, actor.collaborationId), now.getTime());
  });
}
