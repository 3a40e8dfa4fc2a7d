/**
 * Installs a validated collaboration configuration: the collaboration row (with its whole
 * configuration as data) and one row per partner. Idempotent per slug.
 */
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { validationFailed } from '../app-error.js';
import type { Trx } from '../ports.js';

export interface InstalledCollaboration {
  readonly id: string;
  readonly slug: string;
  /** Partner slug → partner id. */
  readonly partners: ReadonlyMap<string, string>;
}

export async function installCollaboration(trx: Trx, input: unknown): Promise<InstalledCollaboration> {
  const parsed = parseCollaborationConfig(input);
  if (!parsed.ok) throw validationFailed(parsed.issues.map((i) => ({ field: i.path, message: i.message })));
  const config: CollaborationConfig = parsed.config;
  const existing = await trx.selectFrom('collaborations').select('id').where('slug', '=', config.id).executeTakeFirst();
  const id =
    existing?.id ??
    (
      await trx
        .insertInto('collaborations')
        .values({ slug: config.id, name: config.name, config: JSON.stringify(config), all_directors_see_all: config.process.allDirectorsSeeAllCases })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const partners = new Map<string, string>();
  for (const p of config.partners) {
    const row = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', id).where('slug', '=', p.id).executeTakeFirst();
    const partnerId =
      row?.id ??
      (
        await trx
          .insertInto('partners')
          .values({
            collaboration_id: id,
            slug: p.id,
            name: p.name,
            type: p.type,
            member: p.member,
            public_authority: p.publicAuthority,
            may_see_special: p.maySeeSpecial,
            may_use_bsn: p.mayUseBsn,
            professional_secrecy: p.professionalSecrecy,
            legal_regimes: JSON.stringify(p.legalRegimes),
            legal_basis_catalogue: JSON.stringify(p.legalBasisCatalogue),
            joined_at: p.membership.joinedAt,
            notice_given_at: p.membership.noticeGivenAt,
            ends_at: p.membership.endsAt,
            accession_signed_at: p.membership.joinedAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    partners.set(p.id, partnerId);
  }
  return { id, slug: config.id, partners };
}
