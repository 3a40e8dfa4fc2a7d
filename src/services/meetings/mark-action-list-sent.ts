/**
 * Records that the process director sent the action list (§3.3: within a week of the meeting).
 * A list sent late is still recorded, and the answer says it was late.
 */
import { ACTION_LIST_DUE_DAYS } from '../../domain/process/meeting.js';
import { addDays } from '../../domain/time/date-math.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { requireStaff } from '../phases/process-context.js';
import { requireMeeting } from './meeting-access.js';
import { sendActionList } from '../notifications/notices.js';

export interface ActionListSent {
  /** How many participants were sent the action list (inbox, and e-mail where configured). */
  readonly recipients: number;
  readonly sentAt: string;
  readonly withinWeek: boolean;
}

export async function markActionListSent(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string): Promise<ActionListSent> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, caseId);
    const entry = requireStaff(auditEntry(deps, actor, { action: 'meeting.action_list.sent', caseId, meetingId, onBehalfOfPartnerId: loaded.facts.leadPartner }), loaded, actor);
    const m = await requireMeeting(trx, caseId, meetingId);
    if (m.record_enc === null || m.held_at === null) {
      throw new AppError('conflict', { nl: 'Er is nog geen verslag van een gehouden overleg.', en: 'There is no record of a held meeting yet.' });
    }
    await trx.updateTable('meetings').set((eb) => ({ action_list_sent_at: now, updated_at: now, version: eb('version', '+', 1) })).where('id', '=', meetingId).execute();
    await deps.audit.append(trx, entry);
    const sent = await sendActionList(deps, trx, { collaborationId: actor.collaborationId, caseId, meetingId, sentAt: now });
    return { recipients: sent.users, sentAt: now.toISOString(), withinWeek: now.getTime() <= addDays(m.held_at.getTime(), ACTION_LIST_DUE_DAYS) };
  });
}
