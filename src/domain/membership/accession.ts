/**
 * Joining a covenant (P1). The approvals are data; the rule comes from the covenant:
 * - `all_partners`: every active partner agrees (seed 000 art. 14.3);
 * - `steering_group_after_all_partners`: the steering group decides after all partners agreed
 *   (seed 001 art. 17.4), so its approval is dated on or after the last partner's;
 * - `steering_group`: the steering group decides; partners were informed and may object with
 *   arguments, which the steering group weighs (seed 003 art. 18.3–18.4).
 * Where the covenant requires it (`accessionDeclarationRequired`, every shipped one does) the candidate then signs an accession declaration (seed 000 Bijlage 4,
 * seed 001/003 Bijlage 1), and only from that date is it a member.
 */
import type { IsoDate, PartnerId } from '../model.js';
import { parseIso } from '../validation/iso-date.js';

export type ApprovalRule = 'all_partners' | 'steering_group_after_all_partners' | 'steering_group';

export type Approver = { readonly kind: 'partner'; readonly partnerId: PartnerId } | { readonly kind: 'steering_group' };

export interface AccessionDecision {
  readonly by: Approver;
  readonly approved: boolean;
  readonly at: IsoDate;
  readonly motivation?: string;
}

export interface AccessionRequest {
  readonly candidate: PartnerId;
  readonly requestedAt: IsoDate;
  readonly decisions: readonly AccessionDecision[];
  /** When the candidate signed the accession declaration; null until signed. */
  readonly declarationSignedAt: IsoDate | null;
}

export type AccessionRefusal =
  | 'partner_approval_missing'
  | 'partner_refused'
  | 'steering_group_decision_missing'
  | 'steering_group_refused'
  | 'steering_group_decided_before_partners'
  | 'declaration_not_signed'
  | 'declaration_before_approval';

export type AccessionResult =
  | { readonly ok: true; readonly joinedAt: IsoDate }
  | { readonly ok: false; readonly reason: AccessionRefusal; readonly partners?: readonly PartnerId[] };

function latestBy(decisions: readonly AccessionDecision[], match: (a: Approver) => boolean): AccessionDecision | undefined {
  return decisions
    .filter((d) => match(d.by))
    .reduce<AccessionDecision | undefined>((last, d) => (last === undefined || (parseIso(d.at) ?? 0) >= (parseIso(last.at) ?? 0) ? d : last), undefined);
}

/**
 * Whether the candidate may join. `activePartners` are the partners whose agreement counts:
 * the active members when the request was made (the candidate excluded).
 */
export function checkAccession(request: AccessionRequest, rule: ApprovalRule, activePartners: readonly PartnerId[], declarationRequired = true): AccessionResult {
  const voters = activePartners.filter((p) => p !== request.candidate);
  const partnerDecisions = voters.map((p) => ({ p, d: latestBy(request.decisions, (a) => a.kind === 'partner' && a.partnerId === p) }));
  let approvedAt = 0;

  if (rule !== 'steering_group') {
    const missing = partnerDecisions.filter((x) => x.d === undefined).map((x) => x.p);
    if (missing.length > 0) return { ok: false, reason: 'partner_approval_missing', partners: missing };
    const refused = partnerDecisions.filter((x) => x.d?.approved === false).map((x) => x.p);
    if (refused.length > 0) return { ok: false, reason: 'partner_refused', partners: refused };
    approvedAt = Math.max(0, ...partnerDecisions.map((x) => parseIso(x.d?.at ?? '') ?? 0));
  }
  if (rule !== 'all_partners') {
    const board = latestBy(request.decisions, (a) => a.kind === 'steering_group');
    if (board === undefined) return { ok: false, reason: 'steering_group_decision_missing' };
    if (!board.approved) return { ok: false, reason: 'steering_group_refused' };
    const boardAt = parseIso(board.at) ?? 0;
    if (rule === 'steering_group_after_all_partners' && boardAt < approvedAt) {
      return { ok: false, reason: 'steering_group_decided_before_partners' };
    }
    approvedAt = Math.max(approvedAt, boardAt);
  }
  // A covenant without an accession declaration (`accessionDeclarationRequired: false`) admits on the approval itself.
  if (request.declarationSignedAt === null && !declarationRequired) return { ok: true, joinedAt: new Date(approvedAt).toISOString() };
  if (request.declarationSignedAt === null) return { ok: false, reason: 'declaration_not_signed' };
  const signedAt = parseIso(request.declarationSignedAt);
  if (signedAt === null) return { ok: false, reason: 'declaration_not_signed' };
  if (signedAt < approvedAt) return { ok: false, reason: 'declaration_before_approval' };
  return { ok: true, joinedAt: request.declarationSignedAt };
}
