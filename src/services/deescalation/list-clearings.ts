/**
 * What was removed from the dossier (seed 003 Bijlage 3 fase 4; ADR 0107): per removed
 * contribution whose it was, which category, whether police data, when it was contributed and
 * removed, by whom, why (opened with the case key) and by what cause (the clearing at
 * de-escalation or the police data's own retention). No content: that is gone. For the staff
 * acting in the case only (`checkStaff`); the read is audited, a refusal too.
 */
import { checkStaff } from '../../domain/process/contribution-control.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCase } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import { CLEARING_REASON_FIELD } from './clear-dossier.js';

export interface ClearingItem {
  readonly id: string;
  readonly contributionId: string;
  readonly contributedByPartnerId: string;
  readonly category: string;
  readonly police: boolean;
  readonly contributedAt: string;
  readonly cause: 'deescalation_clearing' | 'police_data_retention';
  readonly clearedBy: string | null;
  readonly clearedByName: string | null;
  readonly clearedAt: string;
  readonly reason: string | null;
}

export async function listClearings(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<ClearingItem[]> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    const entry = auditEntry(deps, actor, { action: 'dossier.clearings.list', caseId, purpose: 'monitoring', onBehalfOfPartnerId: loaded.row.leadPartnerId });
    enforce(entry, checkStaff(caseActor(actor, loaded.facts, entry.at)));
    const rows = await trx
      .selectFrom('dossier_clearings as d')
      .leftJoin('users as u', 'u.id', 'd.cleared_by')
      .select(['d.id', 'd.contribution_id', 'd.contributed_by_partner_id', 'd.category', 'd.police', 'd.contributed_at', 'd.cause', 'd.cleared_by', 'd.cleared_at', 'd.reason_enc', 'u.display_name'])
      .where('d.case_id', '=', caseId)
      .orderBy('d.cleared_at')
      .orderBy('d.id')
      .execute();
    const key = rows.some((r) => r.reason_enc !== null) ? await caseKey(deps, trx, caseId) : null;
    await deps.audit.append(trx, entry);
    return rows.map((r) => ({
      id: r.id,
      contributionId: r.contribution_id,
      contributedByPartnerId: r.contributed_by_partner_id,
      category: r.category,
      police: r.police,
      contributedAt: r.contributed_at.toISOString(),
      cause: r.cause,
      clearedBy: r.cleared_by,
      clearedByName: r.display_name ?? null,
      clearedAt: r.cleared_at.toISOString(),
      reason: key === null || r.reason_enc === null ? null : decryptField(key, CLEARING_REASON_FIELD, r.reason_enc),
    }));
  });
}
