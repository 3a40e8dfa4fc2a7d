/**
 * Who speaks for a partner (ADR 0212, migration 470): the administrator, or the partner's own
 * manager, designates users of that partner; they then receive the rights requests, incident
 * notices and complaints routed to the partner and read the published accountability report
 * (`privacyContacts`). Each designation is kept with who made it and when; the latest is in force.
 * The rules are the domain's (`mayDesignate`, `delegateProblems`); this gathers the facts.
 */
import { delegateProblems, mayDesignate } from '../../domain/notifications/partner-delegates.js';
import type { DelegateProblem, DesignatorRefusal } from '../../domain/notifications/partner-delegates.js';
import { privacyContacts } from '../../domain/notifications/recipients.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import { noticeUsers } from '../notifications/notify.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import { loadPartnerRow } from './accession-records.js';

export interface DelegateUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
  readonly active: boolean;
  /** Still a user of this partner (one who moved elsewhere no longer speaks for it). */
  readonly ofPartner: boolean;
}

export interface Designation {
  readonly userIds: readonly string[];
  readonly designatedAt: string;
  readonly designatedBy: string;
  readonly designatedByName: string;
}

export interface PartnerDelegatesView {
  readonly partnerId: string;
  readonly partnerName: string;
  /** The designation in force, or null when the partner never designated anyone. */
  readonly current: Designation | null;
  /** Earlier designations, newest first. */
  readonly history: readonly Designation[];
  /** Who speaks for the partner now: the designated users still active and of the partner, else the derived contacts. */
  readonly contacts: readonly string[];
  /** True when `contacts` comes from the designation, false when the derived fallback applies. */
  readonly designationInForce: boolean;
  /** The partner's active users that may be designated, and every user named in the designations. */
  readonly users: readonly DelegateUser[];
}

const REFUSED: Record<DesignatorRefusal, { readonly nl: string; readonly en: string }> = {
  role_not_allowed: {
    nl: 'Alleen de functioneel beheerder, of de manager van de eigen organisatie, wijst aan wie namens een partner spreekt (§7).',
    en: 'Only the functional administrator, or the manager of its own organisation, designates who speaks for a partner (§7).',
  },
  not_own_partner: {
    nl: 'Een manager wijst alleen voor de eigen organisatie aan wie namens haar spreekt, niet voor een andere partner (§7).',
    en: 'A manager designates who speaks only for its own organisation, not for another partner (§7).',
  },
};

const PROBLEMS: Record<DelegateProblem, { readonly nl: string; readonly en: string }> = {
  unknown_user: { nl: 'deze gebruiker bestaat niet in deze samenwerking', en: 'this user does not exist in this collaboration' },
  other_partner: { nl: 'deze gebruiker werkt niet bij deze partner; wijs alleen gebruikers van de partner zelf aan', en: 'this user does not work for this partner; designate only users of the partner itself' },
  inactive: { nl: 'deze gebruiker is gedeactiveerd; wijs een actieve gebruiker aan', en: 'this user is deactivated; designate an active user' },
  role_cannot_speak: { nl: 'deze rol spreekt niet namens een partner (alleen functionaris gegevensbescherming, manager, procesregisseur of professional)', en: 'this role does not speak for a partner (only privacy officer, manager, process director or professional)' },
  duplicate: { nl: 'deze gebruiker staat al in de lijst', en: 'this user is already in the list' },
  too_many: { nl: 'wijs ten hoogste vijf gebruikers aan', en: 'designate at most five users' },
};

function requireDesignator(actor: SessionActor, partnerId: string, entry: AuditEntry): void {
  const may = mayDesignate(actor, partnerId);
  if (!may.ok) refuse(entry, { rule: '§7', reason: may.reason, messages: REFUSED[may.reason] });
}

async function view(trx: Trx, actor: SessionActor, partnerId: string, partnerName: string): Promise<PartnerDelegatesView> {
  const rows = await trx.selectFrom('partner_delegates').select(['user_ids', 'designated_at', 'designated_by']).where('partner_id', '=', partnerId).orderBy('created_at', 'desc').execute();
  const users = await trx.selectFrom('users').select(['id', 'display_name', 'role', 'active', 'partner_id']).where('collaboration_id', '=', actor.collaborationId).execute();
  const nameOf = (id: string): string => users.find((u) => u.id === id)?.display_name ?? id;
  const designations: Designation[] = rows.map((r) => ({ userIds: r.user_ids, designatedAt: new Date(r.designated_at).toISOString(), designatedBy: r.designated_by, designatedByName: nameOf(r.designated_by) }));
  const named = new Set(designations.flatMap((d) => d.userIds));
  const contactUsers = await noticeUsers(trx, actor.collaborationId);
  const contacts = privacyContacts([partnerId], contactUsers);
  return {
    partnerId,
    partnerName,
    current: designations[0] ?? null,
    history: designations.slice(1),
    contacts,
    designationInForce: contactUsers.some((u) => u.designated === true && u.active && u.partnerId === partnerId),
    users: users
      .filter((u) => (u.partner_id === partnerId && u.active) || named.has(u.id))
      .map((u) => ({ id: u.id, displayName: u.display_name, role: u.role, active: u.active, ofPartner: u.partner_id === partnerId }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
  };
}

export async function viewPartnerDelegates(deps: ServiceDeps, actor: SessionActor, partnerId: string): Promise<PartnerDelegatesView> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.delegates.view' });
    requireDesignator(actor, partnerId, entry);
    const partner = await loadPartnerRow(trx, actor.collaborationId, partnerId);
    const out = await view(trx, actor, partner.id, partner.name);
    await deps.audit.append(trx, entry);
    return out;
  });
}

export async function designatePartnerDelegates(deps: ServiceDeps, actor: SessionActor, partnerId: string, userIds: readonly string[]): Promise<PartnerDelegatesView> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.delegates.designate' });
    requireDesignator(actor, partnerId, entry);
    const partner = await loadPartnerRow(trx, actor.collaborationId, partnerId);
    const problems = delegateProblems(partner.id, userIds, await noticeUsers(trx, actor.collaborationId));
    if (problems.length > 0) throw validationFailed(problems.map((p) => ({ field: `userIds.${String(p.index)}`, message: PROBLEMS[p.problem].nl, messages: PROBLEMS[p.problem] })));
    await trx
      .insertInto('partner_delegates')
      .values({ collaboration_id: actor.collaborationId, partner_id: partner.id, user_ids: JSON.stringify(userIds), designated_by: actor.userId, designated_at: deps.now() })
      .execute();
    const out = await view(trx, actor, partner.id, partner.name);
    await deps.audit.append(trx, entry);
    return out;
  });
}
