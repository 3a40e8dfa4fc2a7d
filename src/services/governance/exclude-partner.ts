/**
 * The steering group excludes a partner (P1; seed 003 art. 21.2, seed 001 art. 20.2), recorded by
 * whoever manages the partners, as accession decisions are. The domain decides whether the
 * exclusion stands (`decideExclusion`: majority, the notice of default the covenant asks, the
 * effect); the decision is kept in `membership_decisions` with its reason and who recorded it.
 * With immediate effect the partner is no active member from the decision on: its users act no
 * more and its professionals do not finish running cases (authenticate.ts reads `partners.active`).
 * Otherwise its membership ends as an ordinary notice would, and until then it works as a member.
 * What it contributed stays with the cases, under its confidentiality, as after a notice.
 */
import { decideExclusion } from '../../domain/membership/exclusion.js';
import type { ExclusionRefusal } from '../../domain/membership/exclusion.js';
import { noticePolicyOf } from '../../domain/membership/covenant-terms.js';
import { partnerFromRow } from '../cases/partners.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadPartnerRow } from './accession-records.js';
import { requireAbility } from './role-guard.js';

export interface ExclusionInput {
  readonly partnerId: string;
  readonly decidedAt?: string | undefined;
  readonly reason: string;
  readonly noticeOfDefault?: { readonly givenAt: string; readonly reference?: string | undefined } | undefined;
  readonly votes: { readonly for: number; readonly against: number };
}

export interface ExclusionRecorded {
  readonly id: string;
  readonly partnerId: string;
  readonly decidedAt: string;
  readonly effectiveAt: string;
  readonly immediate: boolean;
  readonly reason: string;
  readonly noticeOfDefault: { readonly givenAt: string; readonly reference: string | null } | null;
  readonly votes: { readonly for: number; readonly against: number };
  readonly recordedBy: string;
  readonly confidentialityOutlivesMembership: true;
  /** Where the covenant lays down the exclusion (`exclusion.source`). */
  readonly source: string;
}

const REFUSED: Record<ExclusionRefusal | 'already_excluded', { readonly nl: string; readonly en: string }> = {
  exclusion_not_in_covenant: { nl: 'Dit convenant kent geen uitsluiting van een partner door de Stuurgroep.', en: 'This covenant does not provide for the steering group to exclude a partner.' },
  not_a_member: { nl: 'Deze organisatie is geen actieve convenantpartner; uitsluiten kan niet.', en: 'This organisation is not an active covenant partner; it cannot be excluded.' },
  already_excluded: { nl: 'Deze partner is al uitgesloten.', en: 'This partner has already been excluded.' },
  no_majority: { nl: 'De Stuurgroep sluit een partner alleen uit met meerderheid van stemmen; de stemmen voor zijn niet meer dan de stemmen tegen.', en: 'The steering group excludes a partner only by a majority of votes; the votes for do not outnumber the votes against.' },
  notice_of_default_missing: { nl: 'Uitsluiting volgt pas na ingebrekestelling: leg de ingebrekestelling vast die aan het besluit voorafging.', en: 'Exclusion follows only after a notice of default: record the notice of default that preceded the decision.' },
  notice_of_default_after_decision: { nl: 'De ingebrekestelling moet aan het besluit tot uitsluiting voorafgaan.', en: 'The notice of default must precede the decision to exclude.' },
  decision_date_invalid: { nl: 'De datum van het besluit is geen geldige datum.', en: 'The decision date is not a valid date.' },
};

export async function excludePartner(deps: ServiceDeps, actor: SessionActor, input: ExclusionInput): Promise<ExclusionRecorded> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.exclude' });
    requireAbility(actor, 'partners.manage', entry);
    const now = deps.now();
    const decidedAt = input.decidedAt ?? now.toISOString();
    if (Number.isNaN(Date.parse(decidedAt))) throw validationFailed([{ field: 'decidedAt', message: 'not a valid date' }]);
    if (Date.parse(decidedAt) > now.getTime()) throw validationFailed([{ field: 'decidedAt', message: 'een besluit dat nog niet genomen is, wordt niet vastgelegd / a decision not yet taken is not recorded' }]);
    const row = await loadPartnerRow(trx, actor.collaborationId, input.partnerId);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const earlier = await trx.selectFrom('membership_decisions').select('id').where('partner_id', '=', row.id).where('kind', '=', 'exclusion').executeTakeFirst();
    if (earlier !== undefined) refuse(entry, { rule: 'P1', reason: 'already_excluded', messages: REFUSED.already_excluded });
    const policy = config.exclusion === undefined ? undefined : { noticeOfDefaultRequired: config.exclusion.noticeOfDefaultRequired, effect: config.exclusion.effect };
    const result = decideExclusion(
      partnerFromRow(row),
      { decidedAt, noticeOfDefaultAt: input.noticeOfDefault?.givenAt ?? null, votesFor: input.votes.for, votesAgainst: input.votes.against },
      policy,
      noticePolicyOf(config.noticePeriodMonths, config.noticeEffect),
    );
    if (!result.ok) refuse(entry, { rule: 'P1', reason: result.reason, messages: REFUSED[result.reason] });
    const noticeOfDefault = input.noticeOfDefault === undefined ? null : { givenAt: new Date(input.noticeOfDefault.givenAt).toISOString(), reference: input.noticeOfDefault.reference ?? null };
    const votes = { for: input.votes.for, against: input.votes.against };
    const saved = await trx
      .insertInto('membership_decisions')
      .values({
        collaboration_id: actor.collaborationId,
        partner_id: row.id,
        kind: 'exclusion',
        decided_at: decidedAt,
        effective_at: result.effectiveAt,
        reason: input.reason,
        detail: JSON.stringify({ noticeOfDefault, votes }),
        recorded_by: actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('partners')
      .set(result.immediate ? { active: false, ends_at: result.effectiveAt, updated_at: now } : { ends_at: result.effectiveAt, notice_given_at: row.notice_given_at ?? decidedAt, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append(trx, entry);
    return {
      id: saved.id,
      partnerId: row.id,
      decidedAt: new Date(decidedAt).toISOString(),
      effectiveAt: result.effectiveAt,
      immediate: result.immediate,
      reason: input.reason,
      noticeOfDefault,
      votes,
      recordedBy: actor.userId,
      confidentialityOutlivesMembership: true,
      source: config.exclusion?.source ?? '',
    };
  });
}
