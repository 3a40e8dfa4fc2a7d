/**
 * Zorgnetwerk Venlo (seed 002: Convenant Zorgnetwerk Venlo of 1 July 2021, Privacyreglement
 * (Bijlage A), Werkproces (Bijlage B) and the art. 20 Wpg decision of the same date).
 */
import type { CollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import { housing, mentalHealth, municipality, police, welfare } from './partner-kinds.js';

const SIGNED = '2021-07-01';

export const VENLO: CollaborationConfig = {
  id: 'zorgnetwerk-venlo',
  name: 'Zorgnetwerk Venlo',
  source: { title: 'Convenant inzake de samenwerking van het Zorgnetwerk Venlo', date: SIGNED },
  controller: {
    model: 'lead_partner',
    dossierController: null,
    jointControllers: [],
    operator: 'gemeente-venlo',
    rightsRequestsTo: 'each_partner',
    description:
      'Partners zijn zelfstandig verwerkingsverantwoordelijk voor hun eigen gegevens (art. 9.4; Bijlage A art. 4). De gemeente voert de stedelijke regie en ontvangt meldingen (art. 5, 9.1); de ketenregisseur zit het overleg voor. De beslissing tot uitwisseling ligt bij de aanmeldende partner (Bijlage A art. 7.8).',
  },
  partners: [
    municipality('gemeente-venlo', 'Gemeente Venlo', {
      joinedAt: SIGNED,
      note: 'Neemt deel met sociaal wijkteam plus en schuldhulpverlening (Bijlage B, 4).',
      catalogue: [
        { kind: 'consent' },
        { kind: 'legal_obligation', law: 'AVG art. 6 lid 1 onder c' },
        { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' },
        { kind: 'vital_interest' },
      ],
    }),
    // Bijlage A art. 10.1: police data only on the art. 20 Wpg basis, so no other basis in the catalogue.
    police('politie-limburg', 'Politie eenheid Limburg, basisteam Venlo-Beesel', 'Art. 20-beslissing "Zorgnetwerk Venlo" van 1 juli 2021 (artikel 8 en 13 Wpg-gegevens)', {
      joinedAt: SIGNED,
      catalogue: [{ kind: 'wpg20', description: 'Art. 20-beslissing "Zorgnetwerk Venlo" van 1 juli 2021 (artikel 8 en 13 Wpg-gegevens)' }],
    }),
    welfare('includio', 'Includio (maatschappelijk werk)', {
      joinedAt: SIGNED,
      note: 'In de ondertekening ook "Inluzio" genoemd.',
      catalogue: [
        { kind: 'consent' },
        { kind: 'legal_obligation', law: 'WGBO jo. BW art. 7:446 e.v.' },
        { kind: 'vital_interest' },
      ],
    }),
    housing('woonwenz', 'Woonstichting Woonwenz', { joinedAt: SIGNED }),
    housing('antares', 'Woningcorporatie Antares', { joinedAt: SIGNED }),
    mentalHealth('vincent-van-gogh', 'Stichting Vincent van Gogh (bemoeizorg)', {
      joinedAt: SIGNED,
      catalogue: [
        { kind: 'consent' },
        { kind: 'legal_obligation', law: 'WGBO jo. BW art. 7:446 e.v.' },
        { kind: 'vital_interest' },
        { kind: 'conflict_of_duties', description: 'Bijlage A art. 3 onder e' },
      ],
    }),
  ],
  tables: [
    {
      id: 'zorgnetwerk-overleg',
      name: 'Zorgnetwerk-overleg (ZNW) met Ronde Tafel Overleg',
      purpose:
        'Samenwerking bevorderen bij het effectief en integraal aanpakken, terugdringen en voorkomen van (woon)overlast; zo vroeg mogelijk signaleren van problematisch (woon)gedrag en toeleiden naar (bemoei)zorg; escalatie, structurele overlast en huisuitzetting voorkomen; ketensamenwerking en ketenregie versterken (art. 3).',
      frequency: { description: 'Maandelijks per werkgebied; RTO per casus op initiatief van de voorzitter', meetingsPerYear: { min: 12, max: 12 } },
      criteria: [
        'Volwassen inwoner van Venlo uit een hoog-risicogroep (psychosociale problemen, psychiatrie, verslaving, problemen op meerdere leefgebieden) (art. 3.1)',
        'Mijdt zorg of ondersteuning, heeft meervoudige problematiek, vertoont onbegrepen gedrag, dreigt door schulden uit huis gezet te worden en/of veroorzaakt structureel (woon)overlast (art. 4)',
        'De melder heeft de interne procedures van de eigen organisatie gevolgd zonder het gewenste resultaat (Bijlage B, 1)',
      ],
      followUpQuestions: [
        'Is betrokkene bij de partners bekend of niet bekend (verrijking)?',
        'Kan de casus zonder opschaling door één of meer partners worden opgepakt?',
        'Is er al hulpverlening betrokken, zodat het wijkteam de casus overneemt?',
      ],
      preconditions: [
        { kind: 'consent_or_documented_weighing', text: 'Toestemming van betrokkene, of een vastgelegde afweging zonder toestemming (Bijlage A art. 7)' },
        { kind: 'subject_informed', text: 'Betrokkene is geïnformeerd over de melding, de deelnemers en de functie van het zorgnetwerk (Bijlage B, 1)' },
        { kind: 'covenant_partners_only', text: 'Geen verdere verstrekking aan derden dan de partners (Bijlage A art. 8)' },
        { kind: 'data_minimisation', text: 'Alleen relevante informatie wordt gedeeld (Bijlage B, 4)' },
      ],
      chair: 'Ketenregisseur (art. 6.2, 7.2)',
      structuralPartners: ['gemeente-venlo', 'politie-limburg', 'includio', 'woonwenz', 'antares', 'vincent-van-gogh'],
      incidentalPartners: [],
      anyMemberMayJoin: false,
      individualsDiscussed: 'full',
      allowedDataSet: [
        { id: 'naw-betrokkene', label: 'Volledige naam en NAW-gegevens van betrokkene', special: false },
        { id: 'melder', label: 'Naam melder en organisatie', special: false },
        { id: 'melding', label: 'Omschrijving van de melding, aanleiding en oorzaak, aard, duur en ernst van de zorgen', special: false },
        { id: 'problematiek-plan', label: 'Problematiek, voortraject en plan van aanpak (gedrag en beperkte gezondheidsgegevens die alleen aangeven dát iemand zorg krijgt)', special: true },
        { id: 'woonsituatie', label: 'Gegevens woonsituatie (eigenaar, verhuurder woning)', special: false },
        { id: 'medebewoners', label: 'Gegevens medebewoners inclusief geboortedata (kindgegevens in de werknotitie)', special: false },
        { id: 'afspraken-toeleiding', label: 'Afspraken van partners over het leiden van betrokkene naar hulp; stappenplan en opvolging', special: false },
        { id: 'rto-verslag', label: 'RTO: datum, deelnemers, aanleiding, stand van zaken en plan van aanpak', special: false },
        { id: 'afsluiting', label: 'Afsluiting en de stand van zaken op dat moment', special: false },
        { id: 'namen-hulpverleners', label: 'Namen van betrokken hulpverleners van de partners', special: false },
      ],
      sharedInformation: [],
      // Bijlage B §4 "Registratie in WIZ portaal": the description is the registration text; beside it
      // these fields. The covenant lists what the registration holds, not that a report without one
      // of them is refused ("oorzaak (indien dit laatste bekend is)"): none is required here.
      registrationFields: [
        { id: 'reason', required: false },
        { id: 'cause', required: false },
        { id: 'nature', required: false },
        { id: 'duration', required: false },
        { id: 'severity', required: false },
        { id: 'housing-owner', required: false },
        { id: 'landlord', required: false },
        { id: 'co-residents', required: false },
        { id: 'step-plan', required: false },
        { id: 'follow-up', required: false },
        // "afspraak: kind gegevens worden opgenomen in de werknotitie": a child is refused among the co-residents.
        { id: 'work-note', required: false },
      ],
    },
  ],
  referralBodies: [
    { id: 'zsm', name: 'ZSM (Zo Snel, Slim, Selectief en Samen Mogelijk: OM, politie, reclassering)' },
    { id: 'veilig-thuis', name: 'Veilig Thuis Limburg-Noord' },
    { id: 'zorg-en-veiligheidshuis', name: 'Zorg- en Veiligheidshuis Venlo' },
  ],
  workAreas: [
    { id: 'venlo-centrum-zuid', name: 'Venlo Centrum Zuid' },
    { id: 'venlo-noordoost-oost', name: 'Venlo Noordoost-Oost, Arcen, Velden, Lomm' },
    { id: 'blerick', name: 'Blerick' },
    { id: 'tegelen-belfeld-steyl', name: 'Tegelen, Belfeld, Steyl' },
  ],
  process: {
    transitions: [
      { event: 'accept', from: ['screening'], to: 'triage', label: '1 Melding aangenomen: verrijking bij de partners', closes: false },
      { event: 'reject', from: ['screening', 'triage', 'rto'], to: 'rejected', label: 'Melding niet in behandeling: gegevens verwijderd', closes: false },
      { event: 'refer', from: ['triage', 'rto'], to: 'referred', label: 'Melding hoort bij een ander overleg: gegevens verwijderd', closes: false },
      { event: 'close_without_meeting', from: ['triage'], to: 'archived', label: '1 Afsluiten zonder overleg: partners pakken de melding op zonder opschaling', closes: true },
      { event: 'hand_over', from: ['triage'], to: 'archived', label: '1 Overdragen na verrijking: hulpverlening betrokken (wijkteam op de hoogte) of hulpvraag (voorliggend veld of sociaal wijkteam)', closes: true },
      { event: 'schedule_rto', from: ['triage'], to: 'rto', label: '2 Melding in behandeling in het maandelijks overleg van het werkgebied', closes: false },
      { event: 'adopt_plan', from: ['rto'], to: 'monitoring', label: '3 Resultaat: integraal plan of gezamenlijk gedragen voorstel', closes: false },
      { event: 'follow_up_rto', from: ['monitoring'], to: 'rto', label: '3 Maandelijkse evaluatie van voortgang en vervolgstap', closes: false },
      { event: 'close', from: ['rto', 'monitoring'], to: 'archived', label: '5 Afsluiten in de maandelijkse vergadering, melder beslissend', closes: true },
      { event: 'delete', from: ['archived'], to: 'deleted', label: 'Verwijderen, uiterlijk 2 jaar na afsluiten (Bijlage A art. 12)', closes: false },
    ],
    triageMode: 'presence_enrichment',
    meetingScheduling: 'per_work_area',
    meetingEveryDays: 30,
    closingCriteria: [
      { id: 'overlast-gestopt', label: 'De overlast is gestopt of tot een aanvaardbaar niveau teruggebracht' },
      { id: 'hulpverlening-opgestart', label: 'De hulpverlening is opgestart' },
      { id: 'geen-contact-geen-kinderen', label: 'Er is op geen enkele manier contact tot stand gekomen en er zijn geen kinderen op het adres ingeschreven' },
    ],
    reporterDecisiveInClosing: true,
    storeOnlyAfterPickup: false,
    domainCrossingNeedsConsent: false,
    subjectMayAttend: true,
    // Art. 2j, 7.1: "Indien betrokkene dit wenst, kan betrokkene ten alle tijde zelf deelnemen aan het RTO".
    subjectMayAlwaysAttend: true,
    // Bijlage A art. 7.2: the consent rule does not apply to the police, which provides under art. 20 Wpg.
    wpg20OutsideConsentRule: true,
    // Bijlage B §3: "Het resultaat van een RTO is een integraal plan of een gezamenlijk gedragen voorstel".
    proposalAsResult: true,
    // Bijlage B §1: help already involved → the neighbourhood team is told and coordinates; a question
    // for help → handed over to "de best passende partij: of voorliggend of sociaal wijkteam".
    handoverParties: [
      { id: 'sociaal-wijkteam', name: 'Sociaal wijkteam plus (Gemeente Venlo)', partnerId: 'gemeente-venlo' },
      { id: 'voorliggend-veld', name: 'Voorliggend veld (reguliere hulpverlening buiten het convenant)', partnerId: null },
    ],
    firstDisclosureWithoutConsentLimited: true,
    // Bijlage A art. 7.3: without consent the partner weighs, on its grounded suspicion, a. and b.
    // ("en"); art. 7.4: also when the subject cannot reasonably be asked.
    noConsentGrounds: [
      {
        id: 'ernstige-gezondheidstoestand',
        text: 'Gegrond vermoeden dat betrokkene in een ernstige lichamelijke of geestelijke gezondheidstoestand verkeert, al dan niet in samenhang met ernstige overlast voor anderen',
      },
      {
        id: 'dringende-noodzaak-hulp',
        text: 'Gegrond vermoeden dat er een dringende noodzaak is om hulp te bieden om die gezondheidstoestand te verbeteren, al dan niet om de ernstige overlast voor anderen te verminderen',
      },
    ],
    allDirectorsSeeAllCases: false,
    nearlyAllPartnersShare: 0.8,
    steps: [
      { id: 'melding', label: '1 Melding door convenantpartner', phase: 'screening' },
      { id: 'verrijking', label: '1 Verrijking bij de partners: bekend of onbekend', phase: 'triage' },
      { id: 'in-behandeling', label: '2 Melding in behandeling in het maandelijks overleg van het werkgebied', phase: 'rto' },
      { id: 'rto', label: '2 Ronde Tafel Overleg met de betrokken partijen (en betrokkene of gemachtigde)', phase: 'rto' },
      { id: 'resultaat', label: '3 Resultaat: integraal plan of gezamenlijk gedragen voorstel; maandelijkse evaluatie', phase: 'monitoring' },
      { id: 'afsluiten', label: '5 Afgesloten (in of zonder de maandelijkse vergadering, of overgedragen na verrijking; melder beslissend); bewaard tot uiterlijk 2 jaar', phase: 'archived' },
      { id: 'verwijderen', label: 'Verwijderen, uiterlijk 2 jaar na afsluiten (Bijlage A art. 12)', phase: 'deleted' },
    ],
  },
  retention: {
    anchor: 'closing',
    archiveAfterMonths: 0,
    deleteAfterMonths: 24,
    exceptionsAllowed: false,
    maxExceptionMonths: 0,
    reminderDaysBefore: 14,
    unpickedSignal: null,
    policeData: { deleteAfterMonths: 60 },
    source: 'seed 002 Bijlage A art. 12: nooit langer dan 2 jaar, tenzij een wettelijke verplichting langer voorschrijft; politiegegevens art. 8 lid 6 en 14 lid 1 Wpg',
  },
  noticePeriodMonths: 3,
  noticeEffect: 'after_period',
  noticeSource: 'seed 002 art. 16.4: eerst overleg, dan schriftelijk met opgaaf van redenen en een opzegtermijn van drie maanden',
  joinApproval: {
    rule: 'all_partners',
    requestTo: 'gemeente-venlo',
    source: 'seed 002 art. 16.3: wijziging of aanvulling alleen na gezamenlijke schriftelijke instemming van de convenantpartners',
  },
  accessionDeclarationRequired: true,
  informSubject: {
    latestAtPhase: 'screening',
    responsible: 'registrant',
    processDirectorMayInformOnBehalf: false,
    postponementAllowed: true,
    source: 'seed 002 Bijlage B, 1: de melder informeert betrokkene bij de aanmelding; Bijlage A art. 7.7b: zonder toestemming zo spoedig als de situatie toelaat',
  },
  presenceLookup: { maxPerUserPerHour: 30, alert: { lookups: 100, withinHours: 24 } },
  // Bijlage A art. 13.3: a confidentiality declaration and a screening (e.g. a VOG), "zowel bij aanname
  // als gedurende het dienstverband". The covenant names no period: none is set, the steering group
  // sets one here (`validMonths`); an expired one then refuses personal data until renewed.
  declarations: { confidentiality: { validMonths: null, whenExpired: 'refuse' }, vog: { required: true, validMonths: null, whenExpired: 'refuse' }, reminderDaysBefore: 30 },
  thirdParties: {
    policy: 'rto_invitation_with_subject_consent',
    rtoDisclosureNeedsContributorWrittenConsent: false,
    source: 'seed 002 Bijlage A art. 8 (geen verstrekking aan derden) en art. 9 (derden in het RTO met toestemming van betrokkene)',
  },
  rightsRequestDeadline: { amount: 4, unit: 'weeks' },
  statisticsExcludeNonMunicipalContributions: false,
  /** A deep red for the header and primary buttons; white text on it has a contrast of 9.4:1 (WCAG AA). */
  theme: {
    '--ct-header-background': '#8a1538',
    '--utrecht-button-primary-action-background-color': '#8a1538',
    '--utrecht-button-primary-action-hover-background-color': '#6b102b',
    '--utrecht-button-primary-action-active-background-color': '#6b102b',
  },
};
