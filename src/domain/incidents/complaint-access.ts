/**
 * Who opens and answers a complaint (P18; seed 002 art. 11): the process director who routes it and
 * the privacy officer see every complaint; the partner it was routed to sees and answers its own,
 * through the people who speak for it on privacy matters (its privacy contacts, who were told).
 */
import type { PartnerId, Role, UserId } from '../model.js';
import { privacyContacts } from '../notifications/recipients.js';
import type { NoticeUser } from '../notifications/recipients.js';

export const COMPLAINT_OFFICE_ROLES: readonly Role[] = ['process_director', 'privacy_officer'];

export type ComplaintReader = 'office' | 'responsible' | null;

export function complaintReader(actor: { readonly userId: UserId; readonly role: Role; readonly partnerId: PartnerId }, routedTo: PartnerId | null, users: readonly NoticeUser[]): ComplaintReader {
  if (routedTo !== null && actor.partnerId === routedTo && privacyContacts([routedTo], users).includes(actor.userId)) return 'responsible';
  if (COMPLAINT_OFFICE_ROLES.includes(actor.role)) return 'office';
  return null;
}
