/**
 * A partner gives notice (P1): its membership ends after the collaboration's notice period
 * (`giveNotice`), or, when it withdraws over an amendment it finds unacceptable, on the day that
 * amendment takes effect (`withdrawOnAmendment`, seed 003 art. 19.3, seed 001 art. 18.3; ADR 0200:
 * the withdrawal names the amendment, kept in `membership_decisions`). Until then it stays active and finishes its running cases; from `endsAt` its
 * professionals are refused personal data on their next request (authenticate.ts). Its
 * confidentiality outlives the membership.
 */
import { giveNotice } from '../../domain/membership/notice.js';
import type { NoticeResult } from '../../domain/membership/notice.js';
import { unanimousTermination } from '../../domain/membership/unanimous-termination.js';
import { isActiveMember } from '../../domain/membership/active.js';
import { withdrawOnAmendment } from '../../domain/membership/withdrawal-on-amendment.js';
import type { WithdrawalOnAmendmentResult } from '../../domain/membership/withdrawal-on-amendment.js';
import { noticePolicyOf } from '../../domain/membership/covenant-terms.js';
import { partnerFromRow } from '../cases/partners.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadPartnerRow } from './accession-records.js';
import { requireAbility } from './role-guard.js';

export interface NoticeGiven {
  readonly partnerId: string;
  readonly noticeGivenAt: string;
  readonly endsAt: string;
  readonly confidentialityOutlivesMembership: true;
  /** The amendment the partner withdraws over, when it does (its membership ends the day it takes effect). */
  readonly onAmendment: { readonly title: string; readonly takesEffectAt: string; readonly reason: string } | null;
  /**
   * With consents recorded (seed 000 art. 13.2): whether every other active member consented, so the
   * membership ended at once, and which partners' consents were missing (then the ordinary notice applies).
   */
  readonly unanimousConsent: { readonly immediate: boolean; readonly consents: readonly string[]; readonly missing: readonly string[] } | null;
  /** Where the covenant lays down the notice period (`noticeSource`), or the withdrawal on an amendment (`withdrawalOnAmendment.source`). */
  readonly source: string;
}

export interface NoticeInput {
  readonly partnerId: string;
  readonly givenAt?: string | undefined;
  /** Withdrawal over an amendment the partner finds unacceptable (seed 003 art. 19.3, seed 001 art. 18.3). */
  readonly onAmendment?: { readonly title: string; readonly takesEffectAt: string; readonly reason: string } | undefined;
  /** The partners that consented to leaving at once (seed 000 art. 13.2). */
  readonly unanimousConsents?: readonly { readonly partnerId: string }[] | undefined;
}

const REFUSED = {
  not_a_member: { nl: 'Deze organisatie is geen convenantpartner; opzeggen kan niet.', en: 'This organisation is not a covenant partner; it cannot give notice.' },
  notice_already_given: { nl: 'Deze partner heeft al opgezegd.', en: 'This partner has already given notice.' },
  withdrawal_on_amendment_not_in_covenant: {
    nl: 'Dit convenant kent geen opzegging met ingang van een wijziging; de gewone opzegtermijn geldt.',
    en: 'This covenant has no withdrawal from the day an amendment takes effect; the ordinary notice period applies.',
  },
  immediate_termination_not_in_covenant: {
    nl: 'Dit convenant kent geen directe opzegging met instemming van alle partners; de gewone opzegtermijn geldt.',
    en: 'This covenant has no immediate termination with the consent of all partners; the ordinary notice period applies.',
  },
  amendment_already_in_force: {
    nl: 'De wijziging was al van kracht toen werd opgezegd (onAmendment.takesEffectAt); dan geldt de gewone opzegtermijn.',
    en: 'The amendment was already in force when notice was given (onAmendment.takesEffectAt); the ordinary notice period applies.',
  },
} as const;

/**
 * Finding L2: a notice cannot be backdated to cut a partner off at once. A notice received by post
 * may be recorded up to a month late; the membership never ends before the recording, so the
 * partner keeps its notice period to finish its running cases (P1).
 */
const MAX_BACKDATE_DAYS = 31;
const BACKDATE = {
  notice_backdated: {
    nl: `Datum van opzegging (givenAt) mag hoogstens ${MAX_BACKDATE_DAYS} dagen terug liggen: een opzegging kan niet met terugwerkende kracht worden vastgelegd (P1).`,
    en: `Notice date (givenAt) may be at most ${MAX_BACKDATE_DAYS} days in the past: notice cannot be recorded retroactively (P1).`,
  },
  notice_ends_in_past: {
    nl: 'Met deze datum van opzegging (givenAt) zou het lidmaatschap al geëindigd zijn; de partner houdt zijn opzegtermijn om lopende casussen af te ronden (P1).',
    en: 'With this notice date (givenAt) the membership would already have ended; the partner keeps its notice period to finish running cases (P1).',
  },
} as const;

export async function givePartnerNotice(deps: ServiceDeps, actor: SessionActor, input: NoticeInput): Promise<NoticeGiven> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.notice' });
    requireAbility(actor, 'partners.manage', entry);
    const now = deps.now();
    const row = await loadPartnerRow(trx, actor.collaborationId, input.partnerId);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const givenAt = input.givenAt ?? now.toISOString();
    const amendment = input.onAmendment;
    const consents = input.unanimousConsents;
    if (consents !== undefined && amendment !== undefined) throw validationFailed([{ field: 'unanimousConsents', message: 'niet samen met onAmendment / not together with onAmendment' }]);
    if (consents !== undefined && config.immediateTerminationWithUnanimousConsent === undefined) {
      throw new AppError('conflict', REFUSED.immediate_termination_not_in_covenant, { rule: 'P1', reason: 'immediate_termination_not_in_covenant' });
    }
    const result: NoticeResult | WithdrawalOnAmendmentResult =
      amendment === undefined
        ? giveNotice(partnerFromRow(row), givenAt, noticePolicyOf(config.noticePeriodMonths, config.noticeEffect))
        : withdrawOnAmendment(partnerFromRow(row), givenAt, amendment.takesEffectAt, config.withdrawalOnAmendment !== undefined);
    if (!result.ok) {
      if (result.reason === 'notice_date_invalid') throw validationFailed([{ field: 'givenAt', message: 'not a valid date' }]);
      throw new AppError('conflict', REFUSED[result.reason], { rule: 'P1', reason: result.reason });
    }
    if (Date.parse(givenAt) < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) refuse(entry, { rule: 'P1', reason: 'notice_backdated', messages: BACKDATE.notice_backdated });
    let endsAt = result.endsAt;
    let unanimousConsent: NoticeGiven['unanimousConsent'] = null;
    if (consents !== undefined) {
      const rows = await trx.selectFrom('partners').selectAll().where('collaboration_id', '=', actor.collaborationId).execute();
      const unknown = consents.flatMap((c, i) => (rows.some((r) => r.id === c.partnerId) ? [] : [{ field: `unanimousConsents.${i}.partnerId`, message: 'geen partner van dit samenwerkingsverband / not a partner of this collaboration' }]));
      if (unknown.length > 0) throw validationFailed(unknown);
      const members = rows.map(partnerFromRow).filter((p) => p.id !== row.id && isActiveMember(p, Date.parse(givenAt))).map((p) => p.id);
      const ids = [...new Set(consents.map((c) => c.partnerId))];
      const outcome = unanimousTermination(members, ids);
      unanimousConsent = { immediate: outcome.immediate, consents: ids, missing: outcome.immediate ? [] : outcome.missing };
      // With every consent the membership ends at once, never before it is recorded.
      if (outcome.immediate) endsAt = new Date(Math.max(Date.parse(givenAt), now.getTime())).toISOString();
    }
    if (unanimousConsent?.immediate !== true && Date.parse(endsAt) <= now.getTime()) refuse(entry, { rule: 'P1', reason: 'notice_ends_in_past', messages: BACKDATE.notice_ends_in_past });
    await trx.updateTable('partners').set({ notice_given_at: row.notice_given_at ?? givenAt, ends_at: endsAt, updated_at: now }).where('id', '=', row.id).execute();
    if (unanimousConsent?.immediate === true) {
      await trx
        .insertInto('membership_decisions')
        .values({
          collaboration_id: actor.collaborationId,
          partner_id: row.id,
          kind: 'immediate_termination',
          decided_at: givenAt,
          effective_at: endsAt,
          reason: config.immediateTerminationWithUnanimousConsent?.source ?? '',
          detail: JSON.stringify({ consents: unanimousConsent.consents }),
          recorded_by: actor.userId,
          created_at: now,
        })
        .execute();
    }
    if (amendment !== undefined) {
      await trx
        .insertInto('membership_decisions')
        .values({
          collaboration_id: actor.collaborationId,
          partner_id: row.id,
          kind: 'withdrawal_on_amendment',
          decided_at: givenAt,
          effective_at: result.endsAt,
          reason: amendment.reason,
          detail: JSON.stringify({ amendment: { title: amendment.title, takesEffectAt: result.endsAt } }),
          recorded_by: actor.userId,
          created_at: now,
        })
        .execute();
    }
    await deps.audit.append(trx, entry);
    return {
      partnerId: row.id,
      noticeGivenAt: new Date(givenAt).toISOString(),
      endsAt,
      confidentialityOutlivesMembership: true,
      unanimousConsent,
      onAmendment: amendment === undefined ? null : { title: amendment.title, takesEffectAt: result.endsAt, reason: amendment.reason },
      source: sourceOf(config, amendment !== undefined, unanimousConsent?.immediate === true),
    };
  });
}

/** The article the answer cites: the withdrawal on an amendment, the unanimous immediate termination, or the ordinary notice. */
function sourceOf(config: CollaborationConfig, onAmendment: boolean, immediate: boolean): string {
  if (onAmendment) return config.withdrawalOnAmendment?.source ?? config.noticeSource;
  if (immediate) return config.immediateTerminationWithUnanimousConsent?.source ?? config.noticeSource;
  return config.noticeSource;
}
