/**
 * P2: participants are invited to an RTO only when they may lawfully attend: a professional of
 * an active partner as expert, informant or intended executor; the subject or a representative
 * only where the collaboration allows it, with the subject's signed consent (Venlo: the subject
 * itself always, `subjectMayAlwaysAttend`), the representative identified before taking part
 * (seed 002 Bijlage B); a third party only under P11.
 */
import { isActiveMember } from '../membership/active.js';
import type { ParticipantRole } from '../model.js';
import { parseIso } from '../validation/iso-date.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import { consentCovers } from './consent.js';
import type { Invitation } from './meeting.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import { thirdPartyMeetsP11 } from './third-party.js';
import type { ProcessVariant } from './variant.js';

const PROFESSIONAL_ROLES: readonly ParticipantRole[] = ['expert', 'informant', 'intended_executor'];

function subjectConsented(state: CaseState, subjectId: string, now: number): boolean {
  return state.consents.some((c) => c.subjectId === subjectId && consentCovers(c, [], now));
}

/**
 * `inviteeFinishesCase`: the invitee's partner left, but the invitee was in this running case
 * before the end of the membership and finishes it (seed 000 art. 13.2), so it may be invited to
 * this case's follow-up RTO; it joins no other case.
 */
export function checkInvitation(invitation: Invitation, state: CaseState, variant: ProcessVariant, now: number, inviteeFinishesCase = false): GuardResult {
  const { invitee, role } = invitation;
  switch (invitee.kind) {
    case 'partner': {
      const partner = findPartner(state, invitee.partnerId);
      if (partner === undefined || !(isActiveMember(partner, now) || inviteeFinishesCase)) return refuse('invitee_not_active_partner');
      return PROFESSIONAL_ROLES.includes(role) ? ALLOWED : refuse('invitee_role_mismatch');
    }
    case 'subject':
    case 'representative': {
      if (!variant.subjectMayAttend || !state.subjects.includes(invitee.subjectId)) return refuse('subject_may_not_attend');
      if (role !== invitee.kind) return refuse('invitee_role_mismatch');
      // Seed 002 art. 2j, 7.1: there the subject may always attend its own RTO, consent or not
      // (002-C04); a representative needs the subject's signed consent (Bijlage B §2).
      if (invitee.kind === 'subject' && variant.subjectMayAlwaysAttend === true) return ALLOWED;
      return subjectConsented(state, invitee.subjectId, now) ? ALLOWED : refuse('attendee_without_consent');
    }
    case 'third_party': {
      const third = state.thirdParties.find((t) => t.userId === invitee.userId);
      if (third === undefined || !thirdPartyMeetsP11(third, state, now)) return refuse('third_party_conditions_unmet');
      return PROFESSIONAL_ROLES.includes(role) ? ALLOWED : refuse('invitee_role_mismatch');
    }
  }
}

/** At the meeting itself: everything of the invitation, and a representative has identified. */
export function checkAttendance(invitation: Invitation, state: CaseState, variant: ProcessVariant, now: number): GuardResult {
  const invited = checkInvitation(invitation, state, variant, now);
  if (!invited.ok) return invited;
  const { invitee } = invitation;
  if (invitee.kind !== 'representative') return ALLOWED;
  const identified = invitee.identifiedAt === null ? null : parseIso(invitee.identifiedAt);
  return identified !== null && identified <= now ? ALLOWED : refuse('representative_not_identified');
}
