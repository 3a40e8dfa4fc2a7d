/**
 * Zorg- en Veiligheidshuis Noord-Limburg (seed 003: Convenant of 30 April 2021 with the
 * Werkproces (Bijlage 3), the canonical model of DOMAIN.md §3).
 */
import type { CollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import { CANONICAL_PROCESS_IN_CONSULTATION, canonicalTable, stagedRetention } from './canonical.js';
import {
  careProvider,
  childProtectionBoard,
  custodial,
  housing,
  mentalHealth,
  municipality,
  police,
  probation,
  prosecution,
  socialWork,
  veiligThuis,
  youthProtection,
} from './partner-kinds.js';

const GEMEENTEN: readonly (readonly [string, string])[] = [
  ['gemeente-beesel', 'Gemeente Beesel'],
  ['gemeente-bergen', 'Gemeente Bergen'],
  ['gemeente-gennep', 'Gemeente Gennep'],
  ['gemeente-horst-aan-de-maas', 'Gemeente Horst aan de Maas'],
  ['gemeente-mook-en-middelaar', 'Gemeente Mook en Middelaar'],
  ['gemeente-peel-en-maas', 'Gemeente Peel en Maas'],
  ['gemeente-venlo', 'Gemeente Venlo'],
  ['gemeente-venray', 'Gemeente Venray'],
];

export const NOORD_LIMBURG: CollaborationConfig = {
  id: 'zvh-noord-limburg',
  name: 'Zorg- en Veiligheidshuis Noord-Limburg',
  source: { title: 'Convenant Samenwerking tussen gemeenten en ketenpartners in het Zorg- en Veiligheidshuis Noord-Limburg', date: '2021-04-30' },
  controller: {
    model: 'lead_partner',
    dossierController: null,
    jointControllers: [],
    operator: 'gemeente-horst-aan-de-maas',
    rightsRequestsTo: 'each_partner',
    description:
      'Het Zorg- en Veiligheidshuis verwerkt niet op eigen titel: de procesregisseur handelt namens en onder verantwoordelijkheid van de leidende partij, eerst de aanmelder en later de partij met de casusregie (Bijlage 3). Beheergemeente Horst aan de Maas draagt de informatiebeveiliging (Bijlage 4).',
  },
  partners: [
    ...GEMEENTEN.map(([id, name]) => municipality(id, name, id === 'gemeente-mook-en-middelaar'
      ? { note: 'Maakt ook gebruik van het Zorg- en Veiligheidshuis Gelderland-Zuid (separaat convenant).' }
      : {})),
    police('politie-limburg', 'Politie Eenheid Limburg', 'Art. 20 Wpg-besluit bij het Privacy Protocol Zorg- en Veiligheidshuis Noord-Limburg'),
    prosecution('om-limburg', 'Openbaar Ministerie, arrondissementsparket Limburg'),
    childProtectionBoard('raad-kinderbescherming', 'Raad voor de Kinderbescherming'),
    probation('reclassering-nederland', 'Reclassering Nederland'),
    youthProtection('bureau-jeugdzorg-limburg', 'Bureau Jeugdzorg Limburg'),
    veiligThuis('veilig-thuis', 'Veilig Thuis'),
    careProvider('mee-de-meent-groep', 'MEE De Meent Groep', { catalogue: [{ kind: 'consent' }, { kind: 'vital_interest' }, { kind: 'conflict_of_duties' }] }),
    custodial('dji-limburg', 'Dienst Justitiële Inrichtingen Limburg'),
    mentalHealth('vincent-van-gogh', 'Vincent van Gogh voor geestelijke gezondheid'),
    mentalHealth('met-ggz', 'Met GGZ'),
    mentalHealth('de-rooyse-wissel', 'De Rooyse Wissel (forensische psychiatrie)'),
    careProvider('moveoo', 'Moveoo'),
    youthProtection('william-schrikker-groep', 'William Schrikker Groep'),
    socialWork('pedagogisch-sociaal-werk', 'Pedagogisch Sociaal Werk (PSW)'),
    careProvider('stevig-dichtbij', 'Stevig-Dichtbij'),
    housing('woonwenz', 'Woonwenz'),
    housing('antares', 'Antares'),
    housing('wonen-limburg', 'Wonen Limburg'),
    housing('destion', 'Destion'),
    housing('nester', 'Nester'),
    careProvider('leger-des-heils', 'Leger des Heils'),
    youthProtection('leger-des-heils-jbr', 'Leger des Heils Jeugdbescherming en Reclassering'),
  ],
  tables: [
    canonicalTable('rto-complexe-casuistiek', 'Ronde Tafel Overleg complexe casuïstiek',
      'Bijdragen aan de algemene veiligheid, het verbeteren van de persoonlijke situatie, het voorkomen en verminderen van recidive, (ernstige) overlast, criminaliteit en/of maatschappelijke uitval, door een combinatie van drang en dwang, bestuurlijke interventies en zorg (art. 2.1).'),
    canonicalTable('re-integratie-ex-gedetineerden', 'Re-integratie ex-gedetineerden', 'Casuïstiek op het gebied van re-integratie van ex-gedetineerden (art. 2.3a).'),
    canonicalTable('radicalisering', 'Radicalisering', 'Casuïstiek op het gebied van radicalisering (art. 2.3b).'),
    canonicalTable('verward-gedrag', 'Complexe casuïstiek met verward gedrag', 'Complexe casuïstiek in combinatie met verward gedrag en ketenveldnorm (art. 2.3c).'),
    canonicalTable('mensenhandel', 'Mensenhandel', 'Casuïstiek op het gebied van mensenhandel (art. 2.3d).'),
    canonicalTable('risicojeugd', '(Risico)jeugd en jeugdbeschermingstafel', 'Casuïstiek rond (risico)jeugd en de jeugdbeschermingstafel (art. 2.3f).'),
  ],
  referralBodies: [
    { id: 'zsm', name: 'ZSM (Zo Snel, Slim, Selectief en Samen Mogelijk: OM, politie, reclassering)' },
    { id: 'ander-zorg-en-veiligheidshuis', name: 'Een ander Zorg- en Veiligheidshuis' },
  ],
  workAreas: [],
  process: CANONICAL_PROCESS_IN_CONSULTATION,
  retention: stagedRetention('seed 003 Bijlage 3, fase 4: stap 1 0-6 maanden actief, stap 2 6-12 maanden gearchiveerd, stap 3 na 1 jaar verwijderd; uitzondering met herbeoordeling uiterlijk 6 maanden'),
  noticePeriodMonths: 24,
  noticeEffect: 'after_period_on_january_first',
  noticeSource: 'seed 003 art. 21.4: opzegtermijn van twee jaar, niet eerder dan per 1 januari van enig jaar',
  exclusion: {
    noticeOfDefaultRequired: true,
    effect: 'immediate',
    source: 'seed 003 art. 21.2: de Stuurgroep kan met meerderheid van stemmen, na ingebrekestelling, een Partij met onmiddellijke ingang uitsluiten die de afspraken van het Convenant niet nakomt',
  },
  disputes: {
    escalation: { processDirector: 'de Stuurgroep', caseDirector: 'de Manager' },
    source: 'seed 003 art. 9.4: geschillen over de Procesregisseur worden voorgelegd aan de Manager, die ze kan voorleggen aan de Stuurgroep; art. 10.4: geschillen over een Casusregisseur worden voorgelegd aan de Procesregisseur, die ze indien noodzakelijk ter beslechting kan voorleggen aan de Manager',
  },
  withdrawalOnAmendment: {
    source: 'seed 003 art. 19.3: bij een wijziging (ook toetreding van een nieuwe organisatie) die een Partij onaanvaardbaar vindt, kan zij schriftelijk opzeggen met ingang van het tijdstip waarop de wijziging van kracht wordt',
  },
  joinApproval: {
    rule: 'steering_group_after_objection_period',
    requestTo: null,
    source: 'seed 003 art. 18: aanvraag bij de Stuurgroep via de Manager; partijen vooraf geïnformeerd en kunnen beargumenteerd bezwaar maken; de Stuurgroep beslist; ondertekening van Bijlage 1',
  },
  accessionDeclarationRequired: true,
  informSubject: {
    latestAtPhase: 'triage',
    responsible: 'lead_partner',
    processDirectorMayInformOnBehalf: true,
    postponementAllowed: true,
    source: 'seed 003 Bijlage 3: de aanmeldende partij of de casusregisseur informeert; uitstel met vastgelegde reden en moment; het Zorg- en Veiligheidshuis vermeldt namens welke partij',
  },
  presenceLookup: { maxPerUserPerHour: 30, alert: { lookups: 100, withinHours: 24 } },
  thirdParties: {
    policy: 'p11',
    rtoDisclosureNeedsContributorWrittenConsent: true,
    source: 'seed 003 art. 7.2: informatie aan derden over het RTO alleen na voorafgaande schriftelijke toestemming van de verstrekkende partij',
  },
  rightsRequestDeadline: { amount: 1, unit: 'months' },
  statisticsExcludeNonMunicipalContributions: false,
};
