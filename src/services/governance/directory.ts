/**
 * The collaboration's directory for every signed-in user: its partners (ids, names, types,
 * membership, rights) and the professionals and staff that can be asked or invited (names and
 * organisations only — no usernames), and the acting user's own organisation with its
 * legal-basis catalogue. No case data.
 */
import { isActiveMember } from '../../domain/membership/active.js';
import { withActor } from '../access-gate.js';
import { partnerFromRow } from '../cases/partners.js';
import type { ServiceDeps, SessionActor } from '../ports.js';

export interface Directory {
  readonly partners: readonly {
    readonly id: string;
    readonly slug: string;
    readonly name: string;
    readonly type: string;
    readonly member: boolean;
    readonly active: boolean;
    readonly maySeeSpecial: boolean;
    readonly mayUseBsn: boolean;
    /** The laws it processes under (`Wpg`: it provides police data, P9). */
    readonly legalRegimes: readonly string[];
  }[];
  readonly people: readonly { readonly id: string; readonly displayName: string; readonly partnerId: string; readonly role: string }[];
  readonly me: { readonly partnerId: string; readonly partnerSlug: string; readonly legalBasisCatalogue: unknown };
}

export async function directory(deps: ServiceDeps, actor: SessionActor): Promise<Directory> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now().getTime();
    const partnerRows = await trx.selectFrom('partners').selectAll().where('collaboration_id', '=', actor.collaborationId).orderBy('name').execute();
    const people = await trx
      .selectFrom('users')
      .select(['id', 'display_name', 'partner_id', 'role'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('active', '=', true)
      .where('role', 'in', ['professional', 'process_director', 'support', 'third_party'])
      .orderBy('display_name')
      .execute();
    const mine = partnerRows.find((p) => p.id === actor.partnerId);
    return {
      partners: partnerRows.map((row) => {
        const p = partnerFromRow(row);
        return { id: row.id, slug: row.slug, name: row.name, type: row.type, member: p.member, active: isActiveMember(p, now), maySeeSpecial: p.maySeeSpecial, mayUseBsn: p.mayUseBsn, legalRegimes: p.legalRegimes };
      }),
      people: people.map((u) => ({ id: u.id, displayName: u.display_name, partnerId: u.partner_id, role: u.role })),
      me: { partnerId: actor.partnerId, partnerSlug: mine?.slug ?? '', legalBasisCatalogue: mine?.legal_basis_catalogue ?? [] },
    };
  });
}
