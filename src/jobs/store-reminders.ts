/**
 * Writes due reminders as rows of `reminders`, once each: the dedupe key names the kind, what it
 * is about and its deadline, so re-running a job adds nothing and a new deadline (a new
 * exception, an extension) gives a new reminder.
 */
import type { Reminder } from '../domain/reporting/reminders.js';
import type { Trx } from '../services/ports.js';

/**
 * A session reminder (follow-up, evaluation) is one per person for the same meeting or case, so
 * its key names the person too.
 */
export const reminderKey = (r: Reminder): string =>
  `${r.kind}:${r.refId}:${new Date(r.dueAt).toISOString()}${PER_PERSON.has(r.kind) && r.concerns.userId !== undefined ? `:${r.concerns.userId}` : ''}`;

const PER_PERSON: ReadonlySet<string> = new Set(['follow_up', 'evaluation_due']);

/** Returns how many reminders were new. `collaborationOf` maps a reminder to its collaboration. */
export async function storeReminders(trx: Trx, reminders: readonly Reminder[], collaborationOf: (r: Reminder) => string | undefined, now: Date): Promise<number> {
  let added = 0;
  for (const r of reminders) {
    const collaborationId = collaborationOf(r);
    if (collaborationId === undefined) continue;
    const row = await trx
      .insertInto('reminders')
      .values({
        collaboration_id: collaborationId,
        kind: r.kind,
        case_id: r.caseId ?? null,
        ref_id: r.refId,
        for_user_id: r.concerns.userId ?? null,
        for_partner_id: r.concerns.partnerId ?? null,
        for_role: r.concerns.role ?? null,
        due_at: new Date(r.dueAt),
        dedupe_key: reminderKey(r),
        created_at: now,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row !== undefined) added++;
  }
  return added;
}
