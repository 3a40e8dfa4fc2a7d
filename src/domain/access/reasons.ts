/**
 * Why the engine refused, and which rule of DOMAIN.md §5 it applied. Every refusal names one
 * rule id and one reason code; the API shows the Dutch and English message of the code.
 */
export type RuleId = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9' | 'P11' | 'P12' | 'P13' | 'P15';

export const REASONS = {
  other_collaboration: { rule: 'P2', nl: 'Deze casus hoort bij een ander samenwerkingsverband.', en: 'This case belongs to another collaboration.' },
  role_no_case_content: { rule: 'P2', nl: 'Uw rol geeft geen toegang tot casusinhoud.', en: 'Your role gives no access to case content.' },
  not_involved: { rule: 'P2', nl: 'U bent niet betrokken bij deze casus in deze fase.', en: 'You are not involved in this case in this phase.' },
  not_in_case: { rule: 'P2', nl: 'Dit gegeven hoort niet bij deze casus.', en: 'This item does not belong to this case.' },
  no_registered_request: { rule: 'P2', nl: 'Inzage door de privacyfunctionaris kan alleen binnen een geregistreerd verzoek dat u behandelt.', en: 'A privacy officer reads case content only within a registered request that they handle.' },
  role_may_not_register: { rule: 'P2', nl: 'Alleen een professional van een convenantpartner kan een casus aanmelden.', en: 'Only a covenant partner professional can register a case.' },
  process_director_not_a_registrant: { rule: 'P1', nl: 'Alleen een partner meldt een casus aan; de procesregisseur meldt niet aan op titel van de organisatie waar hij in dienst is.', en: 'Only a partner registers a case; the process director does not register on the title of the organisation that employs it.' },
  request_of_other_subject: { rule: 'P2', nl: 'Dit gegeven gaat niet over de betrokkene van het verzoek dat u behandelt.', en: 'This item is not about the subject of the request you handle.' },
  partner_not_active: { rule: 'P1', nl: 'Uw organisatie is (nog) geen actieve convenantpartner.', en: 'Your organisation is not an active covenant partner.' },
  purpose_not_of_phase: { rule: 'P3', nl: 'Dit doel past niet bij de huidige fase van de casus.', en: 'This purpose does not fit the current phase of the case.' },
  purpose_not_given: { rule: 'P3', nl: 'Dit gegeven is niet verstrekt voor dit doel.', en: 'This item was not provided for this purpose.' },
  not_kept_for_monitoring: { rule: 'P3', nl: 'Het RTO heeft dit gegeven niet beschikbaar gehouden voor monitoring.', en: 'The RTO did not keep this item available for monitoring.' },
  not_released: { rule: 'P4', nl: 'De inbrenger heeft dit gegeven niet voor u vrijgegeven.', en: 'The contributor has not released this item to you.' },
  excluded: { rule: 'P4', nl: 'De inbrenger heeft uw organisatie van dit gegeven uitgesloten.', en: 'The contributor excluded your organisation from this item.' },
  withdrawn: { rule: 'P4', nl: 'De inbrenger heeft dit gegeven ingetrokken.', en: 'The contributor withdrew this item.' },
  no_take_along_grant: { rule: 'P4', nl: 'Meenemen naar uw eigen systemen kan alleen met toestemming van de inbrenger.', en: 'Taking this along needs the contributor\'s grant.' },
  invalid_basis: { rule: 'P5', nl: 'Dit gegeven heeft geen geldige grondslag.', en: 'This item has no valid legal basis.' },
  legitimate_interest_unbalanced: { rule: 'P5', nl: 'Gerechtvaardigd belang vraagt een vastgelegde belangenafweging; die ontbreekt.', en: 'Legitimate interest needs a recorded balancing of interests; there is none.' },
  secrecy_without_conflict_weighing: { rule: 'P7', nl: 'De inbrenger heeft een beroepsgeheim en deelt zonder toestemming alleen na een vastgelegde afweging van een conflict van plichten.', en: 'The contributor is bound to professional secrecy and shares without consent only after a recorded conflict-of-duties weighing.' },
  consent_missing: { rule: 'P6', nl: 'De toestemming waarop dit gegeven rust ontbreekt of is (nog) niet gegeven.', en: 'The consent this item relies on is missing or not (yet) given.' },
  consent_revoked: { rule: 'P6', nl: 'De toestemming waarop dit gegeven rust is ingetrokken.', en: 'The consent this item relies on was revoked.' },
  domain_crossing_without_consent: { rule: 'P6', nl: 'Dit gegeven komt uit een ander domein; domeinoverstijgende verwerking vraagt de toestemming van het huishouden, en die is er niet (meer).', en: 'This item comes from another care domain; processing across domains needs the household\'s consent, which is not (or no longer) in force.' },
  consent_not_covering: { rule: 'P6', nl: 'De toestemming noemt uw organisatie niet.', en: 'The consent does not name your organisation.' },
  special_category: { rule: 'P8', nl: 'Uw organisatie mag geen bijzondere persoonsgegevens verwerken.', en: 'Your organisation may not process special categories of data.' },
  bsn_not_allowed: { rule: 'P8', nl: 'Het BSN mag hier niet worden verwerkt.', en: 'The citizen service number may not be processed here.' },
  police_data_not_copied: { rule: 'P9', nl: 'Politiegegevens worden bij inzage getoond, niet gekopieerd.', en: 'Police data is shown on access, never copied.' },
  wpg20_decision_suspended: {
    rule: 'P9',
    nl: 'De korpschef heeft de art. 20 Wpg-beslissing opgeschort: politiegegevens worden zolang niet aan andere partners verstrekt, ook niet ter inzage.',
    en: 'The police chief suspended the art. 20 Wpg decision: until it is lifted, police data is not provided to other partners, not even for reading.',
  },
  wpg20_decision_withdrawn: {
    rule: 'P9',
    nl: 'De korpschef heeft de art. 20 Wpg-beslissing ingetrokken: politiegegevens worden niet meer aan andere partners verstrekt, ook niet ter inzage.',
    en: 'The police chief withdrew the art. 20 Wpg decision: police data is no longer provided to other partners, not even for reading.',
  },
  third_party_conditions: { rule: 'P11', nl: 'Niet aan alle voorwaarden voor een derde is voldaan (grondslag, geheimhoudingsverklaring, instemming van alle partners).', en: 'Not all conditions for a third party are met (basis, confidentiality declaration, consent of all partners).' },
  not_accepted_deleted: { rule: 'P12', nl: 'De casus is niet in behandeling genomen; er resteert niets identificerends.', en: 'The case was not accepted; nothing identifying remains.' },
  archived_admin_set_only: { rule: 'P13', nl: 'Het dossier is gearchiveerd; alleen de administratieve set is nog zichtbaar voor medewerkers.', en: 'The dossier is archived; only the administrative set remains visible to staff.' },
  deleted: { rule: 'P13', nl: 'De casus is verwijderd.', en: 'The case was deleted.' },
  plan_not_running: { rule: 'P2', nl: 'Het plan van aanpak loopt niet (meer) in deze fase.', en: 'The plan of approach is not running in this phase.' },
  plan_action_not_case_director: {
    rule: 'P2',
    nl: 'Alleen de casusregisseur, de procesregisseur of de eigenaar van de actie werkt een actie van het plan bij.',
    en: 'Only the case director, the process director or the owner of the action updates a plan action.',
  },
  meeting_record_staff_only: {
    rule: 'P2',
    nl: 'Alleen de procesregisseur of ondersteuning in deze casus wijzigt de notulen en doelen van een overleg.',
    en: 'Only the process director or support in this case changes the notes and goals of a meeting.',
  },
  P15_restricted_processing: {
    rule: 'P15',
    nl: 'De verwerking van dit gegeven is beperkt op verzoek van de betrokkene (art. 18 AVG): het blijft bewaard, maar wordt niet gebruikt.',
    en: 'Processing of this item is restricted at the request of the subject (art. 18 GDPR): it stays stored but is not used.',
  },
  P15_objection_upheld: {
    rule: 'P15',
    nl: 'De betrokkene maakte bezwaar en dat is gehonoreerd (art. 21 AVG): dit gegeven wordt niet meer verwerkt.',
    en: 'The subject objected and the objection was upheld (art. 21 GDPR): this item is no longer processed.',
  },
} as const satisfies Record<string, { rule: RuleId; nl: string; en: string }>;

export type ReasonCode = keyof typeof REASONS;

export type Obligation = 'police_provision_log';

export type Decision =
  | { readonly allow: true; readonly obligations: readonly Obligation[] }
  | { readonly allow: false; readonly rule: RuleId; readonly reason: ReasonCode };

export type Denial = Extract<Decision, { allow: false }>;

const denials = Object.fromEntries(
  Object.entries(REASONS).map(([reason, r]) => [reason, Object.freeze({ allow: false, rule: r.rule, reason })]),
) as { readonly [K in ReasonCode]: Denial & { readonly reason: K } };

/** The (shared, frozen) refusal for a reason code. */
export function deny(reason: ReasonCode): Denial {
  return denials[reason];
}

export const ALLOW: Decision = Object.freeze({ allow: true, obligations: Object.freeze([]) });
export const ALLOW_POLICE_LOG: Decision = Object.freeze({ allow: true, obligations: Object.freeze(['police_provision_log'] as const) });

/** The Dutch and English message of a reason code. */
export function reasonMessage(reason: ReasonCode): { readonly nl: string; readonly en: string } {
  const r = REASONS[reason];
  return { nl: r.nl, en: r.en };
}
