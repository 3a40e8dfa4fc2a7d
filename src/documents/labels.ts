/** Dutch labels of the domain's codes, for printed documents (the web interface has its own catalogues). */
export const LIFE_DOMAIN_NL: Readonly<Record<string, string>> = {
  housing: 'Wonen',
  work_education: 'Werk, dagbesteding en onderwijs',
  income_debts: 'Inkomen en schulden',
  social_relations: 'Sociale relaties',
  addiction: 'Verslaving en middelengebruik',
  mental_functioning: 'Psychisch functioneren',
  physical_functioning: 'Lichamelijk functioneren',
  thinking_behaviour_skills: 'Denken, gedrag en vaardigheden',
  police_justice: 'Politie en justitie',
};

export const CATEGORY_NL: Readonly<Record<string, string>> = {
  ...LIFE_DOMAIN_NL,
  registration: 'Aanmelding',
  triage_question: 'Triagevraag',
  presence: 'Bekend / niet bekend',
  other: 'Overig',
};

export const PURPOSE_NL: Readonly<Record<string, string>> = {
  screening: 'screening',
  triage: 'triage',
  rto: 'Ronde Tafel Overleg',
  plan_execution: 'uitvoering van het plan van aanpak',
  monitoring: 'monitoring',
  referral: 'verwijzing naar een andere tafel',
  rights_request: 'verzoek van betrokkene',
  statistics: 'statistiek',
};

export const PHASE_NL: Readonly<Record<string, string>> = {
  screening: 'Aanmelding en screening',
  triage: 'Triage',
  rto: 'Ronde Tafel Overleg',
  monitoring: 'Plan van aanpak en monitoring',
  deescalation1: 'Afschaling stap 1',
  archived: 'Gearchiveerd (afschaling stap 2)',
  deleted: 'Verwijderd (afschaling stap 3)',
  rejected: 'Niet aangenomen',
  referred: 'Naar een andere tafel',
};

export const ROLE_NL: Readonly<Record<string, string>> = {
  process_director: 'Procesregisseur',
  support: 'Ondersteunend medewerker',
  professional: 'Professional',
  manager: 'Manager',
  privacy_officer: 'Functionaris gegevensbescherming',
  admin: 'Functioneel beheerder',
  statistician: 'Onderzoek & Statistiek',
  third_party: 'Incidentele partner (derde)',
};

export const BASIS_NL: Readonly<Record<string, string>> = {
  consent: 'Toestemming van betrokkene',
  legal_obligation: 'Wettelijke verplichting',
  vital_interest: 'Vitaal belang',
  public_task: 'Publieke taak',
  wpg20: 'Besluit art. 20 Wet politiegegevens',
  legitimate_interest: 'Gerechtvaardigd belang',
  compatible_further_processing: 'Verenigbare verdere verwerking',
  conflict_of_duties: 'Conflict van plichten',
};

export const RIGHTS_KIND_NL: Readonly<Record<string, string>> = {
  information: 'Informatie',
  access: 'Inzage',
  rectification: 'Rectificatie',
  erasure: 'Verwijdering',
  restriction: 'Beperking',
  objection: 'Bezwaar',
  complaint: 'Klacht',
};

export const ACTION_STATUS_NL: Readonly<Record<string, string>> = { open: 'Open', done: 'Afgerond', cancelled: 'Vervallen' };

export const labelOf = (map: Readonly<Record<string, string>>, code: string): string => map[code] ?? code;

/** A date as Dutch readers write it: 1 juni 2026. */
export function dateNl(d: Date | string | number | null | undefined): string {
  if (d === null || d === undefined) return '—';
  const date = new Date(d);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

/** A moment as Dutch readers write it: 1 juni 2026 om 14:00. */
export function dateTimeNl(d: Date | string | number | null | undefined): string {
  if (d === null || d === undefined) return '—';
  const date = new Date(d);
  if (Number.isNaN(date.getTime())) return '—';
  const time = date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  return `${dateNl(date)} om ${time}`;
}
