/**
 * Tells users that something waits for them (§7): a notification in each one's in-app inbox and,
 * when e-mail is configured, a message in the outbox, both written in the caller's transaction
 * (the notice exists exactly when the action it reports happened). The e-mail holds no personal
 * data: the domain builds it from the notice's kind and the collaboration's name only, with a
 * link to the inbox. Delivery happens later, by the job runner (jobs/mail-outbox.job.ts), so an
 * SMTP server that is down never fails the action.
 *
 * Writes go without RETURNING or ON CONFLICT: a user may notify a colleague whose inbox it cannot
 * read (Row-Level Security checks an upsert's rows against the reading policy too). A notice's key
 * is unique per event (an invitation's id, the moment a list was sent); keys already written are
 * left out first, which is what makes the jobs' repeated runs write each notice once (the system
 * context reads every key).
 */
import { randomUUID } from 'node:crypto';
import type { NoticeKind } from '../../domain/notifications/notice.js';
import { noticeMail } from '../../domain/notifications/notice.js';
import type { NoticeUser } from '../../domain/notifications/recipients.js';
import { markDesignated } from '../../domain/notifications/partner-delegates.js';
import type { PartnerDesignation } from '../../domain/notifications/partner-delegates.js';
import type { Role } from '../../domain/model.js';
import type { ServiceDeps, Trx } from '../ports.js';

export interface Notice {
  readonly kind: NoticeKind;
  readonly collaborationId: string;
  readonly userIds: readonly string[];
  /** The in-app path the notification opens (ids only). */
  readonly link: string;
  readonly caseId?: string | null;
  readonly refId?: string | null;
  readonly dueAt?: Date | null;
  /** Unique per event; each user's notification is keyed `<key>:<userId>`. */
  readonly key: string;
  /** A short message for the recipient in the inbox (e.g. the advice on a signal); never in the e-mail. */
  readonly message?: string | null;
  /** An iCalendar invitation for the e-mail (meetings), without personal data. */
  readonly ical?: string | null;
  /**
   * The download path of the document the notice is about (ids only, e.g. an action list): the
   * e-mail links to it, never attaches it — the download passes the access gate per reader.
   */
  readonly documentPath?: string | null;
}

export interface NoticeResult {
  readonly users: number;
  readonly mails: number;
}

/** The inbox address in e-mails: the web interface's inbox screen. */
export const inboxUrl = (publicUrl: string): string => `${publicUrl.replace(/\/+$/, '')}/inbox`;

export async function notify(deps: ServiceDeps, trx: Trx, notice: Notice): Promise<NoticeResult> {
  const ids = [...new Set(notice.userIds)];
  if (ids.length === 0) return { users: 0, mails: 0 };
  const users = await trx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('collaboration_id', '=', notice.collaborationId)
    .where('active', '=', true)
    .where('id', 'in', ids)
    .execute();
  const keyOf = (userId: string): string => `${notice.key}:${userId}`;
  const known = new Set(
    (await trx.selectFrom('notifications').select('dedupe_key').where('dedupe_key', 'in', users.map((u) => keyOf(u.id))).execute()).map((r) => r.dedupe_key),
  );
  const fresh = users.filter((u) => !known.has(keyOf(u.id)));
  if (fresh.length === 0) return { users: 0, mails: 0 };
  const now = deps.now();
  await trx
    .insertInto('notifications')
    .values(
      fresh.map((u) => ({
        id: randomUUID(),
        collaboration_id: notice.collaborationId,
        user_id: u.id,
        kind: notice.kind,
        case_id: notice.caseId ?? null,
        ref_id: notice.refId ?? null,
        link: notice.link,
        due_at: notice.dueAt ?? null,
        created_at: now,
        dedupe_key: keyOf(u.id),
      })),
    )
    .execute();
  const text = notice.message ?? null;
  if (text !== null && text.trim() !== '') {
    await trx
      .insertInto('notice_messages')
      .values(fresh.map((u) => ({ dedupe_key: keyOf(u.id), collaboration_id: notice.collaborationId, user_id: u.id, message: text, created_at: now })))
      .execute();
  }
  const mail = deps.mail;
  const addressed = fresh.filter((u): u is { id: string; email: string } => u.email !== null && u.email.includes('@'));
  if (mail === undefined || addressed.length === 0) return { users: fresh.length, mails: 0 };
  const collaboration = await trx.selectFrom('collaborations').select('name').where('id', '=', notice.collaborationId).executeTakeFirstOrThrow();
  const base = mail.publicUrl.replace(/\/+$/, '');
  const documentPath = notice.documentPath ?? null;
  const message = noticeMail(notice.kind, collaboration.name, inboxUrl(mail.publicUrl), documentPath === null ? undefined : `${base}${documentPath}`);
  await trx
    .insertInto('mail_outbox')
    .values(
      addressed.map((u) => ({
        collaboration_id: notice.collaborationId,
        user_id: u.id,
        kind: notice.kind,
        to_address: u.email,
        subject: message.subject,
        body_text: message.text,
        ical: notice.ical ?? null,
        next_attempt_at: now,
        created_at: now,
        dedupe_key: keyOf(u.id),
      })),
    )
    .execute();
  mail.kick?.();
  return { users: fresh.length, mails: addressed.length };
}

/** The designation in force per partner: its latest (partner-delegates.ts, migration 470). */
export async function currentDesignations(trx: Trx, collaborationId: string): Promise<PartnerDesignation[]> {
  const rows = await trx.selectFrom('partner_delegates').select(['partner_id', 'user_ids', 'designated_at']).where('collaboration_id', '=', collaborationId).orderBy('created_at').execute();
  const latest = new Map<string, readonly string[]>();
  for (const r of rows) latest.set(r.partner_id, r.user_ids);
  return [...latest].map(([partnerId, userIds]) => ({ partnerId, userIds }));
}

/** The collaboration's users as the recipient rules need them (recipients.ts), with whom each partner designated to speak for it. */
export async function noticeUsers(trx: Trx, collaborationId: string): Promise<NoticeUser[]> {
  const rows = await trx.selectFrom('users').select(['id', 'partner_id', 'role', 'active']).where('collaboration_id', '=', collaborationId).execute();
  const users = rows.map((r) => ({ id: r.id, partnerId: r.partner_id, role: r.role as Role, active: r.active }));
  return markDesignated(users, await currentDesignations(trx, collaborationId));
}
