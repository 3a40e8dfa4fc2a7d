/**
 * Cross-field rules of a collaboration configuration: the checks one field cannot make alone.
 * Each issue names the path of the offending field so an admin (or a JSON author) can fix it.
 */
import { addMonths } from '../time/date-math.js';
import { processesUnderWpg } from '../process/police-data.js';
import { phasesOf, reachedPhases } from '../process/variant.js';
import type { CollaborationConfigShape } from './collaboration-config.shape.js';

export interface ConsistencyIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Config = CollaborationConfigShape;
type Report = (path: readonly (string | number)[], message: string) => void;

/** All cross-field issues of a configuration whose fields each passed their own schema. */
export function checkConfigConsistency(config: Config): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const report: Report = (path, message) => issues.push({ path, message });
  checkPartners(config, report);
  checkTables(config, report);
  checkReferralBodies(config, report);
  checkProcess(config, report);
  checkRetention(config, report);
  checkGovernance(config, report);
  checkTheme(config, report);
  return issues;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) report(index, value);
    seen.add(value);
  });
}

function checkPartners(config: Config, report: Report): void {
  duplicates(config.partners, (p) => p.id, (i, id) =>
    report(['partners', i, 'id'], `Partner-id "${id}" komt dubbel voor / partner id "${id}" is not unique`));
  if (!config.partners.some((p) => p.member)) {
    report(['partners'], 'Minstens één convenantpartner (member: true) / at least one partner must be a covenant member');
  }
  config.partners.forEach((partner, i) => {
    const at = (...rest: (string | number)[]): (string | number)[] => ['partners', i, ...rest];
    partner.legalBasisCatalogue.forEach((entry, j) => {
      if (entry.kind === 'legitimate_interest' && partner.publicAuthority) {
        report(at('legalBasisCatalogue', j, 'kind'),
          `${partner.id}: een overheidsinstantie kan zich niet op gerechtvaardigd belang beroepen (seed 004 Bijlage 1 art. 2) / a public authority never uses legitimate_interest`);
      }
      if (entry.kind === 'legitimate_interest' && partner.professionalSecrecy) {
        report(at('legalBasisCatalogue', j, 'kind'),
          `${partner.id}: gerechtvaardigd belang is geen grondslag voor een beroepsgeheimhouder (seed 004 Bijlage 1 art. 2) / legitimate_interest is no basis for a partner bound by professional secrecy`);
      }
      if (entry.kind === 'wpg20' && partner.type !== 'politie') {
        report(at('legalBasisCatalogue', j, 'kind'), `${partner.id}: alleen de politie verstrekt op grond van art. 20 Wpg / only the police uses wpg20`);
      }
      if (entry.kind === 'wpg20' && !processesUnderWpg(partner.legalRegimes)) {
        report(at('legalRegimes'), `${partner.id}: art. 20 Wpg is een grondslag onder de Wet politiegegevens; noem Wpg bij de rechtsregimes / wpg20 is a basis under the Wpg: list Wpg among the legal regimes`);
      }
      if ((entry.kind === 'public_task' || entry.kind === 'legal_obligation') && entry.law === undefined) {
        report(at('legalBasisCatalogue', j, 'law'), `${partner.id}: ${entry.kind} noemt het wetsartikel / ${entry.kind} needs the law article`);
      }
    });
    duplicates(partner.legalBasisCatalogue, (e) => `${e.kind}|${e.law ?? ''}`, (j) =>
      report(at('legalBasisCatalogue', j), `${partner.id}: dubbele grondslag / duplicate catalogue entry`));
    if (partner.type === 'politie' && partner.member && !partner.legalBasisCatalogue.some((e) => e.kind === 'wpg20')) {
      report(at('legalBasisCatalogue'), `${partner.id}: politie verstrekt aan een samenwerkingsverband alleen met een art. 20 Wpg-besluit / police needs a wpg20 entry`);
    }
    if (partner.type === 'woningcorporatie' && (partner.maySeeSpecial || partner.mayUseBsn)) {
      report(at(partner.maySeeSpecial ? 'maySeeSpecial' : 'mayUseBsn'),
        `${partner.id}: een woningcorporatie ziet geen bijzondere persoonsgegevens en gebruikt geen BSN (P8) / a housing corporation may not see special categories nor use the BSN`);
    }
    checkMembership(config, i, report);
  });
}

function checkMembership(config: Config, i: number, report: Report): void {
  const partner = config.partners[i];
  if (partner === undefined) return;
  const { joinedAt, noticeGivenAt, endsAt } = partner.membership;
  const at = (field: string): (string | number)[] => ['partners', i, 'membership', field];
  if (!partner.member) {
    if (joinedAt !== null || noticeGivenAt !== null || endsAt !== null) {
      report(at('joinedAt'), `${partner.id}: geen convenantpartner, dus geen lidmaatschapsdata / a non-member has no membership dates`);
    }
    return;
  }
  const ms = (d: string | null): number | null => (d === null ? null : Date.parse(d));
  const joined = ms(joinedAt);
  const notice = ms(noticeGivenAt);
  const ends = ms(endsAt);
  if (joined !== null && notice !== null && notice < joined) {
    report(at('noticeGivenAt'), `${partner.id}: opzegging vóór toetreding / notice given before joining`);
  }
  if (notice !== null && ends !== null && ends < addMonths(notice, config.noticePeriodMonths)) {
    report(at('endsAt'),
      `${partner.id}: einde ligt binnen de opzegtermijn van ${config.noticePeriodMonths} maanden / membership ends before the ${config.noticePeriodMonths}-month notice period`);
  }
  if (joined !== null && ends !== null && ends < joined) {
    report(at('endsAt'), `${partner.id}: einde vóór toetreding / membership ends before it began`);
  }
}

function checkReferralBodies(config: Config, report: Report): void {
  const bodies = config.referralBodies ?? [];
  duplicates(bodies, (b) => b.id, (i, id) => report(['referralBodies', i, 'id'], `Doorverwijsinstantie "${id}" komt dubbel voor / referral body "${id}" is not unique`));
  bodies.forEach((body, i) => {
    if (config.tables.some((t) => t.id === body.id)) {
      report(['referralBodies', i, 'id'], `"${body.id}" is al een tafel van dit samenwerkingsverband / "${body.id}" is already a table of this collaboration`);
    }
  });
}

function checkTables(config: Config, report: Report): void {
  const partners = new Map(config.partners.map((p) => [p.id, p]));
  duplicates(config.tables, (t) => t.id, (i, id) => report(['tables', i, 'id'], `Tafel-id "${id}" komt dubbel voor / table id "${id}" is not unique`));
  config.tables.forEach((table, i) => {
    const at = (...rest: (string | number)[]): (string | number)[] => ['tables', i, ...rest];
    for (const list of ['structuralPartners', 'incidentalPartners'] as const) {
      table[list].forEach((id, j) => {
        const partner = partners.get(id);
        if (partner === undefined) {
          report(at(list, j), `Tafel ${table.id}: onbekende partner "${id}" / unknown partner "${id}"`);
        } else if (list === 'structuralPartners' && !partner.member && table.separateCovenant === undefined) {
          report(at(list, j),
            `Tafel ${table.id}: "${id}" tekende het convenant niet en kan alleen incidenteel aanschuiven / "${id}" is not a covenant member and can only join incidentally`);
        }
      });
    }
    const officer = table.responsibleOfficer;
    if (officer !== undefined && partners.get(officer.partnerId)?.member !== true) {
      report(at('responsibleOfficer', 'partnerId'),
        `Tafel ${table.id}: de verantwoordelijke functionaris moet werken bij een convenantpartner, niet bij "${officer.partnerId}" / the responsible officer must work for a covenant partner`);
    }
    table.incidentalPartners.forEach((id, j) => {
      if (table.structuralPartners.includes(id)) {
        report(at('incidentalPartners', j), `Tafel ${table.id}: "${id}" is al structurele partner / "${id}" is already a structural partner`);
      }
    });
    table.sharedInformation.forEach((entry, j) => {
      const partner = partners.get(entry.partnerId);
      const atTable = table.structuralPartners.includes(entry.partnerId) || table.incidentalPartners.includes(entry.partnerId)
        || (table.anyMemberMayJoin && partner?.member === true);
      if (!atTable) {
        report(at('sharedInformation', j, 'partnerId'),
          `Tafel ${table.id}: "${entry.partnerId}" neemt niet deel aan deze tafel / "${entry.partnerId}" does not take part in this table`);
      }
    });
    table.criteriaGroups?.forEach((group, j) => {
      if (group.some((c) => c >= table.criteria.length)) report(at('criteriaGroups', j), `Tafel ${table.id}: een groep noemt een criterium dat de tafel niet heeft / a group names a criterion the table does not have`);
    });
    if (table.criteriaGroups !== undefined && table.allCriteriaRequired !== undefined) {
      report(at('criteriaGroups'), `Tafel ${table.id}: criteriaGroups en allCriteriaRequired sluiten elkaar uit / criteriaGroups and allCriteriaRequired exclude each other`);
    }
    duplicates(table.allowedDataSet, (d) => d.id, (j, id) => report(at('allowedDataSet', j, 'id'), `Tafel ${table.id}: gegeven "${id}" dubbel / data item "${id}" is not unique`));
    const perYear = table.frequency.meetingsPerYear;
    if (perYear !== null && perYear.min > perYear.max) {
      report(at('frequency', 'meetingsPerYear'), `Tafel ${table.id}: min > max / min exceeds max`);
    }
    if (table.ageRange?.maxYears !== undefined && table.ageRange.minMonths >= table.ageRange.maxYears * 12) {
      report(at('ageRange'), `Tafel ${table.id}: leeftijdsgrens onder ligt boven de bovengrens / the age range is empty`);
    }
    duplicates(table.consentExceptions ?? [], (e) => e.id, (j, id) => report(at('consentExceptions', j, 'id'), `Tafel ${table.id}: uitzondering "${id}" dubbel / exception "${id}" is not unique`));
    (table.minutesSharedWith ?? []).forEach((id, j) => {
      if (id === table.id || !config.tables.some((t) => t.id === id)) {
        report(at('minutesSharedWith', j), `Tafel ${table.id}: de notulen kunnen alleen naar een andere tafel van dit samenwerkingsverband, niet naar "${id}" / minutes go to another table of this collaboration only`);
      }
    });
    if (table.structuralPartners.length === 0 && table.incidentalPartners.length === 0 && !table.anyMemberMayJoin) {
      report(at('structuralPartners'), `Tafel ${table.id}: niemand mag aanschuiven / nobody may take part in this table`);
    }
  });
}

function checkProcess(config: Config, report: Report): void {
  const { process } = config;
  // The phases used are the ones the steps lead from and to (ADR 0085).
  const phases = new Set(phasesOf(process));
  if (!process.transitions.some((t) => t.from.includes('screening'))) {
    report(['process', 'transitions'], 'Elke casus begint met aanmelding en screening: een stap leidt daaruit / every case starts in screening: a step must lead out of it');
  }
  if (process.triageMode === 'presence_enrichment' && !phases.has('triage')) {
    report(['process', 'triageMode'], 'Verrijking vraagt de fase triage / presence enrichment needs the triage phase');
  }
  process.steps.forEach((step, i) => {
    if (!phases.has(step.phase)) report(['process', 'steps', i, 'phase'], `Stap ${step.id}: geen stap leidt naar of uit fase "${step.phase}" / no step leads to or from phase "${step.phase}"`);
  });
  duplicates(process.steps, (s) => s.id, (i, id) => report(['process', 'steps', i, 'id'], `Stap "${id}" dubbel / step "${id}" is not unique`));
  duplicates(process.closingCriteria, (c) => c.id, (i, id) => report(['process', 'closingCriteria', i, 'id'], `Criterium "${id}" dubbel / criterion "${id}" is not unique`));
  if ((process.meetingScheduling === 'per_case') !== (process.meetingEveryDays === null)) {
    report(['process', 'meetingEveryDays'],
      'Vaste overleggen hebben een interval, overleg per casus niet / standing meetings need meetingEveryDays, per-case meetings must leave it null');
  }
  if (process.meetingScheduling === 'per_work_area' && config.workAreas.length === 0) {
    report(['workAreas'], 'Overleg per werkgebied vraagt werkgebieden / per-work-area meetings need work areas');
  }
  duplicates(config.workAreas, (w) => w.id, (i, id) => report(['workAreas', i, 'id'], `Werkgebied "${id}" dubbel / work area "${id}" is not unique`));
  checkTransitions(config, report);
  const closes = process.transitions.some((t) => t.closes);
  if ((process.reporterDecisiveInClosing || process.transitions.some((t) => t.event === 'close_without_meeting')) && process.closingCriteria.length === 0) {
    report(['process', 'closingCriteria'], 'Afsluiten vraagt vastgelegde criteria / closing rules need closing criteria');
  }
  if ((process.reporterDecisiveInClosing || process.closingCriteria.length > 0) && !closes) {
    report(['process', 'transitions'], 'Criteria en de stem van de melder vragen een stap die afsluit (closes) / closing criteria and the reporter\'s voice need a step that closes');
  }
  const parties = process.handoverParties ?? [];
  if (process.transitions.some((t) => t.event === 'hand_over') && parties.length === 0) {
    report(['process', 'handoverParties'], 'Overdragen vraagt partijen om aan over te dragen / the hand_over step needs handover parties');
  }
  duplicates(parties, (p) => p.id, (i, id) => report(['process', 'handoverParties', i, 'id'], `Partij "${id}" dubbel / party "${id}" is not unique`));
  const members = new Set(config.partners.filter((p) => p.member).map((p) => p.id));
  parties.forEach((p, i) => {
    if (p.partnerId !== null && !members.has(p.partnerId)) report(['process', 'handoverParties', i, 'partnerId'], `"${p.partnerId}" is geen convenantpartner / "${p.partnerId}" is not a covenant member`);
  });
  const inform = config.informSubject.latestAtPhase;
  if (inform !== 'screening' && inform !== 'triage') {
    report(['informSubject', 'latestAtPhase'], 'Uiterlijk bij triage informeren (P10) / inform the subject by triage at the latest');
  } else if (!phases.has(inform)) {
    report(['informSubject', 'latestAtPhase'], `Geen stap leidt naar fase "${inform}" / no step leads to phase "${inform}"`);
  }
}

/** Every configured step starts from a phase a case can reach; a kind of step leaves a phase only once. */
function checkTransitions(config: Config, report: Report): void {
  const { process } = config;
  const reached = reachedPhases(process);
  const seen = new Set<string>();
  process.transitions.forEach((t, i) => {
    t.from.forEach((p, j) => {
      if (!reached.has(p)) report(['process', 'transitions', i, 'from', j], `Stap ${t.event}: geen stap leidt naar fase "${p}" / no step leads to phase "${p}"`);
      const key = `${t.event}:${p}`;
      if (seen.has(key)) report(['process', 'transitions', i, 'from', j], `Stap ${t.event} vanuit "${p}" dubbel / step ${t.event} from "${p}" is listed twice`);
      seen.add(key);
    });
    if (t.from.length === 0) report(['process', 'transitions', i, 'from'], `Stap ${t.event}: vanuit welke fase? / step ${t.event} needs a phase to start from`);
  });
}

function checkRetention(config: Config, report: Report): void {
  const { retention } = config;
  const phases = new Set(phasesOf(config.process));
  const at = (field: string): string[] => ['retention', field];
  if (retention.archiveAfterMonths !== null && retention.archiveAfterMonths >= retention.deleteAfterMonths) {
    report(at('archiveAfterMonths'), 'Archiveren moet vóór verwijderen / archiveAfterMonths must be less than deleteAfterMonths');
  }
  if (retention.anchor === 'deescalation_decision') {
    if (retention.archiveAfterMonths === null) report(at('archiveAfterMonths'), 'Gefaseerde afschaling heeft een archiefstap / staged de-escalation needs an archive step');
    if (retention.maxExceptionMonths > 6) {
      report(at('maxExceptionMonths'), 'Herbeoordeling uiterlijk 6 maanden vooruit (seed 003 Bijlage 3) / re-assessment at most 6 months ahead');
    }
    if (!phases.has('deescalation1')) report(at('anchor'), 'Gefaseerde afschaling vraagt de fase deescalation1 / staged de-escalation needs the deescalation1 phase');
  }
  if (!retention.exceptionsAllowed && retention.maxExceptionMonths !== 0) {
    report(at('maxExceptionMonths'), 'Zonder uitzonderingen is de termijn 0 / without exceptions maxExceptionMonths must be 0');
  }
  if (retention.exceptionsAllowed && retention.maxExceptionMonths === 0) {
    report(at('maxExceptionMonths'), 'Uitzonderingen hebben een herbeoordelingstermijn / exceptions need a re-assessment term');
  }
  if (retention.archiveAfterMonths !== null && !phases.has('archived')) {
    report(at('archiveAfterMonths'), 'Een archiefstap hoort bij de fase archived / an archive step needs the archived phase');
  }
  if (retention.archiveAfterMonths === null && phases.has('archived') && !config.process.transitions.some((t) => t.to === 'archived')) {
    report(at('archiveAfterMonths'), 'De fase archived wordt nooit bereikt / the archived phase is never reached: give an archive step or a transition to it');
  }
  config.tables.forEach((table, i) => {
    const own = table.retention;
    if (own === undefined) return;
    const field = ['tables', i, 'retention', 'archiveAfterMonths'];
    if (own.archiveAfterMonths !== null && own.archiveAfterMonths >= own.deleteAfterMonths) report(field, 'Archiveren moet vóór verwijderen / archiveAfterMonths must be less than deleteAfterMonths');
    if ((own.archiveAfterMonths === null) !== (retention.archiveAfterMonths === null)) report(field, 'Een tafel volgt de stappen van het samenwerkingsverband: met of zonder archiefstap / a table keeps the collaboration\'s steps: with or without an archive step');
  });
  if (!phases.has('deleted')) report(['process', 'transitions'], 'Verwijderen hoort bij elke bewaartermijn: een stap leidt naar deleted / every retention ends in deletion: a step must lead to deleted');
  if ((retention.unpickedSignal !== null) !== config.process.storeOnlyAfterPickup) {
    report(at('unpickedSignal'), 'Een termijn voor niet-opgepakte signalen hoort bij storeOnlyAfterPickup / a deadline for signals not picked up goes with storeOnlyAfterPickup');
  }
  if (retention.unpickedSignal !== null && retention.unpickedSignal.reminderDaysBefore >= retention.unpickedSignal.deleteAfterDays) {
    report([...at('unpickedSignal'), 'reminderDaysBefore'], 'De herinnering moet vóór het verwijderen liggen / the reminder must come before the deletion');
  }
}

function checkGovernance(config: Config, report: Report): void {
  const members = new Set(config.partners.filter((p) => p.member).map((p) => p.id));
  const { controller, joinApproval } = config;
  const needMember = (path: (string | number)[], id: string): void => {
    if (!members.has(id)) report(path, `"${id}" is geen convenantpartner / "${id}" is not a covenant member`);
  };
  needMember(['controller', 'operator'], controller.operator);
  if (controller.dossierController !== null) needMember(['controller', 'dossierController'], controller.dossierController);
  if (controller.model === 'central' && controller.dossierController === null) {
    report(['controller', 'dossierController'], 'Centrale verwerkingsverantwoordelijke ontbreekt / a central controller must be named');
  }
  // Under joint control the joint controllers take the requests (their arrangement, AVG art. 26).
  if (controller.rightsRequestsTo === 'dossier_controller' && controller.dossierController === null && controller.model !== 'joint') {
    report(['controller', 'rightsRequestsTo'], 'Verzoeken gaan naar een verantwoordelijke die niet is genoemd / no dossier controller to send requests to');
  }
  if (controller.model === 'joint' && controller.jointControllers.length < 2) {
    report(['controller', 'jointControllers'], 'Gezamenlijke verantwoordelijkheid vraagt minstens twee partners / joint control needs at least two partners');
  }
  if (controller.model !== 'joint' && controller.jointControllers.length > 0) {
    report(['controller', 'jointControllers'], 'Alleen bij model joint / only for the joint model');
  }
  controller.jointControllers.forEach((id, i) => needMember(['controller', 'jointControllers', i], id));
  if (joinApproval.requestTo !== null) needMember(['joinApproval', 'requestTo'], joinApproval.requestTo);
}

function checkTheme(config: Config, report: Report): void {
  for (const [key, value] of Object.entries(config.theme ?? {})) {
    if (!/^--[a-z0-9-]+$/.test(key)) {
      report(['theme', key], `"${key}" is geen design token (--naam) / not a design token name`);
    }
    if (/[;{}<>]/.test(value)) {
      report(['theme', key], `Waarde van "${key}" bevat ; { } < of > / the value may not contain ; { } < or >`);
    }
  }
}
