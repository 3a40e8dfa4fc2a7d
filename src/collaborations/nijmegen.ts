/**
 * Regieteams Overlast- en Multiprobleemhuishoudens Nijmegen (seed 004: Convenant, Privacyprotocol
 * (Bijlage 1), Privacyreglement VIS2 (Bijlage 2), Afwegingskader werkproces (Bijlage 3)).
 */
import type { CollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import { housing, mentalHealth, municipality, nonMember, police, publicHealth, socialWork, youthProtection } from './partner-kinds.js';

const further = { kind: 'compatible_further_processing', description: 'Bijlage 3 stap 1-3: verenigbaarheidstoets door de moederorganisatie' } as const;

export const NIJMEGEN: CollaborationConfig = {
  id: 'regieteams-nijmegen',
  name: 'Regieteams Overlast- en Multiprobleemhuishoudens Nijmegen',
  source: { title: 'Convenant Samenwerking Regieteams Overlast- en Multiprobleemhuishoudens Nijmegen', date: null },
  controller: {
    model: 'central',
    dossierController: 'gemeente-nijmegen',
    jointControllers: [],
    operator: 'gemeente-nijmegen',
    rightsRequestsTo: 'dossier_controller',
    description:
      'Partners blijven verwerkingsverantwoordelijk voor wat zij inbrengen zolang het niet in het werksysteem (VIS2) is vastgelegd; het college van B&W van Nijmegen is verwerkingsverantwoordelijke voor het werksysteem en coördineert verzoeken van betrokkenen (Bijlage 1 art. 3; Bijlage 2).',
  },
  partners: [
    municipality('gemeente-nijmegen', 'College van B&W van de gemeente Nijmegen', {
      note: 'Levert de procesregisseur en een medewerker schuldhulpverlening; kan zich als overheid niet op gerechtvaardigd belang beroepen (Bijlage 1 art. 2).',
      catalogue: [
        { kind: 'consent' },
        { kind: 'vital_interest' },
        { kind: 'public_task', law: 'Wmo 2015 art. 2.3.1 t/m 2.3.5' },
        { kind: 'public_task', law: 'Jeugdwet art. 2.3 en 2.4' },
        { kind: 'public_task', law: 'Participatiewet art. 7.1' },
        { kind: 'public_task', law: 'Wet gemeentelijke schuldhulpverlening art. 3' },
        further,
      ],
    }),
    socialWork('sterker-sociaal-werk', 'Sterker Sociaal Werk', { catalogue: [{ kind: 'consent' }, { kind: 'vital_interest' }, { kind: 'conflict_of_duties' }, further] }),
    youthProtection('jeugdbescherming-gelderland', 'Jeugdbescherming Gelderland, regio Nijmegen'),
    police('politie-oost-nederland', 'Regionale Politie (eenheid Oost-Nederland)', 'Art. 20 Wpg-besluit voor de Regieteams (Bijlage 1 art. 2)'),
    housing('talis', 'Woningcorporatie Talis'),
    housing('portaal', 'Woningcorporatie Portaal'),
    housing('standvast-wonen', 'Standvast Wonen'),
    housing('woongenoot', 'Woongenoot'),
    housing('de-gemeenschap', 'Woningbouwstichting De Gemeenschap'),
    housing('mooiland', 'Mooiland'),
    mentalHealth('pro-persona', 'Pro Persona Bemoeizorg', {
      catalogue: [
        { kind: 'consent' },
        { kind: 'vital_interest' },
        { kind: 'conflict_of_duties' },
        { kind: 'public_task', law: 'Wgbo; Wet BOPZ (thans Wvggz): behandeling, verpleging en verzorging van personen met een psychische stoornis' },
      ],
    }),
    publicHealth('ggd-gelderland-zuid', 'GGD Gelderland-Zuid (Bijzondere Zorg)', {
      shell: true,
      note: 'Schilpartner: schuift alleen aan als een casus dat nodig maakt; kan trajectregisseur zijn.',
    }),
    nonMember('entrea', 'Entréa', 'zorgaanbieder', 'Incidentele professional (convenant art. 4.2); tekent geheimhouding tenzij beroepsmatig gebonden.'),
    nonMember('iriszorg', 'Iriszorg', 'verslavingszorg', 'Incidentele professional (convenant art. 4.2); tekent geheimhouding tenzij beroepsmatig gebonden.'),
    nonMember('bindkracht10', 'Bindkracht10', 'welzijn', 'Incidentele professional (convenant art. 4.2); tekent geheimhouding tenzij beroepsmatig gebonden.'),
  ],
  tables: [
    {
      id: 'regieteam',
      name: 'Regieteam (per wijk)',
      purpose:
        'Huishoudens weer op de rails zetten en perspectief bieden door per probleemhuishouden een plan van aanpak op alle relevante leefgebieden op te stellen en regie te voeren op de uitvoering; de overlast door multiprobleemhuishoudens terugdringen (Bijlage 1 art. 1).',
      frequency: { description: 'Iedere vier weken (art. 4.2)', meetingsPerYear: { min: 13, max: 13 } },
      criteria: [
        'Het huishouden kampt met ernstige problemen en de zelfregie is te laag om op eigen kracht uit de problemen te komen (Bijlage 3, 1)',
        'De hulp die de inbrengende partij kan geven is niet afdoende (Bijlage 3, 1)',
        'Het huishouden valt binnen de doelgroep van art. 3 en het signaal past onder de doelen van het convenant (Bijlage 3, 2)',
      ],
      // Bijlage 3 stap 1-2: the criteria hold together ("Als het signaal voldoet aan deze voorwaarden ...").
      allCriteriaRequired: true,
      followUpQuestions: [
        'Kan de aanpak naar verwachting bijdragen aan de doelstellingen van het convenant?',
        'Is voldaan aan de voorwaarden voor verdere verwerking (verenigbaarheidstoets)?',
        'Welke partijen zijn noodzakelijk voor de aanpak en wie is de meest geschikte casemanager?',
      ],
      preconditions: [
        { kind: 'compatibility_assessed', text: 'De inbrenger toetst verenigbaarheid voor verdere verwerking (Bijlage 3, definitie)' },
        { kind: 'subject_informed', text: 'De inbrenger informeert het huishouden over het delen in het regieteam en over hun rechten (Bijlage 3, 1)' },
        { kind: 'data_minimisation', text: 'Bij inbreng alleen een minimale set: naam en "dat"-gegevens (Bijlage 3, 1)' },
        {
          kind: 'screening_recorded',
          text: 'Stap 2: het regieteam heeft het signaal beoordeeld: het huishouden valt binnen de doelgroep van art. 3 en het signaal past onder de doelen van het convenant (Bijlage 3, 2)',
          before: 'accept',
        },
        { kind: 'consent_required', text: 'Voor domeinoverstijgende gegevensverwerking altijd toestemming van het huishouden (Bijlage 3, 4)' },
        { kind: 'case_manager_appointed', text: 'Er wordt een casemanager aangewezen (Bijlage 3, 4)' },
      ],
      chair: 'Procesregisseur multiprobleemhuishoudens (gemeente Nijmegen)',
      structuralPartners: [
        'gemeente-nijmegen', 'jeugdbescherming-gelderland', 'talis', 'portaal', 'standvast-wonen', 'woongenoot', 'de-gemeenschap', 'mooiland',
        'sterker-sociaal-werk', 'pro-persona', 'politie-oost-nederland',
      ],
      incidentalPartners: ['ggd-gelderland-zuid', 'entrea', 'iriszorg', 'bindkracht10'],
      anyMemberMayJoin: false,
      individualsDiscussed: 'full',
      // Bijlage 1 art. 5: no new personal file, only a process file with this core data set per case.
      coreDataSetOnly: true,
      allowedDataSet: [
        { id: 'problematiek', label: 'Beschrijving van de problematiek in grote lijnen', special: false },
        { id: 'naw', label: 'NAW-gegevens', special: false },
        { id: 'plan-van-aanpak', label: 'Plan van aanpak', special: false },
        { id: 'productbestelling', label: 'Productbestelling', special: false },
        { id: 'voortgang', label: 'Voortgang', special: false },
        { id: 'acties', label: 'Acties', special: false },
        { id: 'betrokken-instanties', label: 'De betrokken instanties', special: false },
      ],
      sharedInformation: [
        { partnerId: 'politie-oost-nederland', description: 'De wijkagent brengt signalen in over bewoners van de wijk' },
        { partnerId: 'ggd-gelderland-zuid', description: 'Advies over de zorginhoudelijke aanpak op verzoek van de procesregisseur' },
      ],
    },
  ],
  referralBodies: [
    { id: 'zsm', name: 'ZSM (Zo Snel, Slim, Selectief en Samen Mogelijk: OM, politie, reclassering)' },
    { id: 'veilig-thuis', name: 'Veilig Thuis Gelderland-Zuid' },
    { id: 'zorg-en-veiligheidshuis', name: 'Zorg- en Veiligheidshuis Gelderland-Zuid' },
  ],
  /**
   * The regieteam wijken (art. 4.2: the process director directs "in een aantal wijken"; Bijlage 3
   * footnote 1: the whole regieteam "van de wijk waarin de casus speelt"; Bijlage 2: O&S sees one
   * "regieteamwijk"). The seed names no wijken; these are Nijmegen's stadsdelen, for the steering
   * group to replace by its own team division.
   */
  workAreas: [
    { id: 'centrum', name: 'Centrum' },
    { id: 'oost', name: 'Oost' },
    { id: 'oud-west', name: 'Oud-West' },
    { id: 'nieuw-west', name: 'Nieuw-West' },
    { id: 'midden', name: 'Midden' },
    { id: 'zuid', name: 'Zuid' },
    { id: 'dukenburg', name: 'Dukenburg' },
    { id: 'lindenholt', name: 'Lindenholt' },
    { id: 'noord', name: 'Nijmegen-Noord' },
  ],
  process: {
    transitions: [
      { event: 'accept', from: ['screening'], to: 'triage', label: '2 Signaal beoordeeld: hoort bij het regieteam, door naar stap 3', closes: false },
      { event: 'reject', from: ['screening', 'triage'], to: 'rejected', label: 'Niet oppakken: niets in VIS2, de inbrenger informeert het huishouden', closes: false },
      // Bijlage 3 stap 3: "Eventueel op- of afschalen ... De gegevens worden niet vastgelegd in VIS2."
      { event: 'refer', from: ['screening', 'triage'], to: 'referred', label: '3 Op- of afschalen (bijvoorbeeld Veilig Thuis of het Zorg- en Veiligheidshuis): niets in VIS2, de inbrenger meldt daar aan', closes: false },
      { event: 'schedule_rto', from: ['triage'], to: 'rto', label: '4 Opdrachtformulering, casusteam en casemanager', closes: false },
      { event: 'adopt_plan', from: ['rto'], to: 'monitoring', label: '5 Aanpak opgesteld; de casemanager bewaakt de uitvoering', closes: false },
      { event: 'follow_up_rto', from: ['monitoring'], to: 'rto', label: '6 Casusbespreking regieteam', closes: false },
      { event: 'deescalate', from: ['monitoring'], to: 'deescalation1', label: '7 Afsluiten casus en in gaan monitoringsfase', closes: false },
      { event: 'relapse', from: ['deescalation1'], to: 'monitoring', label: '7 Monitoring niet stabiel: terug naar de aanpak', closes: false },
      { event: 'archive', from: ['deescalation1'], to: 'archived', label: '8 Afsluiten prestatieopdracht casemanager', closes: true },
      { event: 'delete', from: ['archived'], to: 'deleted', label: 'Verwijderen en vernietigen, vijftien jaar na het afsluiten', closes: false },
    ],
    triageMode: 'selected',
    meetingScheduling: 'per_team',
    meetingEveryDays: 28,
    closingCriteria: [
      { id: 'doelen-behaald', label: 'De doelen van het convenant zijn in het huishouden behaald' },
      { id: 'doelen-onhaalbaar', label: 'Het is onmogelijk gebleken de gestelde doelen te behalen' },
    ],
    reporterDecisiveInClosing: false,
    storeOnlyAfterPickup: true,
    domainCrossingNeedsConsent: true,
    subjectMayAttend: false,
    firstDisclosureWithoutConsentLimited: false,
    allDirectorsSeeAllCases: false,
    nearlyAllPartnersShare: 0.8,
    steps: [
      { id: 'signaal', label: '1 Inbrengen signalen: naam en "dat"-gegevens', phase: 'screening' },
      { id: 'beoordelen', label: '2 Beoordelen signalen casus door het regieteam', phase: 'screening' },
      { id: 'klantinformatie', label: '3 Verzamelen klantinformatie en analyse gezinssysteem', phase: 'triage' },
      { id: 'opdracht-casemanager', label: '4 Opdrachtformulering, casusteam en casemanager; toestemming huishouden', phase: 'rto' },
      { id: 'plan-van-aanpak', label: '5 Opstellen aanpak en bewaken uitvoering door casemanager (vanaf hier vastlegging)', phase: 'rto' },
      { id: 'casusbespreking', label: '6 Casusbespreking regieteam', phase: 'monitoring' },
      { id: 'afsluiten-monitoren', label: '7 Afsluiten casus en monitoring (richtlijn een half jaar)', phase: 'deescalation1' },
      { id: 'afsluiten-opdracht', label: '8 Prestatieopdracht casemanager afgesloten; bewaard tot vijftien jaar na afsluiten', phase: 'archived' },
    ],
  },
  retention: {
    anchor: 'closing',
    archiveAfterMonths: null,
    deleteAfterMonths: 180,
    exceptionsAllowed: false,
    maxExceptionMonths: 0,
    reminderDaysBefore: 30,
    // A signal is judged in the next four-weekly regieteam; one nobody picks up in two rounds goes (Bijlage 3 stap 2-3).
    unpickedSignal: { deleteAfterDays: 56, reminderDaysBefore: 7 },
    source: 'seed 004 Bijlage 2: verwijderd en vernietigd vijftien jaar na het afsluiten van de hulp- en/of dienstverlening (Jeugdwet, Wmo 2015)',
  },
  noticePeriodMonths: 12,
  noticeEffect: 'after_period',
  noticeSource: 'seed 004 art. 7: opzegging schriftelijk met een opzegtermijn van één jaar; ingebrachte gegevens blijven bewaard conform het privacyreglement',
  joinApproval: {
    rule: 'all_partners',
    requestTo: 'gemeente-nijmegen',
    source: 'seed 004 art. 7: wijzigingen en aanvullingen van het convenant behoeven instemming van alle partners',
  },
  accessionDeclarationRequired: true,
  informSubject: {
    latestAtPhase: 'screening',
    responsible: 'registrant',
    processDirectorMayInformOnBehalf: false,
    postponementAllowed: true,
    // Bijlage 1 art. 5: rights are limited for a while only for a vital interest or a conflict of duties.
    postponementGrounds: ['vital_interest', 'conflict_of_duties'],
    source: 'seed 004 Bijlage 3 stap 1 (de inbrenger informeert het huishouden); Bijlage 1 art. 4 (tijdelijk uitstel alleen gemotiveerd en gedocumenteerd)',
  },
  presenceLookup: { maxPerUserPerHour: 30, alert: { lookups: 100, withinHours: 24 } },
  // Bijlage 2 "Toegang": everyone with access has a VOG or a security screening. No period is named.
  declarations: { confidentiality: { validMonths: null, whenExpired: 'refuse' }, vog: { required: true, validMonths: null, whenExpired: 'refuse' }, reminderDaysBefore: 30 },
  thirdParties: {
    policy: 'p11',
    rtoDisclosureNeedsContributorWrittenConsent: false,
    source: 'seed 004 art. 4.2: andere professionals alleen voor hun eigen casus, met geheimhoudingsverklaring tenzij beroepsmatig gebonden',
  },
  rightsRequestDeadline: { amount: 1, unit: 'months' },
  statisticsExcludeNonMunicipalContributions: true,
};
