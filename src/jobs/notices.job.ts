/**
 * The notices job (§7): every reminder the reminders job recorded and nobody was told of yet goes
 * to the inbox (and e-mail) of the people it concerns, and is marked sent; the owners of plan
 * actions that are due soon or overdue are told too — by the reminders job's action reminders
 * (a week ahead) and, should that job not have run, three days ahead here, under one key so that
 * each owner hears of each action once per state. Runs after the reminders job; idempotent (each
 * notice has its key, each reminder is sent once).
 */
import type { ReminderConcerns, ReminderKind } from '../domain/reporting/reminders.js';
import { reminderConcerns } from '../domain/reporting/reminder-audience.js';
import { planActionNotices } from '../domain/notifications/plan-actions-due.js';
import type { Role } from '../domain/model.js';
import type { NoticeUser } from '../domain/notifications/recipients.js';
import { NOTICE_LINKS, reminderLink } from '../services/notifications/notices.js';

export { reminderLink };
import { notify } from '../services/notifications/notify.js';
import type { Trx } from '../services/ports.js';
import type { JobDefinition } from './job-runner.js';

export interface NoticeCounts {
  readonly [key: string]: number;
  readonly reminders: number;
  readonly planActions: number;
  readonly notified: number;
}

/** An action reminder is told as the plan-action notice, under its key, so nobody hears of it twice. */
const ACTION_NOTICE: Readonly<Partial<Record<ReminderKind, 'plan_action_due' | 'plan_action_overdue'>>> = { action_due: 'plan_action_due', action_overdue: 'plan_action_overdue' };

async function usersByCollaboration(trx: Trx): Promise<Map<string, NoticeUser[]>> {
  const rows = await trx.selectFrom('users').select(['id', 'collaboration_id', 'partner_id', 'role', 'active']).execute();
  const out = new Map<string, NoticeUser[]>();
  for (const r of rows) {
    const list = out.get(r.collaboration_id) ?? [];
    list.push({ id: r.id, partnerId: r.partner_id, role: r.role as Role, active: r.active });
    out.set(r.collaboration_id, list);
  }
  return out;
}

async function designatedIn(trx: Trx, caseId: string, partnerId: string): Promise<string[]> {
  const rows = await trx.selectFrom('involvement').select('user_id').where('case_id', '=', caseId).where('partner_id', '=', partnerId).where('ended_at', 'is', null).execute();
  return rows.map((r) => r.user_id);
}

export const noticesJob: JobDefinition<NoticeCounts> = {
  name: 'notices',
  description: 'Tell the people concerned of new reminders and of plan actions due soon or overdue (inbox and e-mail).',
  async run({ deps, trx, now, dryRun, progress }) {
    const users = await usersByCollaboration(trx);
    const reminders = await trx.selectFrom('reminders').selectAll().where('sent_at', 'is', null).where('done_at', 'is', null).orderBy('due_at').execute();
    const actions = await trx
      .selectFrom('plan_actions')
      .innerJoin('cases', 'cases.id', 'plan_actions.case_id')
      .select(['plan_actions.id', 'plan_actions.case_id', 'plan_actions.collaboration_id', 'plan_actions.meeting_id', 'plan_actions.owner_partner_id', 'plan_actions.owner_user_id', 'plan_actions.due_at'])
      .where('plan_actions.status', '=', 'open')
      .where('plan_actions.restricted_at', 'is', null)
      .where('plan_actions.erased_at', 'is', null)
      .where('plan_actions.due_at', 'is not', null)
      .where('cases.phase', 'in', ['rto', 'monitoring', 'deescalation1'])
      .execute();
    const caseIds = [...new Set(actions.map((a) => a.case_id))];
    const designations = caseIds.length === 0 ? [] : await trx.selectFrom('involvement').select(['case_id', 'partner_id', 'user_id']).where('case_id', 'in', caseIds).where('ended_at', 'is', null).execute();
    const due = planActionNotices(
      actions.map((a) => ({ id: a.id, caseId: a.case_id, meetingId: a.meeting_id, ownerPartnerId: a.owner_partner_id, ownerUserId: a.owner_user_id, dueAt: a.due_at?.getTime() ?? null })),
      (caseId, partnerId) => designations.filter((d) => d.case_id === caseId && d.partner_id === partnerId).map((d) => d.user_id),
      now.getTime(),
    );
    progress(0, reminders.length + due.length);
    if (dryRun) return { reminders: reminders.length, planActions: due.length, notified: 0 };
    let notified = 0;
    for (const r of reminders) {
      const asAction = ACTION_NOTICE[r.kind as ReminderKind];
      if (asAction !== undefined) {
        // The owner, or without one the owning partner's professionals designated in the case.
        const to = r.for_user_id !== null ? [r.for_user_id] : r.case_id === null || r.for_partner_id === null ? [] : await designatedIn(trx, r.case_id, r.for_partner_id);
        const action = await trx.selectFrom('plan_actions').select(['meeting_id']).where('id', '=', r.ref_id ?? '').executeTakeFirst();
        const result = await notify(deps, trx, {
          kind: asAction,
          collaborationId: r.collaboration_id,
          userIds: to,
          link: action === undefined || action.meeting_id === null || r.case_id === null ? `/cases/${r.case_id ?? ''}` : NOTICE_LINKS.actionList(r.case_id, action.meeting_id),
          caseId: r.case_id,
          refId: r.ref_id,
          dueAt: r.due_at,
          key: `${asAction}:${r.ref_id ?? ''}:${r.due_at.getTime()}`,
        });
        notified += result.users;
        await trx.updateTable('reminders').set({ sent_at: now }).where('id', '=', r.id).execute();
        continue;
      }
      const concerns: ReminderConcerns = {
        ...(r.for_role === null ? {} : { role: r.for_role as Role }),
        ...(r.for_user_id === null ? {} : { userId: r.for_user_id }),
        ...(r.for_partner_id === null ? {} : { partnerId: r.for_partner_id }),
      };
      const to = (users.get(r.collaboration_id) ?? []).filter((u) => u.active && reminderConcerns(concerns, { userId: u.id, role: u.role, partnerId: u.partnerId }));
      const kind = r.kind as ReminderKind;
      const result = await notify(deps, trx, {
        kind: `reminder.${kind}`,
        collaborationId: r.collaboration_id,
        userIds: to.map((u) => u.id),
        link: reminderLink(kind, r.case_id, r.ref_id),
        caseId: r.case_id,
        refId: r.ref_id,
        dueAt: r.due_at,
        key: `reminder:${r.dedupe_key}`,
      });
      notified += result.users;
      await trx.updateTable('reminders').set({ sent_at: now }).where('id', '=', r.id).execute();
    }
    for (const n of due) {
      const collaborationId = actions.find((a) => a.id === n.action.id)?.collaboration_id ?? '';
      const result = await notify(deps, trx, {
        kind: n.kind,
        collaborationId,
        userIds: n.to,
        link: n.action.meetingId === null ? `/cases/${n.action.caseId}` : NOTICE_LINKS.actionList(n.action.caseId, n.action.meetingId),
        caseId: n.action.caseId,
        refId: n.action.id,
        dueAt: n.action.dueAt === null ? null : new Date(n.action.dueAt),
        key: `${n.kind}:${n.action.id}:${n.action.dueAt ?? ''}`,
      });
      notified += result.users;
    }
    progress(reminders.length + due.length, reminders.length + due.length);
    return { reminders: reminders.length, planActions: due.length, notified };
  },
};
