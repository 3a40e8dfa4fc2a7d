/** The partners of the acting collaboration with their membership as it stands now (P1). */
import { inactiveReason, isActiveMember } from '../../domain/membership/active.js';
import type { InactiveReason } from '../../domain/membership/active.js';
import { noticePolicyOf } from '../../domain/membership/covenant-terms.js';
import { membershipEndsAt } from '../../domain/membership/notice.js';
import { partnerFromRow } from '../cases/partners.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { accessionState, loadAccession } from './accession-records.js';
import type { AccessionRecord } from './accession-records.js';
import { requireAbility } from './role-guard.js';

export interface PartnerView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly type: string;
  readonly member: boolean;
  readonly active: boolean;
  readonly inactiveReason: InactiveReason | null;
  readonly joinedAt: string | null;
  readonly noticeGivenAt: string | null;
  readonly endsAt: string | null;
  readonly accession: AccessionRecord | null;
  /** For a candidate: what its accession still waits for (e.g. `partner_approval_missing` and which partners). */
  readonly accessionPending: { readonly reason: string; readonly partners: readonly string[] } | null;
  /** For an active member without notice: the day its membership would end if it gave notice now. */
  readonly noticeWouldEndAt: string | null;
  /** Why the partner's flags are what they are, from the covenant (`partners[].note`), when the configuration says. */
  readonly note: string | null;
}

export async function listPartners(deps: ServiceDeps, actor: SessionActor): Promise<PartnerView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.list' });
    requireAbility(actor, 'partners.manage', entry);
    const at = deps.now();
    const now = at.getTime();
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const policy = noticePolicyOf(config.noticePeriodMonths, config.noticeEffect);
    const rows = await trx.selectFrom('partners').selectAll().where('collaboration_id', '=', actor.collaborationId).orderBy('slug').execute();
    const views: PartnerView[] = [];
    for (const row of rows) {
      const p = partnerFromRow(row);
      const active = isActiveMember(p, now);
      const accession = await loadAccession(trx, actor.collaborationId, row.id);
      const state = accession === null || p.member ? null : await accessionState(trx, config, actor.collaborationId, row.id, accession, at);
      views.push({
        id: row.id,
        slug: row.slug,
        name: row.name,
        type: row.type,
        member: p.member,
        active,
        // A member cut off by an exclusion with immediate effect (active = false, exclude-partner.ts) left the covenant at `endsAt`.
        inactiveReason: row.member && !row.active && row.ends_at !== null ? 'membership_ended' : inactiveReason(p, now),
        joinedAt: p.membership.joinedAt,
        noticeGivenAt: p.membership.noticeGivenAt,
        endsAt: p.membership.endsAt,
        accession,
        accessionPending: state === null || state.ok ? null : { reason: state.reason, partners: state.partners ?? [] },
        noticeWouldEndAt: active && p.membership.noticeGivenAt === null ? new Date(membershipEndsAt(now, policy)).toISOString() : null,
        note: config.partners.find((c) => c.id === row.slug)?.note ?? null,
      });
    }
    await deps.audit.append(trx, entry);
    return views;
  });
}
