/**
 * Delivers the e-mail outbox (§7). A server process claims a batch of due messages in a short
 * transaction (`FOR UPDATE SKIP LOCKED`: rows another process holds are skipped, so no message
 * is claimed twice), sends them outside any transaction, and records each outcome. A message the
 * SMTP server refused or could not take waits and is tried again later (domain/notifications/
 * delivery.ts); after the last attempt it is marked failed for the admin to see. A process that
 * dies between claiming and recording leaves a claim whose lease runs out; then another process
 * takes it up (the Message-ID stays the outbox id, so a repeat is recognisable).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAttempt, describeMailError, MAIL_CLAIM_LEASE_MS } from '../domain/notifications/delivery.js';
import type { MailSender } from '../mail/smtp.js';
import type { ServiceDeps } from '../services/ports.js';
import { systemContext } from '../store/acting-context.js';

export interface DeliveryCounts {
  readonly claimed: number;
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

export interface DeliveryOptions {
  /** Who claims (a process's own id); default: a fresh one per call. */
  readonly worker?: string;
  /** Messages per claim. */
  readonly batch?: number;
}

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  ical: string | null;
  attempts: number;
}

/** Claims due messages: waiting ones whose time came, and claims whose lease ran out. */
async function claim(deps: ServiceDeps, worker: string, batch: number): Promise<Claimed[]> {
  return deps.database.withTransaction(systemContext(), async (trx) => {
    const now = deps.now();
    const until = new Date(now.getTime() + MAIL_CLAIM_LEASE_MS);
    const result = await sql<Claimed>`
      UPDATE mail_outbox SET status = 'sending', claimed_by = ${worker}, claimed_until = ${until},
        attempts = attempts + 1, last_attempt_at = ${now}
      WHERE id IN (
        SELECT id FROM mail_outbox
        WHERE (status = 'pending' AND next_attempt_at <= ${now}) OR (status = 'sending' AND claimed_until < ${now})
        ORDER BY next_attempt_at, id
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, to_address, subject, body_text, ical, attempts`.execute(trx);
    return result.rows;
  });
}

async function settle(deps: ServiceDeps, worker: string, m: Claimed, error: unknown): Promise<'sent' | 'pending' | 'failed'> {
  const now = deps.now();
  const outcome = afterAttempt(error === null, m.attempts, now.getTime());
  await deps.database.withTransaction(systemContext(), async (trx) => {
    const q = trx.updateTable('mail_outbox').where('id', '=', m.id).where('claimed_by', '=', worker);
    if (outcome.status === 'sent') {
      await q.set({ status: 'sent', sent_at: now, claimed_by: null, claimed_until: null, last_error: null }).execute();
      return;
    }
    const lastError = describeMailError(error as { code?: string; responseCode?: number; message?: string });
    await q
      .set({
        status: outcome.status,
        claimed_by: null,
        claimed_until: null,
        last_error: lastError === '' ? 'onbekende fout / unknown error' : lastError,
        ...(outcome.status === 'pending' ? { next_attempt_at: new Date(outcome.nextAttemptAt) } : {}),
      })
      .execute();
  });
  return outcome.status;
}

/** Delivers what is due now, batch after batch, until nothing due is left. */
export async function deliverOutbox(deps: ServiceDeps, sender: MailSender, options: DeliveryOptions = {}): Promise<DeliveryCounts> {
  const worker = options.worker ?? randomUUID();
  const batch = options.batch ?? 20;
  const counts = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const claimed = await claim(deps, worker, batch);
    if (claimed.length === 0) return counts;
    counts.claimed += claimed.length;
    for (const m of claimed) {
      let error: unknown = null;
      try {
        await sender.send({ id: m.id, to: m.to_address, subject: m.subject, text: m.body_text, ical: m.ical });
      } catch (e) {
        error = e ?? new Error('send failed');
      }
      const status = await settle(deps, worker, m, error);
      if (status === 'sent') counts.sent++;
      else if (status === 'failed') counts.failed++;
      else counts.retrying++;
    }
    if (claimed.length < batch) return counts;
  }
}

export interface MailLoop {
  /** Look at the outbox soon (debounced). */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * The in-process delivery loop: every `everyMs` (and shortly after a kick), one `deliverOutbox`
 * at a time. Unref'd timers: it never keeps the process alive.
 */
export function startMailLoop(deps: ServiceDeps, sender: MailSender, everyMs: number, log: (message: string) => void): MailLoop {
  const worker = randomUUID();
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let again = false;
  let stopped = false;
  let soon: NodeJS.Timeout | null = null;
  const run = (): void => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    running = deliverOutbox(deps, sender, { worker })
      .catch((error: unknown) => log(`e-mail outbox: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        busy = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    kick() {
      if (stopped || soon !== null) return;
      soon = setTimeout(() => {
        soon = null;
        run();
      }, 200);
      soon.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (soon !== null) clearTimeout(soon);
      await running.catch(() => undefined);
      sender.close();
    },
  };
}
