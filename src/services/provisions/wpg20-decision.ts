/**
 * The status of each police partner's art. 20 Wpg decision (ADR 0190; seed 002 art. 20 Wpg
 * decision §9, Bijlage A art. 10.4): everyone in the collaboration reads it, with its history;
 * a user of the police partner itself records that the police chief suspended, changed or
 * withdrew the decision, or put it (back) in force. Each change is audited. While the decision is
 * not in force, the contribution and read paths refuse police data (domain/process/wpg20-decision.ts,
 * domain/access/decide.ts).
 */
import { checkWpg20InForce, checkWpg20StatusChange, currentWpg20Status, providesUnderWpg20 } from '../../domain/process/wpg20-decision.js';
import type { Wpg20DecisionStatus } from '../../domain/process/wpg20-decision.js';
import type { LegalBasisKind } from '../../domain/model.js';
import { reasonMessage } from '../../domain/process/reasons.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { notFound } from '../app-error.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';

export interface Wpg20StatusView {
  readonly status: Wpg20DecisionStatus;
  readonly reason: string;
  readonly decisionReference: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string | null;
}

export interface Wpg20DecisionView {
  readonly partnerId: string;
  readonly partnerName: string;
  /** The decision as the configuration names it. */
  readonly decision: string;
  readonly status: Wpg20DecisionStatus;
  /** The recorded changes, newest first; empty: in force since the collaboration began. */
  readonly history: readonly Wpg20StatusView[];
}

export interface Wpg20StatusInput {
  readonly partnerId: string;
  readonly status: Wpg20DecisionStatus;
  readonly reason: string;
  readonly decisionReference?: string | undefined;
}

const DECISION = { nl: 'Art. 20 Wpg-beslissing', en: 'Art. 20 Wpg decision' };

/** The recorded statuses of a partner's decision, oldest first. */
async function recorded(trx: Trx, partnerId: string): Promise<Wpg20DecisionStatus[]> {
  const rows = await trx.selectFrom('wpg20_decision_events').select('status').where('partner_id', '=', partnerId).orderBy('seq').execute();
  return rows.map((r) => r.status);
}

/**
 * P9 (ADR 0190): a new item of police data, or one on the art. 20 basis, from `partnerId` is
 * refused (audited) while its art. 20 Wpg decision is suspended or withdrawn.
 */
export async function enforceWpg20InForce(trx: Trx, entry: AuditEntry, partnerId: string, policeData: boolean, basis: LegalBasisKind | undefined): Promise<void> {
  const provision = providesUnderWpg20(policeData, basis);
  if (!provision) return;
  const result = checkWpg20InForce(currentWpg20Status(await recorded(trx, partnerId)), provision);
  if (!result.ok) refuse(entry, { rule: result.rule, reason: result.reason, messages: reasonMessage(result.reason) });
}

/** The police partners whose catalogue names an art. 20 Wpg decision, with its status and history. */
export function listWpg20Decisions(deps: ServiceDeps, actor: SessionActor): Promise<Wpg20DecisionView[]> {
  return withActor(deps, actor, async (trx) => {
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const holders = config.partners.filter((p) => p.legalBasisCatalogue.some((e) => e.kind === 'wpg20'));
    if (holders.length === 0) return [];
    const partners = await trx
      .selectFrom('partners')
      .select(['id', 'slug', 'name'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('slug', 'in', holders.map((h) => h.id))
      .execute();
    const out: Wpg20DecisionView[] = [];
    for (const p of partners) {
      const entry = holders.find((h) => h.id === p.slug)?.legalBasisCatalogue.find((e) => e.kind === 'wpg20');
      const rows = await trx
        .selectFrom('wpg20_decision_events as e')
        .leftJoin('users as u', 'u.id', 'e.recorded_by')
        .select(['e.status', 'e.reason', 'e.decision_reference', 'e.recorded_at', 'u.display_name'])
        .where('e.partner_id', '=', p.id)
        .orderBy('e.seq', 'desc')
        .execute();
      out.push({
        partnerId: p.id,
        partnerName: p.name,
        decision: entry?.description ?? entry?.law ?? 'art. 20 Wpg',
        status: currentWpg20Status(rows.map((r) => r.status).reverse()),
        history: rows.map((r) => ({ status: r.status, reason: r.reason, decisionReference: r.decision_reference, recordedAt: r.recorded_at.toISOString(), recordedBy: r.display_name })),
      });
    }
    return out;
  });
}

/** A police user records what its chief decided: suspended, changed, withdrawn, or in force again. */
export function recordWpg20Status(deps: ServiceDeps, actor: SessionActor, input: Wpg20StatusInput): Promise<{ readonly status: Wpg20DecisionStatus; readonly recordedAt: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: `wpg20_decision.${input.status}`, legalBasisKind: 'wpg20', onBehalfOfPartnerId: input.partnerId });
    const partner = await trx.selectFrom('partners').select(['id', 'slug']).where('collaboration_id', '=', actor.collaborationId).where('id', '=', input.partnerId).executeTakeFirst();
    if (partner === undefined) throw notFound(DECISION);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const holdsDecision = config.partners.some((p) => p.id === partner.slug && p.legalBasisCatalogue.some((e) => e.kind === 'wpg20'));
    const current = currentWpg20Status(await recorded(trx, partner.id));
    const result = checkWpg20StatusChange({ actorPartnerId: actor.partnerId, decisionPartnerId: partner.id, holdsDecision, current, next: input.status, reason: input.reason, decisionReference: input.decisionReference });
    if (!result.ok) refuse(entry, { rule: result.rule, reason: result.reason, messages: reasonMessage(result.reason) });
    await trx
      .insertInto('wpg20_decision_events')
      .values({
        collaboration_id: actor.collaborationId,
        partner_id: partner.id,
        status: input.status,
        reason: input.reason.trim(),
        decision_reference: input.decisionReference?.trim() || null,
        recorded_by: actor.userId,
        recorded_at: now,
      })
      .execute();
    await deps.audit.append(trx, entry);
    return { status: input.status, recordedAt: now.toISOString() };
  });
}
