/**
 * The e-mail outbox as the functional administrator sees it (§7): how many messages wait, were
 * sent or failed, and the ones not (yet) delivered with their attempts and last error, so a
 * failing SMTP server is visible; a failed message can be sent again. The admin sees the address
 * and the kind, never more: the messages themselves hold no personal data of subjects.
 */
import { auditEntry, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';

export interface OutboxMessage {
  readonly id: string;
  readonly kind: string;
  readonly toAddress: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly lastAttemptAt: string | null;
  readonly nextAttemptAt: string;
  readonly createdAt: string;
}

export interface OutboxStatus {
  /** Whether e-mail is configured (SMTP_URL). */
  readonly enabled: boolean;
  readonly counts: { readonly pending: number; readonly sending: number; readonly sent: number; readonly failed: number };
  /** Messages not delivered yet or given up, the oldest first. */
  readonly undelivered: readonly OutboxMessage[];
}

export async function outboxStatus(deps: ServiceDeps, actor: SessionActor): Promise<OutboxStatus> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'mail_outbox.read' });
    requireAbility(actor, 'users.manage', entry);
    const counts = await trx
      .selectFrom('mail_outbox')
      .select((eb) => ['status', eb.fn.countAll<string>().as('n')])
      .where('collaboration_id', '=', actor.collaborationId)
      .groupBy('status')
      .execute();
    const rows = await trx
      .selectFrom('mail_outbox')
      .select(['id', 'kind', 'to_address', 'status', 'attempts', 'last_error', 'last_attempt_at', 'next_attempt_at', 'created_at'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('status', '<>', 'sent')
      .orderBy('created_at')
      .limit(200)
      .execute();
    const n = (s: string): number => Number(counts.find((c) => c.status === s)?.n ?? 0);
    return {
      enabled: deps.mail !== undefined,
      counts: { pending: n('pending'), sending: n('sending'), sent: n('sent'), failed: n('failed') },
      undelivered: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        toAddress: r.to_address,
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
        lastAttemptAt: r.last_attempt_at?.toISOString() ?? null,
        nextAttemptAt: r.next_attempt_at.toISOString(),
        createdAt: r.created_at.toISOString(),
      })),
    };
  });
}

/** Puts a failed (or waiting) message back in line to be tried at once. */
export async function retryOutboxMessage(deps: ServiceDeps, actor: SessionActor, id: string): Promise<{ id: string; status: 'pending' }> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'mail_outbox.retry' });
    requireAbility(actor, 'users.manage', entry);
    const updated = await trx
      .updateTable('mail_outbox')
      .set({ status: 'pending', next_attempt_at: deps.now(), attempts: 0, claimed_by: null, claimed_until: null })
      .where('id', '=', id)
      .where('collaboration_id', '=', actor.collaborationId)
      .where('status', 'in', ['failed', 'pending'])
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound({ nl: 'Onverzonden bericht', en: 'Undelivered message' });
    await deps.audit.append(trx, entry);
    deps.mail?.kick?.();
    return { id, status: 'pending' };
  });
}
