/**
 * Nijmegen step 5 (seed 004 Bijlage 3): the case is picked up by a partner. Until then nothing is
 * stored in the system (the contribution guard refuses, P12); if it is never picked up, the
 * rejection removes what the registration left. The record goes into `cases.closing_criteria`
 * as `{ pickup }` (see case-state.repository).
 */
import { isActiveMember } from '../../domain/membership/active.js';
import { findPartner } from '../../domain/process/case-state.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import type { PickupRecord } from '../../domain/process/records.js';
import type { CaseClosingColumn } from '../../store/repositories/case-state.repository.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { bumpCaseVersion } from '../cases/case-context.js';
import { loadProcess, refuseProcess, requireStaff } from './process-context.js';
import { noticeSignalOutcome } from '../notifications/notices.js';

export interface PickupInput {
  readonly partnerId: string;
  readonly version?: number | undefined;
}

export async function recordPickup(deps: ServiceDeps, actor: SessionActor, caseId: string, input: PickupInput): Promise<{ pickup: PickupRecord; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId, { version: input.version });
    const entry = requireStaff(auditEntry(deps, actor, { action: 'case.pickup', caseId, onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
    if (!ctx.config.process.storeOnlyAfterPickup) {
      throw new AppError('conflict', { nl: 'Dit samenwerkingsverband legt geen oppakken vast.', en: 'This collaboration does not record a pickup.' });
    }
    if (ctx.state.phase !== 'screening' && ctx.state.phase !== 'triage') refuseProcess(entry, processRefusal('transition_not_allowed'));
    const partner = findPartner(ctx.state, input.partnerId);
    if (partner === undefined || !isActiveMember(partner, now.getTime())) refuseProcess(entry, processRefusal('pickup_partner_not_active'));
    const pickup: PickupRecord = { pickedUpAt: now.toISOString(), byPartner: input.partnerId, by: actor.userId };
    const current = await trx.selectFrom('cases').select('closing_criteria').where('id', '=', caseId).executeTakeFirstOrThrow();
    const column = (typeof current.closing_criteria === 'object' && current.closing_criteria !== null ? current.closing_criteria : {}) as CaseClosingColumn;
    const version = await bumpCaseVersion(trx, caseId, input.version, now);
    const c = await trx.updateTable('cases').set({ closing_criteria: JSON.stringify({ ...column, pickup }) }).where('id', '=', caseId).returning('registrant_user_id').executeTakeFirstOrThrow();
    await noticeSignalOutcome(deps, trx, { collaborationId: ctx.row.collaborationId, caseId, registrantUserId: c.registrant_user_id, outcome: 'picked_up', advice: null });
    await deps.audit.append(trx, entry);
    return { pickup, version };
  });
}
