/**
 * The result of the meeting and the handover after the enrichment (Venlo, seed 002 Bijlage B §1,
 * §3). The result step (`adopt_plan`) takes an integral plan with a case director (§3.3), or,
 * where the collaboration allows it, a jointly supported proposal: a text that at least two
 * active covenant partners support. A handover names a configured party; when help is already
 * involved the party told is a covenant partner's team, since nothing goes to a third party
 * (seed 002 Bijlage A art. 8).
 */
import { isActiveMember } from '../membership/active.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import type { MeetingProposal } from './meeting.js';
import { checkMonitoringReady } from './monitoring-guard.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { HandoverParty, HandoverReason } from './records.js';
import { filled } from './text.js';
import type { ProcessVariant } from './variant.js';

/** A proposal counts as jointly supported: it has a text and two or more distinct active partners support it. */
export function checkProposal(proposal: MeetingProposal, state: CaseState, now: number): GuardResult {
  const supporters = new Set(proposal.supportedBy);
  const active = [...supporters].filter((id) => {
    const partner = findPartner(state, id);
    return partner !== undefined && partner.member && isActiveMember(partner, now);
  });
  return filled(proposal.text) && active.length === supporters.size && supporters.size >= 2 ? ALLOWED : refuse('proposal_not_joint');
}

/** Recording a proposal as the meeting's result: only where the collaboration allows it, and only a joint one. */
export function checkProposalRecord(proposal: MeetingProposal, state: CaseState, variant: Pick<ProcessVariant, 'proposalAsResult'>, now: number): GuardResult {
  if (variant.proposalAsResult !== true) return refuse('proposal_not_in_variant');
  return checkProposal(proposal, state, now);
}

/** The result step: a recorded joint proposal where allowed, else the plan with a case director. */
export function checkResultReady(state: CaseState, variant: Pick<ProcessVariant, 'proposalAsResult'>, now: number): GuardResult {
  if (variant.proposalAsResult === true) {
    const proposed = state.meetings.some((m) => {
      const proposal = m.record?.proposal;
      return proposal !== undefined && proposal !== null && checkProposal(proposal, state, now).ok;
    });
    if (proposed) return ALLOWED;
  }
  return checkMonitoringReady(state, now);
}

/** A handover to a configured party (resolved by the service; undefined: not configured). */
export function checkHandover(state: CaseState, party: HandoverParty | undefined, reason: HandoverReason, now: number): GuardResult {
  if (party === undefined) return refuse('handover_party_unknown');
  if (party.partnerId === null) return reason === 'help_involved' ? refuse('handover_party_not_partner') : ALLOWED;
  const partner = findPartner(state, party.partnerId);
  return partner !== undefined && partner.member && isActiveMember(partner, now) ? ALLOWED : refuse('pickup_partner_not_active');
}
