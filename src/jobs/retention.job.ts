/**
 * The retention job (P12, P13): for every collaboration, the schedule over the case histories;
 * due archive steps are taken, due deletions crypto-shred the case, and reminders for
 * approaching steps, exception re-assessments (capped at the policy's limit) and informing the
 * subject of a deletion are recorded.
 */
import type { CollaborationId } from '../domain/model.js';
import { remindersDue } from '../domain/reporting/reminders.js';
import { retentionPolicyOf } from '../domain/retention/policy.js';
import type { RetentionPolicy } from '../domain/retention/policy.js';
import { scheduleSweep } from '../domain/retention/schedule.js';
import type { ServiceDeps, Trx } from '../services/ports.js';
import { loadCaseHistories } from './case-histories.js';
import { archiveCase, deleteCaseData } from './case-cleanup.js';
import type { JobDefinition } from './job-runner.js';
import { storeReminders } from './store-reminders.js';
import { removeExpiredPoliceData } from './police-data-retention.js';
import { noticeSignalOutcome } from '../services/notifications/notices.js';

export interface RetentionCounts {
  readonly [key: string]: number;
  readonly cases: number;
  readonly archived: number;
  readonly deleted: number;
  readonly reminders: number;
  readonly withoutPolicy: number;
  /** Items of police data removed at the end of their own retention (ADR 0108). */
  readonly policeData: number;
}

export async function loadRetentionPolicies(deps: ServiceDeps, trx: Trx): Promise<Map<CollaborationId, RetentionPolicy>> {
  const policies = new Map<CollaborationId, RetentionPolicy>();
  for (const c of await trx.selectFrom('collaborations').select('id').orderBy('slug').execute()) {
    policies.set(c.id, retentionPolicyOf(await deps.collaborationConfig(trx, c.id)));
  }
  return policies;
}

/** A signal nobody picked up ends like a rejection, and its registrant is told so it can inform the household (seed 004 Bijlage 3 stap 3). */
async function closeUnpickedSignal(deps: ServiceDeps, trx: Trx, caseId: string, now: Date): Promise<void> {
  const c = await trx
    .updateTable('cases')
    .set({ phase: 'rejected', screening_outcome: 'rejected', closed_at: now, phase_changed_at: now })
    .where('id', '=', caseId)
    .returning(['collaboration_id', 'registrant_user_id'])
    .executeTakeFirstOrThrow();
  await noticeSignalOutcome(deps, trx, { collaborationId: c.collaboration_id, caseId, registrantUserId: c.registrant_user_id, outcome: 'not_picked_up', advice: null });
}

export const retentionJob: JobDefinition<RetentionCounts> = {
  name: 'retention',
  description: 'Archive and delete cases whose retention period ended (P12, P13); remove police data past its own retention; record retention reminders.',
  async run({ deps, trx, now, dryRun, progress }) {
    const policies = await loadRetentionPolicies(deps, trx);
    const histories = await loadCaseHistories(trx);
    const sweep = scheduleSweep(histories, policies, now.getTime());
    const steps = sweep.actions.filter((a) => a.kind === 'archive' || a.kind === 'delete');
    let archived = 0;
    let deleted = 0;
    progress(0, steps.length);
    for (const [i, a] of steps.entries()) {
      if (a.kind === 'archive') {
        if (dryRun || (await archiveCase(deps, trx, a.caseId, now))) archived++;
      } else if (dryRun || (await deleteCaseData(deps, trx, a.caseId, a.step === null ? 'P12' : 'P13', now))) {
        deleted++;
        if (!dryRun && a.reason === 'not_picked_up') await closeUnpickedSignal(deps, trx, a.caseId, now);
      }
      progress(i + 1, steps.length);
    }
    const policeData = await removeExpiredPoliceData(deps, trx, policies, now, dryRun);
    let reminders = 0;
    if (!dryRun) {
      const after = await loadCaseHistories(trx);
      const collaborationOfCase = new Map(after.map((h) => [h.caseId, h.collaborationId]));
      const due = remindersDue({ postponements: [], rightsRequests: [], incidents: [], retention: { cases: after, policies } }, now.getTime()).filter(
        (r) => r.kind !== 'retention_step' || r.dueAt > now.getTime(),
      );
      reminders = await storeReminders(trx, due, (r) => (r.caseId === undefined ? undefined : collaborationOfCase.get(r.caseId)), now);
    }
    return { cases: histories.length, archived, deleted, reminders, withoutPolicy: sweep.withoutPolicy.length, policeData };
  },
};
