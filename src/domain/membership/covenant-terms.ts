/**
 * How a covenant's configured terms translate into the membership rules (P1). The configuration
 * names the rule as the covenant does; the membership functions know three shapes:
 * - joining "after an objection period" (seed 003 art. 18.3–18.4) is a steering-group decision
 *   in which partners' objections are weighed: `steering_group`;
 * - a covenant that runs per yearly term (seed 001 art. 20.1) ends at the end of the running
 *   term; with calendar years that is the first 1 January after the notice period.
 */
import type { ApprovalRule } from './accession.js';
import type { NoticePolicy } from './notice.js';

export type ConfiguredApprovalRule = 'all_partners' | 'steering_group_after_all_partners' | 'steering_group_after_objection_period';
export type ConfiguredNoticeEffect = 'after_period' | 'after_period_on_january_first' | 'end_of_yearly_term';

export function approvalRuleOf(rule: ConfiguredApprovalRule): ApprovalRule {
  switch (rule) {
    case 'all_partners':
      return 'all_partners';
    case 'steering_group_after_all_partners':
      return 'steering_group_after_all_partners';
    case 'steering_group_after_objection_period':
      return 'steering_group';
  }
}

export function noticePolicyOf(noticePeriodMonths: number, effect: ConfiguredNoticeEffect): NoticePolicy {
  return { noticeMonths: noticePeriodMonths, endsOnFirstOfJanuary: effect !== 'after_period' };
}
