/**
 * Which role may carry out which governance act (§4): configuration is the admin's, the access
 * log and rights requests the privacy officer's, figures the manager's and statistician's. A
 * refusal names the rule and is audited like every other refusal (access-gate.ts).
 */
import type { Role } from '../../domain/model.js';
import { refuse } from '../access-gate.js';
import type { AuditEntry, SessionActor } from '../ports.js';

interface Ability {
  readonly roles: readonly Role[];
  readonly rule: string;
  readonly what: { readonly nl: string; readonly en: string };
}

const ALL_BUT_STATISTICS: readonly Role[] = ['process_director', 'support', 'professional', 'manager', 'privacy_officer', 'admin'];

export const GOVERNANCE_ABILITIES = {
  'partners.manage': { roles: ['admin'], rule: 'P1', what: { nl: 'partners beheren', en: 'manage partners' } },
  'users.manage': { roles: ['admin'], rule: '§4', what: { nl: 'gebruikers en rollen beheren', en: 'manage users and roles' } },
  'declarations.register': { roles: ['admin', 'manager'], rule: '§4', what: { nl: 'het register van verklaringen en VOG-controles inzien', en: 'view the register of declarations and VOG checks' } },
  'partners.membership_history': { roles: ['admin', 'manager'], rule: 'P1', what: { nl: 'de besluiten over het lidmaatschap van partners inzien', en: 'view the decisions on the partners’ membership' } },
  'collaboration.configure': { roles: ['admin'], rule: '§6', what: { nl: 'de configuratie beheren', en: 'manage the configuration' } },
  'collaboration.amendments': { roles: ['admin', 'manager'], rule: '§6', what: { nl: 'de wijzigingen van het convenant inzien', en: 'view the amendments of the covenant' } },
  'rights.handle': { roles: ['privacy_officer'], rule: 'P15', what: { nl: 'rechtenverzoeken behandelen', en: 'handle rights requests' } },
  'incidents.register': { roles: ALL_BUT_STATISTICS, rule: 'P17', what: { nl: 'een beveiligingsincident melden', en: 'report a security incident' } },
  'incidents.track': { roles: ['privacy_officer'], rule: 'P17', what: { nl: 'meldingen van incidenten bijhouden', en: 'track incident notices' } },
  'incidents.read': { roles: ['privacy_officer', 'manager'], rule: 'P17', what: { nl: 'incidenten inzien', en: 'view incidents' } },
  'complaints.handle': { roles: ['process_director', 'privacy_officer'], rule: 'P18', what: { nl: 'klachten behandelen', en: 'handle complaints' } },
  'complaints.evaluate': { roles: ['process_director', 'privacy_officer', 'manager'], rule: 'P18', what: { nl: 'klachten evalueren', en: 'evaluate complaints' } },
  'audit.review': { roles: ['privacy_officer'], rule: 'P16', what: { nl: 'het toegangslog inzien', en: 'review the access log' } },
  'audit.verify': { roles: ['privacy_officer', 'admin'], rule: 'P16', what: { nl: 'de keten van het toegangslog controleren', en: 'verify the access-log chain' } },
  'reports.figures': { roles: ['manager', 'statistician'], rule: 'P19', what: { nl: 'managementcijfers inzien', en: 'view management figures' } },
  'reports.case_process': { roles: ['statistician'], rule: 'P19', what: { nl: 'procesinformatie op casusniveau van een regieteamwijk inzien', en: 'view case-level process information of a neighbourhood' } },
  'reports.accountability': { roles: ['manager', 'statistician', 'privacy_officer'], rule: 'P19', what: { nl: 'de verantwoordingsrapportage opvragen', en: 'request the accountability report' } },
  'reports.publish': { roles: ['manager'], rule: 'P19', what: { nl: 'de verantwoording over een jaar publiceren', en: "publish a year's accountability report" } },
} as const satisfies Record<string, Ability>;

export type GovernanceAbility = keyof typeof GOVERNANCE_ABILITIES;

export function mayDo(actor: Pick<SessionActor, 'role'>, ability: GovernanceAbility): boolean {
  const roles: readonly Role[] = GOVERNANCE_ABILITIES[ability].roles;
  return roles.includes(actor.role);
}

/** Throws an audited refusal naming the rule when the actor's role may not do `ability`. */
export function requireAbility(actor: SessionActor, ability: GovernanceAbility, entry: AuditEntry): void {
  if (!mayDo(actor, ability)) refuseAbility(ability, entry);
}

/** The audited refusal of `ability` for the actor's role. */
export function refuseAbility(ability: GovernanceAbility, entry: AuditEntry): never {
  const a: Ability = GOVERNANCE_ABILITIES[ability];
  refuse(entry, {
    rule: a.rule,
    reason: 'role_not_allowed',
    messages: {
      nl: `Uw rol mag niet ${a.what.nl} (${a.rule}).`,
      en: `Your role may not ${a.what.en} (${a.rule}).`,
    },
  });
}
