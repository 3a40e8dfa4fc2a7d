/**
 * A request to join the covenant (P1): the candidate is recorded as a partner that is not (yet)
 * a member, with the flags and legal-basis catalogue it brings. It becomes a member only when the
 * covenant's approvals and its signed accession declaration are recorded (decide-accession.ts,
 * sign-accession-declaration.ts). Every member partner is told of the intended accession
 * beforehand (seed 001 art. 17.3, seed 003 art. 18.3).
 */
import type { LegalBasisCatalogueEntry, PartnerType } from '../../domain/model.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { accessionNoticeMessage } from '../../domain/membership/accession-notice.js';
import { noticeAccessionIntended } from '../notifications/notices.js';
import { saveAccession } from './accession-records.js';
import type { AccessionRecord } from './accession-records.js';
import { requireAbility } from './role-guard.js';

export interface AccessionRequestInput {
  readonly slug: string;
  readonly name: string;
  readonly type: PartnerType;
  readonly publicAuthority: boolean;
  readonly maySeeSpecial: boolean;
  readonly mayUseBsn: boolean;
  readonly professionalSecrecy: boolean;
  readonly legalRegimes: readonly string[];
  readonly legalBasisCatalogue: readonly LegalBasisCatalogueEntry[];
}

export interface AccessionRequested {
  readonly partnerId: string;
  readonly member: false;
  readonly accession: AccessionRecord;
  /** The covenant's approval rule and whether a signed declaration is needed. */
  readonly approvalRule: string;
  /** The partner the request is addressed to when the covenant names one (`joinApproval.requestTo`), else null. */
  readonly requestTo: { readonly partnerId: string; readonly name: string } | null;
  /** Where the covenant lays the joining rule down (`joinApproval.source`). */
  readonly source: string;
  /** How many member partners were told of the intended accession (seed 001 art. 17.3, seed 003 art. 18.3). */
  readonly partnersTold: number;
  /** The member partners no notice could reach (no active user), to be told another way. */
  readonly partnersUntold: readonly string[];
}

export async function requestAccession(deps: ServiceDeps, actor: SessionActor, input: AccessionRequestInput): Promise<AccessionRequested> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.accession.request' });
    requireAbility(actor, 'partners.manage', entry);
    const now = deps.now();
    const taken = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', actor.collaborationId).where('slug', '=', input.slug).executeTakeFirst();
    if (taken !== undefined) {
      throw new AppError('conflict', { nl: `Partner ${input.slug} bestaat al.`, en: `Partner ${input.slug} already exists.` }, { fields: [{ field: 'slug', message: 'taken' }] });
    }
    const row = await trx
      .insertInto('partners')
      .values({
        collaboration_id: actor.collaborationId,
        slug: input.slug,
        name: input.name,
        type: input.type,
        member: false,
        public_authority: input.publicAuthority,
        may_see_special: input.maySeeSpecial,
        may_use_bsn: input.mayUseBsn,
        professional_secrecy: input.professionalSecrecy,
        legal_regimes: JSON.stringify(input.legalRegimes),
        legal_basis_catalogue: JSON.stringify(input.legalBasisCatalogue),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const accession: AccessionRecord = { requestedAt: now.toISOString(), decisions: [], declarationSignedAt: null };
    await saveAccession(trx, actor.collaborationId, row.id, accession, now);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const requestTo = config.joinApproval.requestTo === null ? undefined : await trx.selectFrom('partners').select(['id', 'name']).where('collaboration_id', '=', actor.collaborationId).where('slug', '=', config.joinApproval.requestTo).executeTakeFirst();
    const members = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', actor.collaborationId).where('member', '=', true).execute();
    const told = await noticeAccessionIntended(deps, trx, {
      collaborationId: actor.collaborationId,
      candidateId: row.id,
      partners: members.map((m) => m.id),
      message: accessionNoticeMessage(input.name, config.joinApproval.rule),
    });
    await deps.audit.append(trx, entry);
    return {
      partnersTold: members.length - told.untold.length,
      partnersUntold: told.untold,
      partnerId: row.id,
      member: false,
      accession,
      approvalRule: config.joinApproval.rule,
      requestTo: requestTo === undefined ? null : { partnerId: requestTo.id, name: requestTo.name },
      source: config.joinApproval.source,
    };
  });
}
