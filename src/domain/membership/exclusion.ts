/**
 * The steering group excludes a partner that does not keep the covenant (P1; seed 003 art. 21.2,
 * seed 001 art. 20.2): "zonder rechterlijke tussenkomst en met meerderheid van stemmen, na
 * ingebrekestelling, ... met onmiddellijke ingang". Whether a notice of default must precede it and
 * whether it takes effect at once come from the collaboration's configuration (`exclusion`); a
 * covenant without that article knows no exclusion. Confidentiality outlives the membership
 * (seed 003 art. 21.3, seed 001 art. 20.3).
 */
import type { IsoDate, Partner } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import { membershipEndsAt } from './notice.js';
import type { NoticePolicy } from './notice.js';

export interface ExclusionPolicy {
  readonly noticeOfDefaultRequired: boolean;
  readonly effect: 'immediate' | 'after_notice_period';
}

export interface ExclusionDecision {
  readonly decidedAt: IsoDate;
  /** The notice of default (ingebrekestelling) that preceded the decision, when given. */
  readonly noticeOfDefaultAt: IsoDate | null;
  readonly votesFor: number;
  readonly votesAgainst: number;
}

export type ExclusionRefusal =
  | 'exclusion_not_in_covenant'
  | 'not_a_member'
  | 'no_majority'
  | 'notice_of_default_missing'
  | 'notice_of_default_after_decision'
  | 'decision_date_invalid';

export type ExclusionResult =
  | {
      readonly ok: true;
      /** From this moment the partner is no active member. */
      readonly effectiveAt: IsoDate;
      /**
       * Immediate: the partner is out at once, and its professionals do not finish running cases
       * (unlike after an ordinary notice, seed 000 art. 13.2); its users act no more.
       */
      readonly immediate: boolean;
    }
  | { readonly ok: false; readonly reason: ExclusionRefusal };

/** Decides whether the steering group's exclusion of `partner` stands, and from when it has effect. */
export function decideExclusion(partner: Partner, decision: ExclusionDecision, policy: ExclusionPolicy | undefined, notice: NoticePolicy): ExclusionResult {
  if (policy === undefined) return { ok: false, reason: 'exclusion_not_in_covenant' };
  if (!partner.member) return { ok: false, reason: 'not_a_member' };
  const decided = parseIso(decision.decidedAt);
  if (decided === null) return { ok: false, reason: 'decision_date_invalid' };
  if (decision.votesFor <= decision.votesAgainst) return { ok: false, reason: 'no_majority' };
  if (decision.noticeOfDefaultAt === null) {
    if (policy.noticeOfDefaultRequired) return { ok: false, reason: 'notice_of_default_missing' };
  } else {
    const notified = parseIso(decision.noticeOfDefaultAt);
    if (notified === null || notified > decided) return { ok: false, reason: 'notice_of_default_after_decision' };
  }
  if (policy.effect === 'immediate') return { ok: true, effectiveAt: new Date(decided).toISOString(), immediate: true };
  const ordinary = membershipEndsAt(decided, notice);
  // A notice the partner gave earlier may end its membership sooner; the exclusion never lengthens it.
  const given = partner.membership.endsAt === null ? null : parseIso(partner.membership.endsAt);
  return { ok: true, effectiveAt: new Date(given !== null && given < ordinary ? given : ordinary).toISOString(), immediate: false };
}
