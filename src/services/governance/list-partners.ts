/** The partners of the acting collaboration with their membership as it stands now (P1). */
import { inactiveReason, isActiveMember } from '../../domain/membership/active.js';
import type { InactiveReason } from '../../domain/membership/active.js';
import { partnerFromRow } from '../cases/partners.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadAccession } from './accession-records.js';
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
}

export async function listPartners(deps: ServiceDeps, actor: SessionActor): Promise<PartnerView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.list' });
    requireAbility(actor, 'partners.manage', entry);
    const now = deps.now().getTime();
    const rows = await trx.selectFrom('partners').selectAll().where('collaboration_id', '=', actor.collaborationId).orderBy('slug').execute();
    const views: PartnerView[] = [];
    for (const row of rows) {
      const p = partnerFromRow(row);
      views.push({
        id: row.id,
        slug: row.slug,
        name: row.name,
        type: row.type,
        member: p.member,
        active: isActiveMember(p, now),
        inactiveReason: inactiveReason(p, now),
        joinedAt: p.membership.joinedAt,
        noticeGivenAt: p.membership.noticeGivenAt,
        endsAt: p.membership.endsAt,
        accession: await loadAccession(trx, actor.collaborationId, row.id),
      });
    }
    await deps.audit.append(trx, entry);
    return views;
  });
}
