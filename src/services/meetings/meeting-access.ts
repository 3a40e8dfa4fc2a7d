/**
 * Shared by the meeting use-cases: finding a meeting of a case, and deciding a case-level read
 * (preparation, record, action list) with the access engine's case relation: staff, the
 * registrant in screening and triage, invited participants and the case director in the meeting
 * phases (§4a). Every allowed read is audited; a refusal names its rule.
 */
import { caseRelation } from '../../domain/access/decide.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import { deny, reasonMessage } from '../../domain/access/reasons.js';
import type { Purpose } from '../../domain/model.js';
import type { Selectable } from 'kysely';
import type { MeetingsTable } from '../../store/schema.js';
import { auditEntry, domainActor, refuse } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import type { LoadedCase } from '../cases/case-context.js';

export const MEETING = { nl: 'Overleg', en: 'Meeting' };

export async function requireMeeting(trx: Trx, caseId: string, meetingId: string): Promise<Selectable<MeetingsTable>> {
  const m = await trx.selectFrom('meetings').selectAll().where('id', '=', meetingId).where('case_id', '=', caseId).executeTakeFirst();
  if (m === undefined) throw notFound(MEETING);
  return m;
}

/**
 * Decides and audits a case-level read for the purpose of the current phase. A read of one
 * meeting names it (`meetingId`, NEN 7513: which record was read; finding M9).
 */
export async function gateCaseRead(deps: ServiceDeps, trx: Trx, actor: SessionActor, loaded: LoadedCase, auditAction: string, meetingId?: string): Promise<Purpose> {
  const purpose = defaultPurpose(loaded.facts.phase);
  const entry = auditEntry(deps, actor, { action: auditAction, caseId: loaded.row.id, purpose, onBehalfOfPartnerId: loaded.facts.leadPartner, meetingId: meetingId ?? null });
  const now = deps.now().getTime();
  // A closed phase has no reading purpose: the engine names the retention rule (P12, P13).
  const denial = purpose === null ? (caseRelation(domainActor(actor), loaded.facts, 'monitoring', now) ?? deny('archived_admin_set_only')) : caseRelation(domainActor(actor), loaded.facts, purpose, now);
  if (denial !== null || purpose === null) {
    const d = denial ?? deny('archived_admin_set_only');
    refuse(entry, { rule: d.rule, reason: d.reason, messages: reasonMessage(d.reason) });
  }
  await deps.audit.append(trx, entry);
  return purpose;
}
