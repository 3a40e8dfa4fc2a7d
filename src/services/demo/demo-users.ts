/**
 * Demo accounts: per collaboration one user for every role and one professional per partner.
 * Usernames are `<who>@<collaboration>`; every demo account has the password DEMO_PASSWORD.
 * Demo mode is refused in production (src/config.ts).
 */
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { Role } from '../../domain/model.js';

export const DEMO_PASSWORD = 'demo-casustafel';

/** Short names of the shipped collaborations, used in demo usernames. */
export const DEMO_SHORT: Readonly<Record<string, string>> = {
  'veiligheidshuis-maastricht-heuvelland': 'maastricht',
  'zvh-midden-limburg': 'midden-limburg',
  'zorgnetwerk-venlo': 'venlo',
  'zvh-noord-limburg': 'noord-limburg',
  'regieteams-nijmegen': 'nijmegen',
};

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly partnerSlug: string;
  /** A reserved, undeliverable demo address (RFC 2606 `.example`), so notices by e-mail can be tried out. */
  readonly email: string;
}

/** `privacy@venlo` → `privacy.venlo@demo.casustafel.example`. */
export const demoEmail = (username: string): string => `${username.replace('@', '.')}@demo.casustafel.example`;

const STAFF: readonly { who: string; role: Role; name: string }[] = [
  { who: 'procesregisseur', role: 'process_director', name: 'Procesregisseur' },
  { who: 'tweede-procesregisseur', role: 'process_director', name: 'Tweede procesregisseur' },
  { who: 'ondersteuner', role: 'support', name: 'Ondersteunend medewerker' },
  { who: 'manager', role: 'manager', name: 'Manager' },
  { who: 'privacy', role: 'privacy_officer', name: 'Functionaris gegevensbescherming' },
  { who: 'beheerder', role: 'admin', name: 'Functioneel beheerder' },
  { who: 'statisticus', role: 'statistician', name: 'Onderzoek & Statistiek' },
];

export function shortName(config: CollaborationConfig): string {
  return DEMO_SHORT[config.id] ?? config.id;
}

/** The partner that employs the collaboration's own staff: the operator, else the first municipality. */
export function staffPartner(config: CollaborationConfig): string {
  const operator = (config.controller as { operator?: string | null }).operator;
  if (operator !== undefined && operator !== null && config.partners.some((p) => p.id === operator)) return operator;
  const municipality = config.partners.find((p) => p.type === 'gemeente' && p.member);
  return (municipality ?? config.partners[0])?.id ?? '';
}

export function demoUsers(config: CollaborationConfig): DemoUser[] {
  const at = `@${shortName(config)}`;
  const staff = staffPartner(config);
  const users: Omit<DemoUser, 'email'>[] = STAFF.map((s) => ({ username: `${s.who}${at}`, displayName: `${s.name} (${config.name})`, role: s.role, partnerSlug: staff }));
  // A table whose cases are directed by an officer of another partner (seed 000 art. 10.2) gets that officer as a process director.
  for (const partnerSlug of new Set(config.tables.flatMap((t) => (t.responsibleOfficer === undefined ? [] : [t.responsibleOfficer.partnerId])))) {
    if (partnerSlug === staff) continue;
    const titles = config.tables.flatMap((t) => (t.responsibleOfficer?.partnerId === partnerSlug ? [t.responsibleOfficer.title] : []));
    users.push({ username: `procesregisseur-${partnerSlug}${at}`, displayName: `${titles[0] ?? 'Procesregisseur'} (${config.name})`, role: 'process_director', partnerSlug });
  }
  for (const p of config.partners) {
    // Bound by a table's separate covenant (seed 000 Envida, 000-R83), a non-signatory works at that table as a professional.
    const separateCovenant = config.tables.some((t) => t.separateCovenantPartners?.includes(p.id) === true);
    const role: Role = p.member || separateCovenant ? 'professional' : 'third_party';
    users.push({ username: `${p.id}${at}`, displayName: `Professional ${p.name}`, role, partnerSlug: p.id });
    if (p.type === 'politie') users.push({ username: `${p.id}-2${at}`, displayName: `Tweede professional ${p.name}`, role, partnerSlug: p.id });
  }
  return users.map((u) => ({ ...u, email: demoEmail(u.username) }));
}
