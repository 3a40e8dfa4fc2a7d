/**
 * P1: only an active covenant partner registers a case. No mandate exists for anybody else,
 * so a non-partner, a partner that has not joined yet and one whose notice period ended are
 * all refused.
 */
import { inactiveReason } from '../membership/active.js';
import type { Partner } from '../model.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';

export function checkRegistration(registrant: Partner | undefined, now: number): GuardResult {
  if (registrant === undefined) return refuse('registrant_not_member');
  switch (inactiveReason(registrant, now)) {
    case null:
      return ALLOWED;
    case 'not_a_member':
      return refuse('registrant_not_member');
    case 'membership_not_started':
      return refuse('registrant_membership_not_started');
    case 'membership_ended':
      return refuse('registrant_membership_ended');
  }
}
