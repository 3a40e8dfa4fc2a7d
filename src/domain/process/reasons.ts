/**
 * Why the work process refuses a step: a stable reason code, the rule of DOMAIN.md §5 it
 * enforces (or `process` for the work process of §3 itself), and a message in Dutch and
 * English. The table is the documentation: every code a guard can return is listed here.
 */
import type { Message } from '../validation/result.js';

export type ProcessRule = 'P1' | 'P2' | 'P5' | 'P6' | 'P7' | 'P9' | 'P10' | 'P11' | 'P12' | 'P13' | 'process';

interface ReasonEntry {
  readonly rule: ProcessRule;
  readonly nl: string;
  readonly en: string;
}

export const PROCESS_REASONS = {
  // The process directors' team queue (issue 15 item 5)
  not_new: { rule: 'process', nl: 'Deze casus is al verder dan de screening en staat niet meer in de wachtrij.', en: 'This case is past screening and no longer in the queue.' },
  not_in_pool: { rule: 'process', nl: 'De regie over deze overlegtafel ligt bij procesregisseurs van een andere organisatie.', en: 'This table is directed by process directors of another organisation.' },
  already_yours: { rule: 'process', nl: 'U bent al procesregisseur van deze casus.', en: 'You are already the process director of this case.' },
  // P1 membership
  registrant_not_member: { rule: 'P1', nl: 'Alleen een convenantpartner kan een casus aanmelden.', en: 'Only a covenant partner can register a case.' },
  registrant_membership_not_started: { rule: 'P1', nl: 'Het lidmaatschap van deze partner is nog niet ingegaan.', en: "This partner's membership has not started yet." },
  registrant_membership_ended: { rule: 'P1', nl: 'Het lidmaatschap van deze partner is beëindigd.', en: "This partner's membership has ended." },
  contributor_not_active: { rule: 'P1', nl: 'Alleen een actieve convenantpartner kan als partner bijdragen.', en: 'Only an active covenant partner can contribute as a partner.' },
  asked_partner_not_active: { rule: 'P1', nl: 'Een gevraagde partij is geen actieve convenantpartner.', en: 'An asked organisation is not an active covenant partner.' },
  pickup_partner_not_active: { rule: 'P1', nl: 'De partij die de casus oppakt is geen actieve convenantpartner.', en: 'The organisation picking up the case is not an active covenant partner.' },
  case_manager_brief_without_case_manager: { rule: 'process', nl: 'Wijs eerst een casemanager aan; de opdracht en prestatieopdracht horen bij die aanwijzing.', en: 'Appoint a case manager first; the brief and performance brief belong to that appointment.' },
  case_director_partner_inactive: { rule: 'P1', nl: 'De casusregisseur werkt niet voor een actieve convenantpartner.', en: 'The case director does not work for an active covenant partner.' },
  // P2 need to know, lawful attendance
  actor_not_process_director: { rule: 'P2', nl: 'Alleen de procesregisseur zet deze stap.', en: 'Only the process director takes this step.' },
  all_partners_asked_without_justification: { rule: 'P2', nl: 'Alle of bijna alle partners in deze casus bevragen is onevenredig zonder vastgelegde rechtvaardiging.', en: 'Asking every or nearly every partner in this case is disproportionate without a recorded justification.' },
  presence_answer_only: { rule: 'P2', nl: 'Bij verrijking mag alleen "bekend / niet bekend" worden geantwoord.', en: 'In enrichment the answer may only be "known / not known".' },
  invitee_not_active_partner: { rule: 'P2', nl: 'Deze deelnemer werkt niet voor een actieve convenantpartner.', en: 'This participant does not work for an active covenant partner.' },
  invitee_role_mismatch: { rule: 'P2', nl: 'Deze rol past niet bij deze deelnemer.', en: 'This role does not fit this participant.' },
  subject_may_not_attend: { rule: 'P2', nl: 'In dit samenwerkingsverband neemt de betrokkene niet deel aan het RTO.', en: 'In this collaboration the subject does not attend the RTO.' },
  attendee_without_consent: { rule: 'P2', nl: 'Betrokkene of vertegenwoordiger neemt alleen deel met een getekende toestemmingsverklaring.', en: 'The subject or a representative attends only with signed consent.' },
  representative_not_identified: { rule: 'P2', nl: 'De vertegenwoordiger moet zich eerst identificeren.', en: 'The representative must identify first.' },
  // P5 legal basis, P6 consent
  consent_refused_for_data: { rule: 'P6', nl: 'Het huishouden heeft geen toestemming gegeven voor deze gegevens; ze worden niet verwerkt.', en: 'The household refused consent for this data; it is not processed.' },
  no_legal_basis: { rule: 'P5', nl: 'Zonder grondslag wordt niets opgeslagen.', en: 'Nothing is stored without a legal basis.' },
  basis_not_in_catalogue: { rule: 'P5', nl: 'Deze grondslag staat niet in de catalogus van de partner.', en: "This legal basis is not in the partner's catalogue." },
  basis_law_missing: { rule: 'P5', nl: 'Noem het wetsartikel van deze grondslag.', en: 'State the law article of this legal basis.' },
  legitimate_interest_public_authority: { rule: 'P5', nl: 'Een overheidsorgaan kan zich niet op gerechtvaardigd belang beroepen.', en: 'A public authority cannot rely on legitimate interest.' },
  compatibility_factors_incomplete: { rule: 'P5', nl: 'Verenigbare verdere verwerking vraagt alle vijf factoren.', en: 'Compatible further processing needs all five factors.' },
  basis_motivation_missing: { rule: 'P5', nl: 'Deze grondslag vraagt een motivering.', en: 'This legal basis needs a motivation.' },
  legitimate_interest_unbalanced: { rule: 'P5', nl: 'Gerechtvaardigd belang vraagt een vastgelegde belangenafweging (motivering).', en: 'Legitimate interest needs a recorded balancing of interests (motivation).' },
  consent_not_valid: { rule: 'P6', nl: 'Er is geen geldige toestemming die deze partner noemt.', en: 'There is no valid consent naming this partner.' },
  domain_crossing_without_consent: { rule: 'P6', nl: 'Domeinoverstijgende verwerking vraagt toestemming van het huishouden.', en: "Domain-crossing processing needs the household's consent." },
  // P7 sharing without consent
  weighing_missing: { rule: 'P7', nl: 'Delen zonder toestemming vraagt een afgeronde afweging.', en: 'Sharing without consent needs a completed weighing.' },
  consent_exception_missing: {
    rule: 'P7',
    nl: 'Zonder toestemming wordt aan deze tafel alleen gedeeld op een van de uitzonderingen van de checklist: ter voorkoming van strafbare feiten, in het belang van bescherming en veiligheid van jeugdigen en/of de omgeving, of in het belang van rechten en vrijheden van anderen. Leg de uitzondering vast in de afweging.',
    en: 'Without consent this table shares only on one of the checklist exceptions (preventing crimes, protecting youth or others, the rights and freedoms of others): record the exception in the weighing.',
  },
  no_consent_grounds_missing: {
    rule: 'P7',
    nl: 'Zonder toestemming deelt een partner hier alleen op de gronden die het convenant noemt (een gegrond vermoeden van een ernstige lichamelijke of geestelijke gezondheidstoestand én van een dringende noodzaak tot hulp), elk gemotiveerd, nadat betrokkene weigerde of redelijkerwijs niet gevraagd kon worden. Motiveer elke grond in de afweging.',
    en: "Without consent a partner shares here only on the covenant's grounds (a grounded suspicion of a serious physical or mental condition and of an urgent need for help), each motivated, after the subject refused or could not reasonably be asked. Motivate every ground in the weighing.",
  },
  weighing_incomplete: { rule: 'P7', nl: 'De afweging is niet volledig gemotiveerd.', en: 'The weighing is not fully motivated.' },
  first_disclosure_not_limited: { rule: 'P7', nl: 'De eerste verstrekking zonder toestemming is beperkt tot wie betrokken is en welke hulp.', en: 'The first disclosure without consent is limited to who is involved and what kind of help.' },
  // P9 police data
  police_special_not_supplement: { rule: 'P9', nl: 'Bijzondere politiegegevens worden alleen verstrekt ter aanvulling op andere politiegegevens die de politie in deze casus al verstrekte (art. 5 Wpg, art. 20-besluit).', en: 'Special-category police data is provided only as a supplement to other police data already provided in this case (Wpg art. 5, art. 20 decision).' },
  police_data_outside_wpg: { rule: 'P9', nl: 'Uw organisatie verwerkt geen gegevens onder de Wet politiegegevens en verstrekt dus geen politiegegevens.', en: 'Your organisation does not process data under the Police Data Act (Wpg), so it provides no police data.' },
  wpg20_decision_suspended: {
    rule: 'P9',
    nl: 'De korpschef heeft de art. 20 Wpg-beslissing voor dit samenwerkingsverband opgeschort: zolang verstrekt de politie hier geen politiegegevens.',
    en: 'The police chief suspended the art. 20 Wpg decision for this collaboration: until it is lifted, the police provide no police data here.',
  },
  wpg20_decision_withdrawn: {
    rule: 'P9',
    nl: 'De korpschef heeft de art. 20 Wpg-beslissing voor dit samenwerkingsverband ingetrokken: de politie verstrekt hier geen politiegegevens meer.',
    en: 'The police chief withdrew the art. 20 Wpg decision for this collaboration: the police no longer provide police data here.',
  },
  wpg20_no_decision: { rule: 'P9', nl: 'Deze partner verstrekt niet op grond van een art. 20 Wpg-beslissing.', en: 'This partner does not provide under an art. 20 Wpg decision.' },
  wpg20_not_decision_holder: {
    rule: 'P9',
    nl: 'Alleen medewerkers van de politiepartner zelf leggen vast dat de korpschef de art. 20 Wpg-beslissing opschort, wijzigt of intrekt.',
    en: "Only the police partner's own people record that the police chief suspends, changes or withdraws the art. 20 Wpg decision.",
  },
  wpg20_reason_missing: { rule: 'P9', nl: 'Noem de reden van de korpschef.', en: "State the police chief's reason." },
  wpg20_withdrawn_needs_new_decision: {
    rule: 'P9',
    nl: 'Een ingetrokken art. 20 Wpg-beslissing komt alleen terug als nieuwe beslissing: leg die vast als "van kracht" met het kenmerk van het nieuwe besluit.',
    en: 'A withdrawn art. 20 Wpg decision only comes back as a new decision: record it as in force with the new decision\'s reference.',
  },
  wpg20_status_unchanged: { rule: 'P9', nl: 'De art. 20 Wpg-beslissing heeft deze status al.', en: 'The art. 20 Wpg decision already has this status.' },
  police_provision_incomplete: { rule: 'P9', nl: 'Een verstrekking van politiegegevens vraagt alle velden van art. 32 Wpg.', en: 'A provision of police data needs every field of Wpg art. 32.' },
  // P10 informing the subject
  subject_not_informed: { rule: 'P10', nl: 'De betrokkene moet uiterlijk bij de triage geïnformeerd zijn, of het uitstel vastgelegd.', en: 'The subject must be informed by triage, or the postponement recorded.' },
  informing_not_on_behalf_of_registrant: { rule: 'P10', nl: 'Informeren gebeurt door of namens de aanmelder.', en: 'Informing is done by or on behalf of the registrant.' },
  subject_informed_after_deadline: { rule: 'P10', nl: 'Volgens het convenant informeert de melder de betrokkene bij de aanmelding; het vastgelegde informeren was na de dag van aanmelding.', en: 'The covenant has the reporter inform the subject at registration; the recorded informing came after the day of registration.' },
  postponement_not_allowed: { rule: 'P10', nl: 'Dit convenant staat uitstel van informeren niet toe.', en: 'This covenant does not allow postponing informing.' },
  postponement_incomplete: { rule: 'P10', nl: 'Uitstel van informeren vraagt een reden en een geplande datum.', en: 'Postponing informing needs a reason and a planned date.' },
  postponement_overdue: { rule: 'P10', nl: 'De geplande datum om te informeren is verstreken.', en: 'The planned date for informing has passed.' },
  // P11 third parties
  third_party_conditions_unmet: { rule: 'P11', nl: 'Een derde neemt alleen deel met grondslag, instemming van alle partners, geheimhouding en geïnformeerde betrokkene.', en: 'A third party joins only with a basis, all partners consenting, confidentiality and the subject informed.' },
  // P12 nothing left behind
  stored_before_pickup: { rule: 'P12', nl: 'Zolang de casus niet is opgepakt, wordt niets opgeslagen.', en: 'Nothing is stored until the case is picked up.' },
  // P13 retention and de-escalation
  exceptions_not_allowed: { rule: 'P13', nl: 'Dit samenwerkingsverband kent geen uitzondering op de bewaartermijnen.', en: 'This collaboration allows no exception to its retention periods.' },
  exception_motivation_missing: { rule: 'P13', nl: 'Een uitzondering vraagt een motivering.', en: 'An exception needs a motivation.' },
  reassessment_too_far: { rule: 'P13', nl: 'De herbeoordeling ligt te ver vooruit.', en: 'The re-assessment is too far ahead.' },
  reassessment_not_after_decision: { rule: 'P13', nl: 'De herbeoordeling moet na het besluit liggen.', en: 'The re-assessment must come after the decision.' },
  exception_not_by_lead_partner: { rule: 'P13', nl: 'Alleen de leidende partij besluit over een uitzondering.', en: 'Only the lead partner decides an exception.' },
  step_postponed_by_exception: { rule: 'P13', nl: 'Een uitzondering stelt deze stap uit tot de herbeoordeling.', en: 'An exception postpones this step until the re-assessment.' },
  reopen_not_manager: { rule: 'P13', nl: 'Alleen de manager heropent een gearchiveerd dossier.', en: 'Only the manager re-opens an archived dossier.' },
  reopen_reason_missing: { rule: 'P13', nl: 'Heropenen vraagt een vastgelegde reden.', en: 'Re-opening needs a recorded reason.' },
  // §3 the work process
  transition_not_allowed: { rule: 'process', nl: 'Deze stap kan niet vanuit de huidige fase.', en: 'This step is not possible from the current phase.' },
  phase_not_in_variant: { rule: 'process', nl: 'Dit samenwerkingsverband kent deze stap niet.', en: 'This collaboration does not take this step.' },
  triage_question_incomplete: { rule: 'process', nl: 'Een triagevraag noemt namens wie, voor welke taak en welk doel, en waarom.', en: 'A triage question states on whose behalf, for which task and purpose, and why.' },
  triage_not_on_behalf_of_registrant: { rule: 'process', nl: 'De triagevraag wordt gesteld namens de aanmelder.', en: 'The triage question is asked on behalf of the registrant.' },
  rto_not_prepared: { rule: 'process', nl: 'Een RTO vraagt een agenda en uitgenodigde deelnemers.', en: 'An RTO needs an agenda and invited participants.' },
  no_case_director: { rule: 'process', nl: 'Monitoring vraagt een casusregisseur.', en: 'Monitoring needs a case director.' },
  no_plan: { rule: 'process', nl: 'Monitoring vraagt een plan van aanpak met doelen en acties.', en: 'Monitoring needs a plan of approach with goals and actions.' },
  reporter_not_agreed: { rule: 'process', nl: 'De melder heeft een beslissende stem bij afsluiten en heeft nog niet zelf ingestemd.', en: 'The reporter has a decisive voice in closing and has not agreed itself yet.' },
  reporter_disagrees: { rule: 'process', nl: 'De melder stemt niet in met afsluiten; de melder beslist.', en: 'The reporter does not agree to closing; the reporter decides.' },
  voice_not_reporter: { rule: 'process', nl: 'Alleen een professional van de melder legt de stem van de melder vast.', en: "Only a professional of the reporting partner records the reporter's voice." },
  // Fase 1: the process director's judgement at accept (seed 001 art. 9.2a, Bijlage 2; seed 003 B3-F1)
  acceptance_assessment_missing: {
    rule: 'process',
    nl: 'Leg bij het aannemen de beoordeling vast: aan welke criteria voor complexe casuïstiek de casus globaal voldoet en de inhoudelijke afweging.',
    en: 'Accepting records the assessment: which complex-case criteria the case globally meets, and the assessment of its substance.',
  },
  outside_criteria_without_reason: {
    rule: 'process',
    nl: 'De casus voldoet niet aan de criteria voor complexe casuïstiek: (ernstige lokale veiligheidsproblematiek óf impact op het systeem of de leefomgeving) én samenwerking tussen meerdere ketens nodig én meerdere problemen op meer dan één leefgebied. Aannemen kan alleen met de reden waarom de casus toch thuishoort in het Zorg- en Veiligheidshuis.',
    en: 'The case does not meet the complex-case criteria: (serious local safety problem or impact on the system or surroundings) and several chains needed and several problems in more than one life domain. It can be accepted only with the reason it still belongs in the house.',
  },
  consultation_missing: {
    rule: 'process',
    nl: 'De procesregisseur beoordeelt de casus in overleg met de partij die haar aanmeldde: leg vast met wie, wanneer en met welke uitkomst is overlegd.',
    en: 'The process director judges the case in consultation with the registering party: record with whom, when and with what outcome.',
  },
  handover_party_unknown: { rule: 'process', nl: 'Kies een partij uit de partijen waaraan dit samenwerkingsverband overdraagt.', en: 'Choose one of the parties this collaboration hands cases over to.' },
  handover_party_not_partner: { rule: 'P1', nl: 'Als er al hulpverlening betrokken is, wordt het wijkteam van een convenantpartner op de hoogte gebracht; deze partij is geen convenantpartner.', en: 'When help is already involved, the neighbourhood team of a covenant partner is told; this party is not a covenant partner.' },
  proposal_not_in_variant: { rule: 'process', nl: 'In dit samenwerkingsverband is het resultaat van het overleg een plan van aanpak; een voorstel kan niet als resultaat worden vastgelegd.', en: 'In this collaboration the result of the meeting is a plan of approach; a proposal cannot be recorded as the result.' },
  proposal_not_joint: { rule: 'process', nl: 'Een gezamenlijk gedragen voorstel heeft een tekst en wordt gedragen door ten minste twee actieve convenantpartners.', en: 'A jointly supported proposal has a text and is supported by at least two active covenant partners.' },
  closing_criterion_missing: { rule: 'process', nl: 'Leg vast op grond van welk criterium de casus sluit.', en: 'Record the criterion on which the case closes.' },
} as const satisfies Record<string, ReasonEntry>;

export type ReasonCode = keyof typeof PROCESS_REASONS;

export interface Refusal {
  readonly ok: false;
  readonly rule: ProcessRule;
  readonly reason: ReasonCode;
}

export type GuardResult = { readonly ok: true } | Refusal;

export const ALLOWED: { readonly ok: true } = { ok: true };

export function refuse(reason: ReasonCode): Refusal {
  return { ok: false, rule: PROCESS_REASONS[reason].rule, reason };
}

/** The message for a reason code, for the edge to show. */
export function reasonMessage(reason: ReasonCode): Message {
  const { nl, en } = PROCESS_REASONS[reason];
  return { nl, en };
}

/** Runs guards in order and returns the first refusal. */
export function firstRefusal(...checks: readonly (() => GuardResult)[]): GuardResult {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return ALLOWED;
}
