/**
 * The structured part of a registration (seed 002 Bijlage B §4, "Registratie in WIZ portaal"):
 * reason and cause, nature, duration and severity of the concerns, the housing (owner, landlord),
 * the co-residents with their birth dates, the step plan and its follow-up, and the work note in
 * which child data is kept ("afspraak: kind gegevens worden opgenomen in de werknotitie"). The
 * description of the report is the registration text itself. A table's configuration names which
 * of these fields it asks (`tables[].registrationFields`) and which are required; a field it does
 * not ask is refused, so nothing is stored that the table's data set does not foresee.
 *
 * The details are part of the registrant's contribution: stored and read with the registration
 * text (same key, same decision, same audit). Only the work note is narrower: the registrant's
 * own designated professionals and the case's staff read it, not a participant the registration
 * was released to (ADR 0150).
 */
import type { Actor, PartnerId } from '../model.js';
import type { CaseFacts } from '../access/facts.js';
import { ageInMonths } from '../tables/age-range.js';

export const REGISTRATION_FIELD_IDS = [
  'reason',
  'cause',
  'nature',
  'duration',
  'severity',
  'housing-owner',
  'landlord',
  'co-residents',
  'step-plan',
  'follow-up',
  'work-note',
] as const;
export type RegistrationFieldId = (typeof REGISTRATION_FIELD_IDS)[number];

/** Each field's name as a refusal says it, in Dutch first. */
export const REGISTRATION_FIELD_NAMES: Readonly<Record<RegistrationFieldId, { readonly nl: string; readonly en: string }>> = {
  reason: { nl: 'Aanleiding', en: 'Reason' },
  cause: { nl: 'Oorzaak', en: 'Cause' },
  nature: { nl: 'Aard van de zorgen', en: 'Nature of the concerns' },
  duration: { nl: 'Duur van de zorgen', en: 'Duration of the concerns' },
  severity: { nl: 'Ernst van de zorgen', en: 'Severity of the concerns' },
  'housing-owner': { nl: 'Eigenaar van de woning', en: 'Owner of the home' },
  landlord: { nl: 'Verhuurder van de woning', en: 'Landlord' },
  'co-residents': { nl: 'Medebewoners', en: 'Co-residents' },
  'step-plan': { nl: 'Stappenplan', en: 'Step plan' },
  'follow-up': { nl: 'Opvolging van het stappenplan', en: 'Follow-up of the step plan' },
  'work-note': { nl: 'Werknotitie', en: 'Work note' },
};

export interface RegistrationFieldRule {
  readonly id: RegistrationFieldId;
  readonly required: boolean;
}

export interface CoResident {
  readonly name: string;
  readonly birthDate: string;
  readonly relation?: string | undefined;
}

/** The details as the API takes and gives them; a field left out was not filled in. */
export interface RegistrationDetails {
  readonly reason?: string | undefined;
  readonly cause?: string | undefined;
  readonly nature?: string | undefined;
  readonly duration?: string | undefined;
  readonly severity?: string | undefined;
  readonly housingOwner?: string | undefined;
  readonly landlord?: string | undefined;
  readonly coResidents?: readonly CoResident[] | undefined;
  readonly stepPlan?: string | undefined;
  readonly followUp?: string | undefined;
  readonly workNote?: string | undefined;
}

/** The property of `RegistrationDetails` each configured field fills. */
export const DETAIL_KEY: Readonly<Record<RegistrationFieldId, keyof RegistrationDetails>> = {
  reason: 'reason',
  cause: 'cause',
  nature: 'nature',
  duration: 'duration',
  severity: 'severity',
  'housing-owner': 'housingOwner',
  landlord: 'landlord',
  'co-residents': 'coResidents',
  'step-plan': 'stepPlan',
  'follow-up': 'followUp',
  'work-note': 'workNote',
};

export interface DetailIssue {
  /** The path in the request, under `registration.details`. */
  readonly field: string;
  readonly message: string;
}

const filled = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v !== undefined);

/**
 * What is wrong with the details for a table that asks `rules` (absent: the table asks none):
 * a field it does not ask, a required field left empty, and (where the table keeps a work note)
 * a child among the co-residents, whose data belongs in the work note. Each message names the
 * field in Dutch.
 */
export function checkRegistrationDetails(rules: readonly RegistrationFieldRule[] | undefined, details: RegistrationDetails | undefined, now: number): DetailIssue[] {
  const asked = new Map((rules ?? []).map((r) => [r.id, r]));
  const issues: DetailIssue[] = [];
  for (const id of REGISTRATION_FIELD_IDS) {
    const key = DETAIL_KEY[id];
    const value = details?.[key];
    const name = REGISTRATION_FIELD_NAMES[id].nl;
    const rule = asked.get(id);
    if (rule === undefined) {
      if (value !== undefined) issues.push({ field: `registration.details.${key}`, message: `${name} wordt aan deze overlegtafel niet gevraagd; laat het leeg` });
      continue;
    }
    if (rule.required && !filled(value)) issues.push({ field: `registration.details.${key}`, message: `${name} is verplicht aan deze overlegtafel` });
  }
  if (asked.has('work-note')) {
    (details?.coResidents ?? []).forEach((r, i) => {
      const months = ageInMonths(r.birthDate, now);
      if (months !== null && months < 18 * 12) {
        issues.push({ field: `registration.details.coResidents.${i}.birthDate`, message: `Medebewoner ${String(i + 1)} is een kind: kindgegevens horen in de werknotitie, niet bij de medebewoners (Bijlage B, 4)` });
      }
    });
  }
  return issues;
}

/** The details without empty texts and lists, as stored. */
export function compactDetails(details: RegistrationDetails | undefined): RegistrationDetails | undefined {
  if (details === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const id of REGISTRATION_FIELD_IDS) {
    const key = DETAIL_KEY[id];
    const value = details[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
    else if (Array.isArray(value) && value.length > 0) out[key] = value;
  }
  return Object.keys(out).length === 0 ? undefined : (out);
}

/**
 * The details a corrected registration keeps (ADR 0150): the ones the correction gives, else
 * those of the version it corrects. A correction of the text alone does not drop the structured
 * fields; a correction of a contribution that is not a registration has none.
 */
export function detailsAfterCorrection(previous: RegistrationDetails | undefined, given: RegistrationDetails | undefined): RegistrationDetails | undefined {
  return given === undefined ? previous : compactDetails(given);
}

/**
 * Whether `actor` reads the work note of a registration by `by`: the registrant's own designated
 * professionals and the case's staff; not a participant the registration was released to.
 */
export function readsWorkNote(actor: Actor, facts: CaseFacts, by: PartnerId): boolean {
  const staff = facts.processDirectors.has(actor.userId) || facts.support.has(actor.userId) || (facts.allDirectorsSeeAll && actor.role === 'process_director');
  const contributor = actor.partnerId === by && facts.involved.get(by)?.has(actor.userId) === true;
  return staff || contributor;
}

/** The details as Dutch lines ("Aanleiding: …"), for an access answer or a handover that carries text only. */
export function detailsAsText(details: RegistrationDetails | undefined): string {
  if (details === undefined) return '';
  return REGISTRATION_FIELD_IDS.flatMap((id) => {
    const value = details[DETAIL_KEY[id]];
    const name = REGISTRATION_FIELD_NAMES[id].nl;
    if (typeof value === 'string') return [`${name}: ${value}`];
    if (Array.isArray(value)) return [`${name}: ${value.map((r: CoResident) => `${r.name} (${r.birthDate}${r.relation === undefined ? '' : `, ${r.relation}`})`).join('; ')}`];
    return [];
  }).join('\n');
}
