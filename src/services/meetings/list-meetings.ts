/**
 * The meetings of one case as the reader may see them (§3.3): the first RTO and its follow-ups in
 * monitoring, with their status, when they were held and whether the action list was sent. The
 * read is decided by the access engine's case relation and audited (`gateCaseRead`); it names
 * no person, only dates, status and counts.
 */
import { followUpMeetingIds } from '../../domain/process/follow-up.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { gateCaseRead } from './meeting-access.js';

export interface CaseMeetingItem {
  readonly id: string;
  readonly tableId: string;
  readonly scheduledAt: string;
  readonly status: string;
  readonly heldAt: string | null;
  /** A follow-up RTO: a meeting prepared after an earlier meeting of the case was held. */
  readonly followUp: boolean;
  readonly actionListSentAt: string | null;
  readonly invitations: number;
  readonly actions: number;
}

export async function listCaseMeetings(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<CaseMeetingItem[]> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    await gateCaseRead(deps, trx, actor, loaded, 'meeting.list');
    const [meetings, invitations, actions] = await Promise.all([
      trx.selectFrom('meetings').selectAll().where('case_id', '=', caseId).orderBy('scheduled_at').orderBy('created_at').orderBy('id').execute(),
      trx.selectFrom('meeting_invitations').select('meeting_id').where('case_id', '=', caseId).execute(),
      trx.selectFrom('plan_actions').select('meeting_id').where('case_id', '=', caseId).where('status', '!=', 'cancelled').where('restricted_at', 'is', null).where('erased_at', 'is', null).execute(),
    ]);
    const followUps = followUpMeetingIds(meetings.map((m) => ({ id: m.id, createdAt: m.created_at.toISOString(), status: m.status })));
    return meetings.map((m) => ({
      id: m.id,
      tableId: m.table_id,
      scheduledAt: m.scheduled_at.toISOString(),
      status: m.status,
      heldAt: m.held_at?.toISOString() ?? null,
      followUp: followUps.has(m.id),
      actionListSentAt: m.action_list_sent_at?.toISOString() ?? null,
      invitations: invitations.filter((i) => i.meeting_id === m.id).length,
      actions: actions.filter((a) => a.meeting_id === m.id).length,
    }));
  });
}
