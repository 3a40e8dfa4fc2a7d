/**
 * Who a reminder is for (§7). A reminder names a user, a role, a partner or several: the named
 * user always sees it; otherwise a role-bound reminder goes to everyone in that role of the
 * collaboration (the privacy office, the process directors), and a partner-bound one to that
 * partner's people.
 */
import type { PartnerId, Role, UserId } from '../model.js';
import type { ReminderConcerns } from './reminders.js';

export interface ReminderReader {
  readonly userId: UserId;
  readonly role: Role;
  readonly partnerId: PartnerId;
}

export function reminderConcerns(concerns: ReminderConcerns, reader: ReminderReader): boolean {
  if (concerns.userId !== undefined && concerns.userId === reader.userId) return true;
  if (concerns.role !== undefined) return concerns.role === reader.role;
  if (concerns.partnerId !== undefined) return concerns.partnerId === reader.partnerId;
  return false;
}
