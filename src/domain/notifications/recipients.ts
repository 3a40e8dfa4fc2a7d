/**
 * Who is told when a notice goes to an organisation rather than to a person (§7): the 24-hour
 * incident notice to every partner (P17), a data-subject request routed to the partners whose
 * data is involved (P15), a triage question to the asked partner (§3.2). Pure: the service passes
 * the collaboration's active users.
 */
import type { PartnerId, Role, UserId } from '../model.js';

export interface NoticeUser {
  readonly id: UserId;
  readonly partnerId: PartnerId;
  readonly role: Role;
  readonly active: boolean;
  /** Designated by its partner to speak for it (partner-delegates.ts, ADR 0212). */
  readonly designated?: boolean;
}

/** Roles that speak for an organisation on privacy matters, in order of preference. */
const PRIVACY_CONTACTS: readonly (readonly Role[])[] = [['privacy_officer'], ['manager'], ['process_director', 'professional']];

/**
 * Per partner, the active users it designated to speak for it (ADR 0212); a partner without an
 * active designated user is told through its privacy officers, else its managers, and failing
 * those through its professionals and process directors. A partner without any active user is
 * left out (and reported by `untold`).
 */
export function privacyContacts(partners: readonly PartnerId[], users: readonly NoticeUser[]): UserId[] {
  const out: UserId[] = [];
  for (const partnerId of new Set(partners)) {
    const own = users.filter((u) => u.active && u.partnerId === partnerId);
    const designated = own.filter((u) => u.designated === true);
    if (designated.length > 0) {
      out.push(...designated.map((u) => u.id));
      continue;
    }
    for (const roles of PRIVACY_CONTACTS) {
      const found = own.filter((u) => roles.includes(u.role));
      if (found.length > 0) {
        out.push(...found.map((u) => u.id));
        break;
      }
    }
  }
  return out;
}

/** Partners that no notice can reach (no active user): the sender must tell them another way. */
export function untold(partners: readonly PartnerId[], users: readonly NoticeUser[]): PartnerId[] {
  const reached = new Set(privacyContacts(partners, users).map((id) => users.find((u) => u.id === id)?.partnerId));
  return [...new Set(partners)].filter((p) => !reached.has(p));
}

/** The professionals who answer a triage question for their organisation (its inbox, §3.2). */
export function triageAnswerers(partnerId: PartnerId, users: readonly NoticeUser[]): UserId[] {
  return users.filter((u) => u.active && u.partnerId === partnerId && u.role === 'professional').map((u) => u.id);
}
