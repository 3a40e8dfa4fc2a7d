/**
 * The notice to the partners of an intended accession (seed 001 art. 17.3, seed 003 art. 18.3):
 * the partners are told beforehand, by the covenant's own rule, what the accession asks of them.
 * The message names the candidate organisation only (no person), and is shown in the inbox, never
 * mailed (notifications/notice.ts).
 */
import type { ConfiguredApprovalRule } from './covenant-terms.js';

const WHAT_IS_ASKED: Readonly<Record<ConfiguredApprovalRule, string>> = {
  all_partners: 'De toetreding vraagt het akkoord van alle partijen; het akkoord of de weigering van uw organisatie wordt vastgelegd.',
  steering_group_after_all_partners: 'De Stuurgroep beslist na akkoord van alle partijen; het akkoord of de weigering van uw organisatie wordt vastgelegd.',
  steering_group_after_objection_period: 'Uw organisatie kan binnen een redelijke termijn beargumenteerd bezwaar aantekenen bij de Stuurgroep; de Stuurgroep beslist.',
};

/** The inbox message to a partner about an intended accession, in the words of the covenant's rule. */
export function accessionNoticeMessage(candidateName: string, rule: ConfiguredApprovalRule): string {
  return `Voorgenomen toetreding tot het convenant: ${candidateName}. ${WHAT_IS_ASKED[rule]}`;
}
