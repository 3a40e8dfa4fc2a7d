/**
 * The history of decisions that ended a partner's membership other than by ordinary notice (P1,
 * migration 440): the steering group's exclusions (ADR 0201), withdrawals on an unacceptable
 * amendment (ADR 0200) and immediate terminations with every partner's consent (seed 000 art.
 * 13.2). Read by the administrator, who records them, and the manager; newest first, audited.
 */
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from './role-guard.js';

export interface MembershipDecisionView {
  readonly id: string;
  readonly partnerId: string;
  readonly partnerName: string;
  readonly kind: 'exclusion' | 'withdrawal_on_amendment' | 'immediate_termination';
  readonly decidedAt: string;
  readonly effectiveAt: string;
  readonly reason: string;
  /** Exclusion: the votes and the notice of default; withdrawal: the amendment; termination: the consenting partners. */
  readonly votes: { readonly for: number; readonly against: number } | null;
  readonly noticeOfDefault: { readonly givenAt: string; readonly reference: string | null } | null;
  readonly amendment: { readonly title: string; readonly takesEffectAt: string } | null;
  readonly consents: readonly string[];
  readonly recordedByName: string;
}

interface Detail {
  readonly votes?: { readonly for: number; readonly against: number };
  readonly noticeOfDefault?: { readonly givenAt: string; readonly reference: string | null } | null;
  readonly amendment?: { readonly title: string; readonly takesEffectAt: string };
  readonly consents?: readonly string[];
}

function detailOf(raw: unknown): Detail {
  const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return typeof value === 'object' && value !== null ? (value) : {};
}

export async function listMembershipDecisions(deps: ServiceDeps, actor: SessionActor): Promise<MembershipDecisionView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.membership_decisions' });
    requireAbility(actor, 'partners.membership_history', entry);
    const rows = await trx
      .selectFrom('membership_decisions as d')
      .innerJoin('partners as p', 'p.id', 'd.partner_id')
      .leftJoin('users as u', 'u.id', 'd.recorded_by')
      .select(['d.id', 'd.partner_id', 'p.name as partner_name', 'd.kind', 'd.decided_at', 'd.effective_at', 'd.reason', 'd.detail', 'u.display_name as recorded_by_name'])
      .where('d.collaboration_id', '=', actor.collaborationId)
      .orderBy('d.decided_at', 'desc')
      .orderBy('d.id')
      .execute();
    await deps.audit.append(trx, entry);
    return rows.map((r) => {
      const detail = detailOf(r.detail);
      return {
        id: r.id,
        partnerId: r.partner_id,
        partnerName: r.partner_name,
        kind: r.kind,
        decidedAt: new Date(r.decided_at).toISOString(),
        effectiveAt: new Date(r.effective_at).toISOString(),
        reason: r.reason,
        votes: detail.votes ?? null,
        noticeOfDefault: detail.noticeOfDefault ?? null,
        amendment: detail.amendment ?? null,
        consents: detail.consents ?? [],
        recordedByName: r.recorded_by_name ?? '',
      };
    });
  });
}
