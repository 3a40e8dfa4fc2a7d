/**
 * The canonical work process and staged de-escalation of seed 003 Bijlage 3 (the Handvat model),
 * shared by the Limburg houses that follow it.
 */
import type { CollaborationTable } from '../domain/config/collaboration-config.schema.js';
import type { ProcessVariant } from '../domain/process/variant.js';
import type { RetentionPolicy } from '../domain/retention/policy.js';

export const CANONICAL_STEPS: ProcessVariant['steps'] = [
  { id: 'aanmelding-screening', label: 'Fase 1: aanmelding en screening', phase: 'screening' },
  { id: 'triage-voorbereiding-rto', label: 'Fase 2: triage en voorbereiding RTO', phase: 'triage' },
  { id: 'rto', label: 'Fase 3: Ronde Tafel Overleg', phase: 'rto' },
  { id: 'monitoring', label: 'Fase 3: plan van aanpak, casusregie en monitoring in vervolg-RTO', phase: 'monitoring' },
  { id: 'afschaling-stap-1', label: 'Fase 4, stap 1: 0-6 maanden na besluit tot afschaling, dossier blijft actief', phase: 'deescalation1' },
  { id: 'afschaling-stap-2', label: 'Fase 4, stap 2: 6-12 maanden, dossier gearchiveerd', phase: 'archived' },
  { id: 'afschaling-stap-3', label: 'Fase 4, stap 3: na 12 maanden verwijderd', phase: 'deleted' },
];

/** The steps of seed 003 Bijlage 3, in its words. */
export const CANONICAL_TRANSITIONS: ProcessVariant['transitions'] = [
  { event: 'accept', from: ['screening'], to: 'triage', label: 'Fase 1: casus aangenomen, door naar triage', closes: false },
  { event: 'reject', from: ['screening', 'triage', 'rto'], to: 'rejected', label: 'Casus niet aangenomen: informatie verwijderd', closes: false },
  { event: 'refer', from: ['triage', 'rto'], to: 'referred', label: 'Beter op zijn plaats aan een andere tafel (bijvoorbeeld ZSM): informatie verwijderd', closes: false },
  { event: 'schedule_rto', from: ['triage'], to: 'rto', label: 'Fase 2: casus gaat door naar het RTO', closes: false },
  { event: 'adopt_plan', from: ['rto'], to: 'monitoring', label: 'Fase 3: plan van aanpak vastgesteld, casusregisseur aangewezen', closes: false },
  { event: 'follow_up_rto', from: ['monitoring'], to: 'rto', label: 'Fase 3: vervolg-RTO', closes: false },
  { event: 'deescalate', from: ['rto', 'monitoring'], to: 'deescalation1', label: 'Fase 4: besluit tot afschaling (stap 1)', closes: false },
  { event: 'relapse', from: ['deescalation1'], to: 'monitoring', label: 'Fase 4: terugval, terug naar monitoring', closes: false },
  { event: 'archive', from: ['deescalation1'], to: 'archived', label: 'Fase 4, stap 2: dossier archiveren', closes: false },
  { event: 'delete', from: ['archived'], to: 'deleted', label: 'Fase 4, stap 3: dossier verwijderen', closes: false },
  { event: 'reopen', from: ['archived'], to: 'deescalation1', label: 'Fase 4, stap 2: dossier heractiveren (besluit van de manager)', closes: false },
];

export const CANONICAL_PROCESS: ProcessVariant = {
  transitions: CANONICAL_TRANSITIONS,
  triageMode: 'selected',
  meetingScheduling: 'per_case',
  meetingEveryDays: null,
  closingCriteria: [],
  reporterDecisiveInClosing: false,
  storeOnlyAfterPickup: false,
  domainCrossingNeedsConsent: false,
  subjectMayAttend: true,
  firstDisclosureWithoutConsentLimited: false,
  allDirectorsSeeAllCases: false,
  nearlyAllPartnersShare: 0.8,
  steps: CANONICAL_STEPS,
};

/**
 * The canonical process of a house whose covenant has the process director judge a case's
 * suitability in consultation with the registering party (seed 001 and 003 art. 9.2a).
 */
export const CANONICAL_PROCESS_IN_CONSULTATION: ProcessVariant = { ...CANONICAL_PROCESS, acceptInConsultationWithRegistrant: true };

export function stagedRetention(source: string): RetentionPolicy {
  return {
    anchor: 'deescalation_decision',
    archiveAfterMonths: 6,
    deleteAfterMonths: 12,
    exceptionsAllowed: true,
    maxExceptionMonths: 6,
    reminderDaysBefore: 14,
    unpickedSignal: null,
    source,
  };
}

/** The complex-case criteria of the Landelijk Kader (seed 001 and 003, Bijlage 2). */
export const COMPLEX_CASE_CRITERIA_TEXT: readonly string[] = [
  'Er is sprake van ernstige lokale of gebiedsgebonden veiligheidsproblematiek die vraagt om een ketenoverstijgende aanpak, of',
  'De problematiek wordt beïnvloed door en heeft impact op het (gezins)systeem en/of de directe sociale leefomgeving (of naar verwachting)',
  'Samenwerking tussen meerdere ketens (minimaal dwang en drang) is nodig; binnen één keten is de problematiek niet effectief aan te pakken',
  'Er zijn meerdere problemen (multiproblem) op meer dan één leefgebied die (naar verwachting) leiden tot crimineel en/of overlastgevend gedrag of verder afglijden',
];

/**
 * How the criteria above hold together (seed 001 Bijlage 2: "…, of; …: …; en: …"): the first or
 * the second, and the third, and the fourth.
 */
export const COMPLEX_CASE_CRITERIA_GROUPS: readonly (readonly number[])[] = [[0, 1], [2], [3]];

/** Follow-up questions of screening and triage (seed 003 Bijlage 3, fase 1 en 2). */
export const CANONICAL_FOLLOW_UP: readonly string[] = [
  'Voldoet de casus globaal aan de formele criteria van het landelijk kader?',
  'Welke partijen zijn al betrokken of moeten waarschijnlijk betrokken worden?',
  'Welke bijdrage kunnen deelnemers leveren aan beeldvorming en aan de uitvoering van een plan van aanpak?',
  'Wat is het doel van het RTO, welke besluiten moeten er vallen en welke gespreksthema’s zijn relevant?',
  'Welke informatie mag vooraf worden ingezien, met akkoord van de partij die haar inbracht?',
  'Hoe wordt de burger betrokken: uitgenodigd, vooraf of achteraf geïnformeerd?',
];

export const CANONICAL_PRECONDITIONS = [
  { kind: 'covenant_partners_only', text: 'Aanmelden kan alleen een convenantpartner met een geregelde bevoegdheidsverlening aan de procesregisseur' },
  { kind: 'legal_basis_recorded', text: 'De grondslag van de aanmeldende partij (en later de casusregisseur) is bij aanmelding duidelijk' },
  { kind: 'data_minimisation', text: 'Dataminimalisatie, maar geen anonimisering (fase 1)' },
  { kind: 'subject_informed', text: 'Betrokkene wordt geïnformeerd door de aanmeldende partij of de casusregisseur; uitstel alleen met vastgelegde reden en moment' },
  { kind: 'plan_of_approach', text: 'Het RTO stelt een integraal plan van aanpak op en wijst een casusregisseur aan' },
] as const;

/** The data a canonical RTO table may record (seed 003 Bijlage 3, fase 1-4). */
export const CANONICAL_DATA_SET = [
  { id: 'casusnummer', label: 'Casusnummer', special: false },
  { id: 'identificerende-gegevens', label: 'Identificerende gegevens van betrokkene(n) (naam, adres, geboortedatum; BSN alleen als de aanmelder het mag gebruiken)', special: false },
  { id: 'aanmelder', label: 'Naam aanmelder en organisatie', special: false },
  { id: 'casusinformatie-aanmelding', label: 'Casusinformatie nodig voor de beoordeling bij aanmelding', special: true },
  { id: 'triage-bijdragen', label: 'Bijdragen van bevraagde partners in de triage, per leefgebied', special: true },
  { id: 'rto-verslag', label: 'RTO-verslag: datum, aanwezigen, aanleiding, status', special: false },
  { id: 'plan-van-aanpak', label: 'Plan van aanpak: doelen per leefgebied, acties met eigenaar en termijn', special: true },
  { id: 'casusregisseur', label: 'Naam casusregisseur en organisatie', special: false },
] as const;

/** A table of a canonical house: an RTO per case, convened by the process director from any partner. */
export function canonicalTable(id: string, name: string, purpose: string): CollaborationTable {
  return {
    id,
    name,
    purpose,
    frequency: { description: 'Ronde Tafel Overleg per casus, op initiatief van de procesregisseur', meetingsPerYear: null },
    criteria: COMPLEX_CASE_CRITERIA_TEXT,
    // Bijlage 2: (safety problem or impact on the system) and several chains and multi-problem.
    criteriaGroups: COMPLEX_CASE_CRITERIA_GROUPS,
    followUpQuestions: CANONICAL_FOLLOW_UP,
    preconditions: CANONICAL_PRECONDITIONS,
    chair: 'Procesregisseur Zorg- en Veiligheidshuis',
    structuralPartners: [],
    incidentalPartners: [],
    anyMemberMayJoin: true,
    individualsDiscussed: 'full',
    allowedDataSet: CANONICAL_DATA_SET,
    sharedInformation: [],
  };
}
