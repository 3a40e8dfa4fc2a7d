/**
 * The in-app inbox of the signed-in user (§7): its notifications, newest first, and marking them
 * read. Row-Level Security lets a user read and mark only its own; nothing here reads case content
 * (a notification holds its kind, opaque ids and the in-app path to open).
 */
import { withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';

export interface InboxNotification {
  readonly id: string;
  readonly kind: string;
  readonly caseId: string | null;
  readonly link: string;
  readonly dueAt: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
  /** A short message for this recipient (e.g. the advice on a signal not picked up). */
  readonly message: string | null;
}

export interface Inbox {
  readonly unread: number;
  readonly notifications: readonly InboxNotification[];
}

/** The most recent notifications shown (older ones stay in the table). */
export const INBOX_LIMIT = 200;

export async function myInbox(deps: ServiceDeps, actor: SessionActor): Promise<Inbox> {
  return withActor(deps, actor, async (trx) => {
    const rows = await trx
      .selectFrom('notifications')
      .leftJoin('notice_messages', 'notice_messages.dedupe_key', 'notifications.dedupe_key')
      .selectAll('notifications')
      .select('notice_messages.message')
      .where('notifications.user_id', '=', actor.userId)
      .where('notifications.collaboration_id', '=', actor.collaborationId)
      .orderBy('notifications.created_at', 'desc')
      .orderBy('notifications.id')
      .limit(INBOX_LIMIT)
      .execute();
    const unread = await trx
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', actor.userId)
      .where('collaboration_id', '=', actor.collaborationId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      unread: Number(unread.n),
      notifications: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        caseId: r.case_id,
        link: r.link,
        dueAt: r.due_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
        message: r.message,
      })),
    };
  });
}

/** Marks one notification read (or all, without an id); returns how many changed. */
export async function markRead(deps: ServiceDeps, actor: SessionActor, id?: string): Promise<{ marked: number }> {
  return withActor(deps, actor, async (trx) => {
    let q = trx
      .updateTable('notifications')
      .set({ read_at: deps.now() })
      .where('user_id', '=', actor.userId)
      .where('collaboration_id', '=', actor.collaborationId)
      .where('read_at', 'is', null);
    if (id !== undefined) {
      const found = await trx.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
      if (found === undefined) throw notFound({ nl: 'Bericht', en: 'Notification' });
      q = q.where('id', '=', id);
    }
    const result = await q.executeTakeFirst();
    return { marked: Number(result.numUpdatedRows) };
  });
}
