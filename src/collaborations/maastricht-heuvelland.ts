/**
 * Veiligheidshuis Maastricht-Heuvelland (seed 000: Privacy- en Samenwerkingsconvenant signed
 * 18 February 2016; Bijlage 1 partners, Bijlage 2 the nine verschijningsvormen (tables)).
 */
import type { CollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import { CANONICAL_PROCESS, stagedRetention } from './canonical.js';
import { MAASTRICHT_TABLES } from './maastricht-heuvelland-tables.js';
import {
  careProvider,
  childProtectionBoard,
  custodial,
  debtCounselling,
  housing,
  mentalHealth,
  municipality,
  MUNICIPAL_CATALOGUE,
  nonMember,
  police,
  probation,
  prosecution,
  publicHealth,
  socialWork,
  welfare,
  youthProtection,
} from './partner-kinds.js';

const SIGNED = '2016-02-18';
/** Art. 13.1: "De dag na de datum van ondertekening … is de datum van inwerkingtreding" (000-R43). */
const IN_FORCE = '2016-02-19';
const o = { joinedAt: IN_FORCE };
/**
 * Art. 7.1 names, beside the laws every municipality works under, the Wet BRP (the Veiligheidshuis
 * "verrijkt" a registration from the basisregistratie, Bijlage 2 Netwerkoverleg HG) and the Wet
 * tijdelijk huisverbod (the mayor's house ban) as bases of this covenant (000-R15).
 */
const m = {
  ...o,
  catalogue: [
    ...MUNICIPAL_CATALOGUE,
    { kind: 'public_task', law: 'Wet basisregistratie personen (Wet BRP)' },
    { kind: 'public_task', law: 'Wet tijdelijk huisverbod' },
  ],
} as const;

export const MAASTRICHT_HEUVELLAND: CollaborationConfig = {
  id: 'veiligheidshuis-maastricht-heuvelland',
  name: 'Veiligheidshuis Maastricht-Heuvelland',
  source: {
    title: 'Privacy- en Samenwerkingsconvenant Maastricht Heuvelland',
    date: SIGNED,
    // Art. 4.1: the name the covenant is made known under, also in the notification to the CBP.
    registeredName: 'Convenant samenwerking en verwerking gegevens voor integrale persoon-/systeem gerichte aanpak Maastricht-Heuvelland',
  },
  controller: {
    model: 'central',
    dossierController: 'gemeente-maastricht',
    jointControllers: [],
    operator: 'gemeente-maastricht',
    rightsRequestsTo: 'dossier_controller',
    // Bijlage 5: "Inzage in uw persoonsgegevens kunt u aanvragen via veiligheidshuis@maastricht.nl".
    rightsContact: 'veiligheidshuis@maastricht.nl',
    description:
      'Het college van B&W van Maastricht is eindverantwoordelijke voor de verwerking van gegevens die binnen het Veiligheidshuis beschikbaar komen, en voor informatie en rechten van betrokkenen (overweging VI; art. 8.1, 10.4). Iedere convenantpartner blijft verantwoordelijk voor zijn eigen gegevens en dossiervorming (art. 10.1); per verschijningsvorm is een functionaris aangewezen (art. 10.2-10.3).',
  },
  partners: [
    municipality('gemeente-maastricht', 'Gemeente Maastricht', { ...m, note: 'Voert de regie; levert de procesmanagers van het Veiligheidshuis (VHH), Team Jeugd, Sociale dienst en Toezicht en Handhaving.' }),
    municipality('gemeente-eijsden-margraten', 'Gemeente Eijsden-Margraten', { ...m, note: 'Levert de procesmanager Jeugd en de ambtenaren OOV en Welzijn.' }),
    municipality('gemeente-gulpen-wittem', 'Gemeente Gulpen-Wittem', m),
    municipality('gemeente-meerssen', 'Gemeente Meerssen', m),
    municipality('gemeente-vaals', 'Gemeente Vaals', m),
    municipality('gemeente-valkenburg', 'Gemeente Valkenburg aan de Geul', m),
    prosecution('om-limburg', 'Openbaar Ministerie, Arrondissementsparket Limburg', o),
    police('politie-limburg', 'Politie Eenheid Limburg', 'Besluit art. 20 lid 1 en 2 Wpg en art. 4.5 Besluit politiegegevens, genomen met de ondertekening (convenant art. 11.3)', o),
    probation('3ro', '3RO regio Limburg (Reclassering Nederland, Regio Zuid)', o),
    custodial('pi-sittard', 'Dienst Justitiële Inrichtingen, PI Sittard', o),
    childProtectionBoard('raad-kinderbescherming', 'Raad voor de Kinderbescherming Zuidoost Nederland', o),
    youthProtection('bureau-jeugdzorg-limburg', 'Bureau Jeugdzorg Limburg', o),
    publicHealth('ggd-zuid-limburg', 'GGD Zuid-Limburg', { ...o, note: 'Met het Vangnet (bemoeizorg).' }),
    socialWork('trajekt', 'Stichting Trajekt', { ...o, note: 'Maatschappelijk werk, casemanagers huiselijk geweld, jongerenwerk en opvoedondersteuning.' }),
    debtCounselling('kredietbank-limburg', 'Kredietbank Limburg', o),
    youthProtection('william-schrikker-groep', 'William Schrikker Groep regio Zuid-Limburg', o),
    careProvider('mee-zuid-limburg', 'MEE Zuid-Limburg', { ...o, catalogue: [{ kind: 'consent' }, { kind: 'vital_interest' }, { kind: 'conflict_of_duties' }] }),
    welfare('humanitas', 'Humanitas Maastricht-Heuvelland', { ...o, note: 'Serviceportal nazorg ex-gedetineerden; mag de forensische titel zien die de tafel nazorg vastlegt.' }),
    housing('servatius', 'Woningstichting Servatius', o),
    housing('woonpunt', 'Woonpunt', o),
    housing('maasvallei', 'Woningstichting Maasvallei', o),
    welfare('radar', 'Stichting Radar', o),
    careProvider('xonar', 'Stichting Xonar', { ...o, note: 'Jeugdzorg en vrouwenopvang (X VO).' }),
    careProvider('leger-des-heils', 'Leger des Heils Limburg', o),
    mentalHealth('mondriaan', 'Mondriaan geestelijke gezondheidszorg', { ...o, note: 'Ook verslavingszorg en forensische psychiatrie; de toestemmingsverklaring (Bijlage 5) noemt Mondriaan apart.' }),
    mentalHealth('de-rooyse-wissel', 'FPC de Rooyse Wissel', o),
    mentalHealth('virenze-riagg', 'Virenze Riagg Maastricht', { ...o, note: 'Jeugd-GGZ aan het Netwerkoverleg risicojeugd.' }),
    careProvider('levanto', 'LEVANTOgroep', o),
    careProvider('st-joseph', 'Stichting Jeugdzorg St. Joseph', o),
    nonMember('veilig-thuis-zuid-limburg', 'Veilig Thuis Zuid-Limburg', 'veilig_thuis',
      'Bijlage 2 noemt Veilig Thuis structureel bij het JCO Huiselijk Geweld, maar het tekende het convenant niet: alleen incidenteel tot toetreding (art. 6.3, 14).'),
    nonMember('vrouwengezondheidscentrum', 'Vrouwengezondheidscentrum (VGC)', 'zorgaanbieder',
      'Bijlage 2 noemt het VGC structureel bij het Netwerkoverleg Huiselijk geweld, maar het tekende het convenant niet: alleen incidenteel tot toetreding (art. 6.3, 14).'),
    nonMember('envida', 'Envida', 'zorgaanbieder', 'Partij bij het Convenant "Zorg voor Jeugd" Eijsden-Margraten (12 maart 2014), niet bij dit convenant.'),
  ],
  tables: MAASTRICHT_TABLES,
  referralBodies: [
    { id: 'zsm', name: 'ZSM (Zo Snel, Slim, Selectief en Samen Mogelijk: OM, politie, reclassering)' },
    { id: 'veilig-thuis', name: 'Veilig Thuis Zuid-Limburg' },
    { id: 'ander-zorg-en-veiligheidshuis', name: 'Een ander Zorg- en Veiligheidshuis' },
  ],
  workAreas: [
    { id: 'maastricht', name: 'Maastricht' },
    { id: 'eijsden-margraten', name: 'Eijsden-Margraten' },
    { id: 'gulpen-wittem', name: 'Gulpen-Wittem' },
    { id: 'meerssen', name: 'Meerssen' },
    { id: 'vaals', name: 'Vaals' },
    { id: 'valkenburg', name: 'Valkenburg aan de Geul' },
  ],
  process: CANONICAL_PROCESS,
  retention: stagedRetention('seed 000 noemt geen termijn (art. 10.3: Archiefwet per verschijningsvorm); de strengere Limburgse gefaseerde afschaling van seed 003 Bijlage 3 geldt'),
  noticePeriodMonths: 2,
  noticeEffect: 'after_period',
  noticeSource: 'seed 000 art. 13.2: opzegtermijn van 2 maanden, tenzij alle convenantpartners unaniem instemmen met directe opzegging; lopende trajecten eerst afronden',
  immediateTerminationWithUnanimousConsent: {
    source: 'seed 000 art. 13.2: directe opzegging als alle convenantpartners gezamenlijk en unaniem instemmen; lopende trajecten eerst afronden',
  },
  joinApproval: {
    rule: 'all_partners',
    requestTo: 'gemeente-maastricht',
    source: 'seed 000 art. 14: aanvraag bij de gemeente Maastricht, besproken met de Heuvellandgemeenten, gehonoreerd alleen na instemming van alle convenantpartners; verklaring volgens Bijlage 4',
  },
  amendmentApproval: {
    rule: 'all_partners',
    source: 'seed 000 art. 16.2: het convenant (met Bijlage 2, de verschijningsvormen) wordt slechts gewijzigd als alle convenantpartners schriftelijk instemmen',
  },
  accessionDeclarationRequired: true,
  informSubject: {
    latestAtPhase: 'triage',
    responsible: 'registrant',
    processDirectorMayInformOnBehalf: true,
    postponementAllowed: true,
    source: 'seed 000 art. 9.1 (mondeling en schriftelijk, ongeacht toestemming) en 9.3 (toestemmingsverklaring aan alle betrokkenen voorgelegd)',
  },
  presenceLookup: { maxPerUserPerHour: 30, alert: { lookups: 100, withinHours: 24 } },
  thirdParties: {
    policy: 'p11',
    rtoDisclosureNeedsContributorWrittenConsent: false,
    source: 'seed 000 art. 6.3 en Bijlage 6: voortgang van één casus, wettelijke grondslag, toestemming van alle betrokken convenantpartners, geheimhoudingsverklaring, betrokkene direct geïnformeerd',
  },
  rightsRequestDeadline: { amount: 1, unit: 'months' },
  statisticsExcludeNonMunicipalContributions: false,
};
