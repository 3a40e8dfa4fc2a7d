/**
 * The action list of a meeting (§3.3, §7): each action of the plan with its owner partner, due
 * date and status, for those who may see the meeting; decrypted and audited.
 */
import { addDays } from '../../domain/time/date-math.js';
import { ACTION_LIST_DUE_DAYS } from '../../domain/process/meeting.js';
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { gateCaseRead, requireMeeting } from './meeting-access.js';
import { PLAN_ACTION_FIELD } from './save-meeting-record.js';

export interface ActionListItem {
  readonly id: string;
  readonly description: string;
  readonly ownerPartnerId: string;
  readonly ownerPartnerName: string;
  readonly ownerUserId: string | null;
  readonly lifeDomain: string | null;
  readonly dueAt: string | null;
  readonly status: string;
  readonly doneAt: string | null;
  readonly version: number;
}

export interface ActionList {
  readonly meetingId: string;
  readonly heldAt: string | null;
  /** The process director sends the list within a week of the meeting. */
  readonly sendBy: string | null;
  readonly sentAt: string | null;
  /** What the monitoring after this meeting is for (seed 003 Fase 3, 003-92); null when not recorded. */
  readonly monitoringPurpose: string | null;
  /** How many contributions this meeting kept for monitoring; null: no choice recorded (every release stays). */
  readonly monitoringKept: number | null;
  readonly actions: readonly ActionListItem[];
}

export async function getActionList(deps: ServiceDeps, actor: SessionActor, caseId: string, meetingId: string): Promise<ActionList> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    await gateCaseRead(deps, trx, actor, loaded, 'meeting.action_list.read', meetingId);
    const m = await requireMeeting(trx, caseId, meetingId);
    const key = await optionalCaseKey(deps, trx, caseId);
    const rows = await trx
      .selectFrom('plan_actions')
      .innerJoin('partners', 'partners.id', 'plan_actions.owner_partner_id')
      .selectAll('plan_actions')
      .select('partners.name as partner_name')
      .where('plan_actions.meeting_id', '=', meetingId)
      .where('plan_actions.restricted_at', 'is', null)
      .where('plan_actions.erased_at', 'is', null)
      .orderBy('plan_actions.due_at')
      .orderBy('plan_actions.id')
      .execute();
    const record = key === undefined || m.record_enc === null ? null : (decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as { monitoringPurpose?: string });
    return {
      meetingId,
      heldAt: m.held_at?.toISOString() ?? null,
      sendBy: m.held_at === null ? null : new Date(addDays(m.held_at.getTime(), ACTION_LIST_DUE_DAYS)).toISOString(),
      sentAt: m.action_list_sent_at?.toISOString() ?? null,
      monitoringPurpose: record?.monitoringPurpose ?? null,
      monitoringKept: m.monitoring_kept === null ? null : m.monitoring_kept.length,
      actions: rows.map((a) => ({
        id: a.id,
        description: key === undefined ? '' : decryptField(key, PLAN_ACTION_FIELD, a.description_enc),
        ownerPartnerId: a.owner_partner_id,
        ownerPartnerName: a.partner_name,
        ownerUserId: a.owner_user_id,
        lifeDomain: a.life_domain,
        dueAt: a.due_at?.toISOString() ?? null,
        status: a.status,
        doneAt: a.done_at?.toISOString() ?? null,
        version: a.version,
      })),
    };
  });
}
