/**
 * Records a notice about an incident (P17): that every partner was told, or that the Dutch DPA
 * was notified, or the motivated assessment that a DPA notification is not required. The partner
 * notice without an earlier moment (`at`) is sent now: every partner's privacy contacts get it in
 * their inbox and by e-mail, and the sending is the recorded moment. With `at`, a notice given
 * outside the system is recorded.
 */
import { sealFreeText } from '../../crypto/collaboration-key.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { incidentView, loadIncident, partnerIds } from './incident-records.js';
import { sendIncidentNotice } from '../notifications/notices.js';
import type { IncidentView } from './incident-records.js';

export type IncidentNotice =
  | { readonly kind: 'partners'; readonly at?: string | undefined }
  | { readonly kind: 'dpa'; readonly at?: string | undefined }
  | { readonly kind: 'dpa_not_required'; readonly motivation: string };

export interface IncidentNoticeResult extends IncidentView {
  /** When the partner notice was sent now: how many people were told, and partners no notice reached. */
  readonly sent?: { readonly users: number; readonly mails: number; readonly untoldPartners: readonly string[] };
}

export async function recordIncidentNotice(deps: ServiceDeps, actor: SessionActor, id: string, notice: IncidentNotice): Promise<IncidentNoticeResult> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: `incident.notice.${notice.kind}` });
    requireAbility(actor, 'incidents.track', entry);
    const row = await loadIncident(trx, deps.keys, actor.collaborationId, id);
    const at = notice.kind === 'dpa_not_required' ? now : new Date(notice.at ?? now.toISOString());
    if (at.getTime() > now.getTime() || at.getTime() < row.discovered_at.getTime()) {
      throw new AppError('validation_failed', { nl: 'De melding ligt vóór de ontdekking of in de toekomst.', en: 'The notice lies before the discovery or in the future.' }, { fields: [{ field: 'at', message: 'between discovery and now' }] });
    }
    const update =
      notice.kind === 'partners'
        ? { partners_notified_at: at }
        : notice.kind === 'dpa'
          ? { dpa_notified_at: at }
          : { dpa_not_required_reason: null, dpa_not_required_reason_enc: sealFreeText(deps.keys, actor.collaborationId, 'incidents.dpa_not_required_reason', row.id, notice.motivation) };
    await trx.updateTable('incidents').set((eb) => ({ ...update, version: eb('version', '+', 1) })).where('id', '=', row.id).execute();
    await deps.audit.append(trx, entry);
    const partners = await partnerIds(trx, actor.collaborationId);
    const view = incidentView(await loadIncident(trx, deps.keys, actor.collaborationId, id), partners, now.getTime());
    if (notice.kind !== 'partners' || notice.at !== undefined) return view;
    const sent = await sendIncidentNotice(deps, trx, { collaborationId: actor.collaborationId, incidentId: row.id, partners, sentAt: now });
    return { ...view, sent: { users: sent.users, mails: sent.mails, untoldPartners: sent.untold } };
  });
}
