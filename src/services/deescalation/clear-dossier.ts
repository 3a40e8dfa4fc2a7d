/**
 * Clearing the dossier at de-escalation (seed 003 Bijlage 3 fase 4, row 003-107; ADR 0107): the
 * process director acting in the case removes contributions no longer needed, from any partner,
 * after the decision to de-escalate and before the dossier is archived. The contributions are
 * deleted with their take-along grants and weighings; what remains is a record per removed
 * contribution without content (whose, which category, when, by whom, the reason sealed under the
 * case key), an audit record per contribution on behalf of its contributor, and an inbox notice to
 * the professional who brought it in. All of it or nothing: one unknown id refuses the whole.
 */
import { checkDossierClearing } from '../../domain/process/contribution-control.js';
import { encryptField } from '../../crypto/field-cipher.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { AuditEntry, ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import { notify } from '../notifications/notify.js';

export const CLEARING_REASON_FIELD = 'dossier_clearing.reason';

export interface ClearDossierInput {
  readonly caseId: string;
  readonly contributionIds: readonly string[];
  readonly reason: string;
}

export async function clearDossier(deps: ServiceDeps, actor: SessionActor, input: ClearDossierInput): Promise<{ cleared: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const { facts, row: c } = loaded;
    const entry = auditEntry(deps, actor, { action: 'dossier.clear', caseId: input.caseId, purpose: 'monitoring', onBehalfOfPartnerId: c.leadPartnerId });
    enforce(entry, checkDossierClearing(caseActor(actor, facts, entry.at), c.phase));
    const ids = [...new Set(input.contributionIds)];
    const rows = await trx.selectFrom('contributions').selectAll().where('case_id', '=', input.caseId).where('id', 'in', ids).execute();
    if (rows.length !== ids.length) throw validationFailed([{ field: 'contributionIds', message: 'Kies alleen bijdragen die in dit dossier staan.', messages: { nl: 'Kies alleen bijdragen die in dit dossier staan.', en: 'Choose only contributions that are in this dossier.' } }]);
    const key = await caseKey(deps, trx, input.caseId);
    const reasonEnc = encryptField(key, CLEARING_REASON_FIELD, input.reason);
    const entries: AuditEntry[] = [];
    for (const r of rows) {
      await trx
        .insertInto('dossier_clearings')
        .values({
          case_id: input.caseId,
          collaboration_id: c.collaborationId,
          contribution_id: r.id,
          contributed_by_partner_id: r.by_partner_id,
          category: r.category,
          police: r.police,
          contributed_at: r.created_at,
          cause: 'deescalation_clearing',
          cleared_by: actor.userId,
          cleared_at: now,
          reason_enc: reasonEnc,
        })
        .execute();
      entries.push(auditEntry(deps, actor, { action: 'contribution.clear', caseId: input.caseId, contributionId: r.id, purpose: 'monitoring', onBehalfOfPartnerId: r.by_partner_id }));
    }
    // Grants and weighings about them go with them (foreign keys cascade); the Wpg art. 32 log keeps its lines.
    await trx.deleteFrom('contributions').where('case_id', '=', input.caseId).where('id', 'in', ids).execute();
    for (const r of rows) {
      await notify(deps, trx, {
        kind: 'contribution_cleared',
        collaborationId: c.collaborationId,
        userIds: [r.author_user_id],
        link: `/cases/${input.caseId}`,
        caseId: input.caseId,
        key: `cleared:${r.id}`,
        message: `Uw bijdrage (${r.category}, van ${r.created_at.toISOString().slice(0, 10)}) is bij de afschaling door de procesregisseur uit het dossier verwijderd, omdat die niet langer nodig is.`,
      });
    }
    for (const e of entries) await deps.audit.append(trx, e);
    return { cleared: rows.length };
  });
}
