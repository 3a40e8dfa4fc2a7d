/**
 * Why a table's protocol (seed 000 Bijlage 2) refuses a step: a stable reason code, the rule it
 * enforces, and a message in Dutch and English. A precondition's refusal carries the table's own
 * words as `detail`, so the refusal names the precondition as the covenant states it.
 */
import type { Message } from '../validation/result.js';

/** `P2` need to know (who takes part), `P3` purpose binding (the data set), `table` the table's admission rules. */
export type TableRule = 'P2' | 'P3' | 'table';

export const TABLE_REASONS = {
  partner_not_at_table: {
    rule: 'P2',
    nl: 'Deze organisatie is geen partner van deze overlegtafel.',
    en: 'This organisation is not a partner of this table.',
  },
  incidental_partner_without_reason: {
    rule: 'P2',
    nl: 'Een incidentele partner van deze overlegtafel neemt alleen deel met een vastgelegde reden.',
    en: 'An incidental partner of this table takes part only with a recorded reason.',
  },
  age_outside_table_range: {
    rule: 'table',
    nl: 'De leeftijd van betrokkene valt buiten de leeftijdsgrens van deze overlegtafel.',
    en: "The subject's age is outside this table's age range.",
  },
  age_unknown_for_table_range: {
    rule: 'table',
    nl: 'Deze overlegtafel heeft een leeftijdsgrens en van geen van de betrokkenen is de geboortedatum bekend.',
    en: 'This table has an age range and no subject of the case has a known birth date.',
  },
  category_not_in_data_set: {
    rule: 'P3',
    nl: 'Deze soort gegevens hoort niet bij de gegevensset van deze overlegtafel.',
    en: "This kind of data is not in this table's data set.",
  },
  category_outside_process_file: {
    rule: 'P3',
    nl: 'Hier wordt geen persoonsdossier aangelegd, alleen een procesdossier: een bijdrage hoort bij een van de kerngegevens van de casus; werkaantekeningen blijven in het dossier van uw eigen organisatie.',
    en: 'No personal file is kept here, only a process file: a contribution belongs to one of the core data of the case; working notes stay in your own organisation\'s file.',
  },
  known_or_not_known_only: {
    rule: 'P3',
    nl: 'Aan deze overlegtafel meldt uw organisatie alleen of betrokkene al dan niet bij u bekend is; een antwoord met inhoud wordt niet opgeslagen.',
    en: 'At this table your organisation says only whether the subject is known to it; an answer with content is not stored.',
  },
  precondition_unmet: {
    rule: 'table',
    nl: 'Aan een randvoorwaarde van deze overlegtafel is niet voldaan.',
    en: 'A precondition of this table is not met.',
  },
  screening_incomplete: {
    rule: 'table',
    nl: 'Beantwoord eerst de vervolgvragen van deze overlegtafel en leg de beoordeling van de procesregisseur vast.',
    en: "First answer this table's follow-up questions and record the process director's assessment.",
  },
  screening_criteria_unmet: {
    rule: 'table',
    nl: 'Volgens de screening voldoet de casus niet aan alle criteria van deze overlegtafel; die gelden samen.',
    en: "According to the screening the case does not meet all of this table's criteria; they apply together.",
  },
  routing_only_table: {
    rule: 'table',
    nl: 'Aan deze overlegtafel worden individuen alleen besproken om te bepalen waar hun casus thuishoort: geen individueel plan, casusregisseur of monitoring.',
    en: 'At this table individuals are discussed only to decide where their case belongs: no individual plan, case director or monitoring.',
  },
  routing_only_plan: {
    rule: 'table',
    nl: 'Het verslag van deze overlegtafel bevat geen doelen of acties van een individueel plan: hier wordt over een persoon alleen besloten waar de casus wordt opgepakt. Leg dat besluit vast in de notities van het verslag.',
    en: "This table's meeting record holds no goals or actions of an individual plan: here a person is discussed only to decide where the case is taken up. Record that decision in the record's notes.",
  },
} as const satisfies Record<string, { readonly rule: TableRule; readonly nl: string; readonly en: string }>;

export type TableReason = keyof typeof TABLE_REASONS;

export interface TableRefusal {
  readonly ok: false;
  readonly rule: TableRule;
  readonly reason: TableReason;
  /** The table's own words, e.g. the precondition's text. */
  readonly detail?: string;
}

export type TableResult = { readonly ok: true } | TableRefusal;

export const TABLE_OK: { readonly ok: true } = { ok: true };

export function tableRefusal(reason: TableReason, detail?: string): TableRefusal {
  return { ok: false, rule: TABLE_REASONS[reason].rule, reason, ...(detail === undefined ? {} : { detail }) };
}

/** The message for a refusal; a precondition's own words follow the general message. */
export function tableMessage(refusal: TableRefusal): Message {
  const { nl, en } = TABLE_REASONS[refusal.reason];
  return refusal.detail === undefined ? { nl, en } : { nl: `${nl} ${refusal.detail}`, en: `${en} ${refusal.detail}` };
}
