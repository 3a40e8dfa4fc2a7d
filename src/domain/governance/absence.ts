/**
 * Who may be set as substitute for an absent professional, and for which period (ADR 0116; seed
 * 002 art. 6.3 "Bij afwezigheid van deze professional wordt zorg gedragen voor een vervanger";
 * seed 003 §3 and seed 004 §4). The access engine then lends the absent person's relation to the
 * substitute for the period only (`substitutionsAt` in access/decide.ts).
 *
 * Pure: the service gathers the two accounts, the absent person's other periods and today's date
 * (Europe/Amsterdam, `YYYY-MM-DD`); dates compare as strings.
 */
import type { Role } from '../model.js';

export interface AbsenceAccount {
  readonly userId: string;
  readonly collaborationId: string;
  readonly partnerId: string;
  readonly role: Role;
  readonly active: boolean;
}

export interface AbsenceProposal {
  /** Who sets it: the absent person, or an administrator of the collaboration. */
  readonly setBy: { readonly userId: string; readonly collaborationId: string; readonly role: Role };
  readonly absent: AbsenceAccount;
  readonly substitute: AbsenceAccount;
  /** First and last day of the absence, inclusive. */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly today: string;
  /** The absent person's other periods that are not cancelled. */
  readonly otherPeriods: readonly { readonly startsOn: string; readonly endsOn: string }[];
}

export const ABSENCE_REFUSALS = {
  absence_not_yours: {
    field: null,
    nl: 'Alleen de afwezige zelf of een beheerder van het samenwerkingsverband legt een afwezigheid vast.',
    en: 'Only the absent person or an administrator of the collaboration records an absence.',
  },
  substitute_is_absent: { field: 'substituteUserId', nl: 'Kies bij Vervanger een collega, niet de afwezige zelf.', en: 'Choose a colleague as substitute, not the absent person.' },
  substitute_other_partner: {
    field: 'substituteUserId',
    nl: 'De vervanger werkt bij dezelfde organisatie als de afwezige: een vervanger van een andere organisatie krijgt geen toegang tot de casussen van uw organisatie.',
    en: 'The substitute works for the same organisation as the absent person.',
  },
  substitute_other_role: {
    field: 'substituteUserId',
    nl: 'De vervanger heeft dezelfde rol als de afwezige (bijvoorbeeld procesregisseur voor een procesregisseur).',
    en: 'The substitute has the same role as the absent person.',
  },
  substitute_inactive: { field: 'substituteUserId', nl: 'Het account van deze vervanger is uitgezet; kies een collega met een actief account.', en: 'This substitute\'s account is disabled.' },
  absent_role_has_no_cases: {
    field: null,
    nl: 'Een vervanger is er voor wie in casussen werkt (professional, procesregisseur of ondersteuner); deze rol heeft geen casussen.',
    en: 'A substitute is for someone who works in cases (professional, process director or support).',
  },
  period_reversed: { field: 'endsOn', nl: 'De einddatum ligt vóór de begindatum; vul bij Tot en met een datum op of na de begindatum in.', en: 'The end date is before the start date.' },
  period_past: { field: 'endsOn', nl: 'De periode is al voorbij; vul bij Tot en met vandaag of een latere datum in.', en: 'The period has already ended.' },
  period_overlaps: {
    field: 'startsOn',
    nl: 'Er is al een afwezigheid vastgelegd die deze periode overlapt; trek die eerst in of kies andere data.',
    en: 'An absence overlapping this period is already recorded.',
  },
} as const;

export type AbsenceRefusal = keyof typeof ABSENCE_REFUSALS;

/** Roles that work in cases and so may be away from them. */
const CASE_ROLES: ReadonlySet<Role> = new Set<Role>(['professional', 'process_director', 'support']);

/**
 * ADR 0116 rule 1: the absent person or the collaboration's administrator sets it; the substitute
 * is an active colleague of the same collaboration, partner and role, not the absent person; the
 * period runs forward (end on or after start, not already over) and does not overlap another of
 * the same person. Every refusal that applies is returned, so the form reports them at once.
 */
export function checkAbsence(p: AbsenceProposal): AbsenceRefusal[] {
  const out: AbsenceRefusal[] = [];
  const bySelf = p.setBy.userId === p.absent.userId;
  const byAdmin = p.setBy.role === 'admin' && p.setBy.collaborationId === p.absent.collaborationId;
  if (!bySelf && !byAdmin) return ['absence_not_yours'];
  if (!CASE_ROLES.has(p.absent.role)) out.push('absent_role_has_no_cases');
  if (p.substitute.userId === p.absent.userId) out.push('substitute_is_absent');
  else {
    if (p.substitute.collaborationId !== p.absent.collaborationId || p.substitute.partnerId !== p.absent.partnerId) out.push('substitute_other_partner');
    else if (p.substitute.role !== p.absent.role) out.push('substitute_other_role');
    if (!p.substitute.active) out.push('substitute_inactive');
  }
  if (p.endsOn < p.startsOn) out.push('period_reversed');
  else if (p.endsOn < p.today) out.push('period_past');
  else if (p.otherPeriods.some((o) => o.startsOn <= p.endsOn && p.startsOn <= o.endsOn)) out.push('period_overlaps');
  return out;
}

/** Whether the actor may cancel an absence: the absent person or the collaboration's administrator. */
export function mayCancelAbsence(actor: { readonly userId: string; readonly collaborationId: string; readonly role: Role }, absence: { readonly absentUserId: string; readonly collaborationId: string }): boolean {
  return actor.userId === absence.absentUserId || (actor.role === 'admin' && actor.collaborationId === absence.collaborationId);
}
