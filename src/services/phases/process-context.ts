/**
 * What every step of the work process loads inside its request's transaction: the case (404 when
 * the actor may not know it), the collaboration's configuration, the case key when the actor can
 * reach it, and the guards' snapshot. Also the small shared helpers: the acting process actor,
 * turning a guard's refusal into an audited 403, and the staff check for process work.
 */
import type { DataKey } from '../../crypto/case-keys.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { CaseState } from '../../domain/process/case-state.js';
import type { ProcessActor } from '../../domain/process/phase-machine.js';
import { reasonMessage, refuse as processRefusal } from '../../domain/process/reasons.js';
import type { Refusal } from '../../domain/process/reasons.js';
import { loadCaseKey } from '../../crypto/case-keys.js';
import { loadCaseState } from '../../store/repositories/case-state.repository.js';
import { domainActor, refuse } from '../access-gate.js';
import { actsAsStaff, staffSubstituteFor } from '../../domain/access/decide.js';
import { staleVersion } from '../app-error.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireCase, requireCaseForWrite } from '../cases/case-context.js';
import type { LoadedCase } from '../cases/case-context.js';

export interface ProcessContext extends LoadedCase {
  readonly config: CollaborationConfig;
  readonly state: CaseState;
  /** Undefined when the key is shredded or the actor's role cannot reach it (RLS). */
  readonly key: DataKey | undefined;
}

/** The case key, or undefined when it is gone or hidden from this actor. */
export async function optionalCaseKey(deps: ServiceDeps, trx: Trx, caseId: string): Promise<DataKey | undefined> {
  const exists = await trx.selectFrom('case_keys').select('case_id').where('case_id', '=', caseId).executeTakeFirst();
  return exists === undefined ? undefined : loadCaseKey(trx, deps.keys, caseId);
}

/**
 * Loads the process snapshot of a case. For a step that changes the case (the default) the case
 * row is locked first, so concurrent steps of one case are decided one after the other (M4);
 * `{ forWrite: false }` for reads such as the available transitions.
 */
export async function loadProcess(
  deps: ServiceDeps,
  trx: Trx,
  caseId: string,
  options: { readonly forWrite?: boolean; readonly version?: number | undefined } = {},
): Promise<ProcessContext> {
  const loaded = await ((options.forWrite ?? true) ? requireCaseForWrite(trx, caseId) : requireCase(trx, caseId));
  // The version the client saw: a change made meanwhile is a 409 before any guard is asked.
  if (options.version !== undefined && loaded.row.version !== options.version) throw staleVersion();
  const config = await deps.collaborationConfig(trx, loaded.row.collaborationId);
  const key = await optionalCaseKey(deps, trx, caseId);
  const state = await loadCaseState(trx, caseId, config, key === undefined ? {} : { key });
  return { ...loaded, config, state, key };
}

export function processActor(actor: SessionActor): ProcessActor {
  return { userId: actor.userId, role: actor.role };
}

/** Throws a process guard's refusal as an audited 403 naming its rule. */
export function refuseProcess(entry: AuditEntry, refusal: Refusal): never {
  refuse(entry, { rule: refusal.rule, reason: refusal.reason, messages: reasonMessage(refusal.reason) });
}

/**
 * Process work (meetings, invitations, the record) is done by the staff acting in the case: its own
 * staff, or the substitute of one during the absence (ADR 0116). Returns the audit entry to record,
 * naming the absent person when the actor stands in through a substitution.
 */
export function requireStaff(entry: AuditEntry, ctx: LoadedCase, actor: SessionActor): AuditEntry {
  const staff = actsAsStaff(domainActor(actor), ctx.facts, entry.at.getTime());
  if (!staff || (actor.role !== 'process_director' && actor.role !== 'support')) refuseProcess(entry, processRefusal('actor_not_process_director'));
  const absent = staffSubstituteFor(domainActor(actor), ctx.facts, entry.at.getTime());
  return absent === null ? entry : { ...entry, onBehalfOfUserId: absent };
}
