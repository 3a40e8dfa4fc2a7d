/**
 * What the write use-cases of a case share: the actor as the write checks see it, the guards'
 * snapshot with the case key, and turning a domain refusal into an audited 403.
 */
import type { CaseFacts } from '../../domain/access/facts.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { CaseState } from '../../domain/process/case-state.js';
import type { CaseActor, ControlResult } from '../../domain/process/contribution-control.js';
import { controlMessage } from '../../domain/process/contribution-control.js';
import type { GuardResult } from '../../domain/process/reasons.js';
import { reasonMessage } from '../../domain/process/reasons.js';
import { checkPoliceData, isPoliceData } from '../../domain/process/police-data.js';
import type { DataKey } from '../../crypto/case-keys.js';
import { loadCaseState } from '../../store/repositories/case-state.repository.js';
import { regimesOf } from '../../store/repositories/partner-row.js';
import { domainActor, refuse } from '../access-gate.js';
import { actsAsStaff, substitutionsAt } from '../../domain/access/decide.js';
import { notFound } from '../app-error.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { caseKey } from '../cases/case-context.js';
import type { LoadedCase } from '../cases/case-context.js';

/**
 * The actor's standing in the case for a write guard: staff acting in it, or designated by its
 * partner. At `now`, also through a substitution running then (ADR 0116): the substitute stands
 * where the absent person stands.
 */
export function caseActor(actor: SessionActor, facts: CaseFacts, now?: Date): CaseActor {
  const d = domainActor(actor);
  const absents = now === undefined ? [] : substitutionsAt(d, facts, now.getTime());
  const designatedUser = (userId: string): boolean => facts.involved.get(actor.partnerId)?.has(userId) === true;
  const staff = now === undefined ? actsAsStaff(d, facts, Number.NEGATIVE_INFINITY) : actsAsStaff(d, facts, now.getTime());
  return { partnerId: actor.partnerId, role: actor.role, staff, designated: designatedUser(actor.userId) || absents.some(designatedUser) };
}

/**
 * P9 by the partner's legal regimes (ADR 0086, 0099): data marked as police data is stored only from
 * a partner that processes under the Wpg; anyone else's mark is refused, audited, and nothing
 * stored. Returns whether the data is police data: what a partner under the Wpg alone brings in
 * always is, whatever its professional ticked.
 */
export async function enforcePoliceData(trx: Trx, entry: AuditEntry, partnerId: string, marked: boolean): Promise<boolean> {
  const row = await trx.selectFrom('partners').select('legal_regimes').where('id', '=', partnerId).executeTakeFirst();
  const regimes = regimesOf(row);
  enforceGuard(entry, checkPoliceData(regimes, marked));
  return isPoliceData(regimes, marked);
}

/** Throws an audited refusal when a write check refuses. */
export function enforce(entry: AuditEntry, result: ControlResult): void {
  if (!result.ok) refuse(entry, { rule: result.rule, reason: result.reason, messages: controlMessage(result.reason) });
}

/** Throws an audited refusal when a process guard refuses. */
export function enforceGuard(entry: AuditEntry, result: GuardResult): void {
  if (!result.ok) refuse(entry, { rule: result.rule, reason: result.reason, messages: reasonMessage(result.reason) });
}

export interface CaseStateContext {
  readonly config: CollaborationConfig;
  readonly key: DataKey;
  readonly state: CaseState;
}

export async function loadStateContext(deps: ServiceDeps, trx: Trx, loaded: LoadedCase): Promise<CaseStateContext> {
  const config = await deps.collaborationConfig(trx, loaded.row.collaborationId);
  const key = await caseKey(deps, trx, loaded.row.id);
  const state = await loadCaseState(trx, loaded.row.id, config, { key });
  return { config, key, state };
}

export const CONTRIBUTION = { nl: 'Bijdrage', en: 'Contribution' };

/** The contribution row of this case, or 404 (also when RLS hides it). */
export async function requireContributionRow(trx: Trx, caseId: string, id: string) {
  const row = await trx.selectFrom('contributions').selectAll().where('id', '=', id).where('case_id', '=', caseId).executeTakeFirst();
  if (row === undefined) throw notFound(CONTRIBUTION);
  return row;
}
