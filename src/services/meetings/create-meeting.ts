/**
 * Prepares an RTO meeting (§3.2): the staff of the case set the date, the table and the
 * preparation (goal, themes, decisions to take, how the subject is involved, care agreements),
 * stored encrypted under the case key. Only while the case is in triage, an RTO or monitoring.
 */
import { randomUUID } from 'node:crypto';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import { sealPreparation } from './meeting-preparation.js';
import type { PreparationInput } from './meeting-preparation.js';

export interface CreateMeetingInput {
  readonly scheduledAt: string;
  /** Defaults to the case's table. */
  readonly tableId?: string | undefined;
  readonly preparation: PreparationInput;
}

export interface CreatedMeeting {
  readonly id: string;
  readonly version: number;
}

export async function createMeeting(deps: ServiceDeps, actor: SessionActor, caseId: string, input: CreateMeetingInput): Promise<CreatedMeeting> {
  return withActor(deps, actor, (trx) => prepareMeetingIn(deps, trx, actor, caseId, input));
}

/**
 * Prepares the meeting inside the caller's transaction: a session's agenda item is this same case
 * discussion, created together with the item (ADR 0050).
 */
export async function prepareMeetingIn(deps: ServiceDeps, trx: Trx, actor: SessionActor, caseId: string, input: CreateMeetingInput, sessionId: string | null = null): Promise<CreatedMeeting> {
  const now = deps.now();
  const ctx = await loadProcess(deps, trx, caseId);
  const entry = requireStaff(auditEntry(deps, actor, { action: 'meeting.create', caseId, purpose: 'rto', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
  if (!['triage', 'rto', 'monitoring', 'deescalation1'].includes(ctx.state.phase)) refuseProcess(entry, processRefusal('transition_not_allowed'));
  const tableId = input.tableId ?? ctx.row.tableId;
  if (!ctx.config.tables.some((t) => t.id === tableId)) throw validationFailed([{ field: 'tableId', message: 'unknown table of this collaboration' }]);
  if (ctx.key === undefined) throw validationFailed([{ field: 'caseId', message: 'the case has no key (deleted)' }]);
  const id = randomUUID();
  await trx
    .insertInto('meetings')
    .values({
      id,
      case_id: caseId,
      collaboration_id: ctx.row.collaborationId,
      table_id: tableId,
      scheduled_at: new Date(input.scheduledAt),
      preparation_enc: sealPreparation(ctx.key, input.preparation),
      session_id: sessionId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await deps.audit.append(trx, { ...entry, meetingId: id });
  return { id, version: 1 };
}
