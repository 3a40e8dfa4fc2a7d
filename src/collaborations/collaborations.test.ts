import { describe, expect, it } from 'vitest';
import { parseCollaborationConfig, type CollaborationConfig } from '../domain/config/collaboration-config.schema.js';
import FICTIONAL from '../domain/config/zorgnetwerk-oost-fictief.fixture.json' with { type: 'json' };
import { findShippedCollaboration, loadCollaboration, SHIPPED_COLLABORATIONS } from './index.js';
import { phasesOf } from '../domain/process/variant.js';

function get(id: string): CollaborationConfig {
  const config = findShippedCollaboration(id);
  if (config === undefined) throw new Error(`missing ${id}`);
  return config;
}

const MAASTRICHT = get('veiligheidshuis-maastricht-heuvelland');
const MIDDEN = get('zvh-midden-limburg');
const VENLO = get('zorgnetwerk-venlo');
const NOORD = get('zvh-noord-limburg');
const NIJMEGEN = get('regieteams-nijmegen');

describe('shipped collaborations', () => {
  it('ships the five collaborations of the seeds, each valid and with a unique id', () => {
    expect(SHIPPED_COLLABORATIONS).toHaveLength(5);
    expect(new Set(SHIPPED_COLLABORATIONS.map((c) => c.id)).size).toBe(5);
    for (const config of SHIPPED_COLLABORATIONS) expect(parseCollaborationConfig(config)).toMatchObject({ ok: true });
    expect(SHIPPED_COLLABORATIONS.map((c) => c.id)).toEqual(['veiligheidshuis-maastricht-heuvelland', 'zvh-midden-limburg', 'zorgnetwerk-venlo', 'zvh-noord-limburg', 'regieteams-nijmegen']);
  });

  it('P5 legal basis: no public authority in any collaboration has legitimate interest', () => {
    for (const config of SHIPPED_COLLABORATIONS) {
      for (const partner of config.partners.filter((p) => p.publicAuthority)) {
        expect(partner.legalBasisCatalogue.map((e) => e.kind), `${config.id}/${partner.id}`).not.toContain('legitimate_interest');
      }
    }
  });

  it('P8 special categories and BSN: housing corporations see no special categories and use no BSN', () => {
    const corporations = SHIPPED_COLLABORATIONS.flatMap((c) => c.partners.filter((p) => p.type === 'woningcorporatie'));
    expect(corporations.length).toBeGreaterThanOrEqual(10);
    for (const p of corporations) expect([p.maySeeSpecial, p.mayUseBsn]).toEqual([false, false]);
  });

  it('P9 police data: every police partner provides under an art. 20 Wpg decision', () => {
    for (const config of SHIPPED_COLLABORATIONS) {
      const police = config.partners.filter((p) => p.type === 'politie');
      expect(police, config.id).toHaveLength(1);
      expect(police[0]!.legalBasisCatalogue.some((e) => e.kind === 'wpg20')).toBe(true);
    }
  });

  it('P1 membership: notice periods per covenant (2 months, none beyond the yearly term, 3 months, 2 years, 1 year)', () => {
    expect(SHIPPED_COLLABORATIONS.map((c) => [c.noticePeriodMonths, c.noticeEffect])).toEqual([
      [2, 'after_period'],
      [0, 'end_of_yearly_term'],
      [3, 'after_period'],
      [24, 'after_period_on_january_first'],
      [12, 'after_period'],
    ]);
  });

  it('P1 membership: joining needs all partners (seed 000 art. 14) or the steering group after all partners (seed 001 art. 17)', () => {
    expect(MAASTRICHT.joinApproval).toMatchObject({ rule: 'all_partners', requestTo: 'gemeente-maastricht' });
    expect(MIDDEN.joinApproval.rule).toBe('steering_group_after_all_partners');
    expect(NOORD.joinApproval.rule).toBe('steering_group_after_objection_period');
    for (const config of SHIPPED_COLLABORATIONS) expect(config.accessionDeclarationRequired).toBe(true);
  });
});

describe('Veiligheidshuis Maastricht-Heuvelland (seed 000)', () => {
  it('has the nine standing tables of Bijlage 2, each with purpose, criteria and its own data set', () => {
    expect(MAASTRICHT.tables).toHaveLength(9);
    for (const table of MAASTRICHT.tables) {
      expect(table.purpose.length).toBeGreaterThan(20);
      expect(table.criteria.length).toBeGreaterThan(0);
      expect(table.allowedDataSet.length).toBeGreaterThan(0);
    }
  });

  it('000-R58 Casusoverleg Jeugd Eijsden-Margraten has the five criteria of Bijlage 2, the fifth "effectieve en efficiënte begeleiding"', () => {
    const criteria = MAASTRICHT.tables.find((t) => t.id === 'casusoverleg-jeugd-eijsden-margraten')?.criteria ?? [];
    expect(criteria).toHaveLength(5);
    expect(criteria[4]).toContain('effectieve en efficiënte begeleiding en ondersteuning');
  });

  it('has the 29 signatories of Bijlage 1 as members, signed 18 February 2016 and in force the day after (art. 13.1)', () => {
    const members = MAASTRICHT.partners.filter((p) => p.member);
    expect(members).toHaveLength(29);
    for (const p of members) expect(p.membership.joinedAt).toBe('2016-02-19');
  });

  it('youth network meets every 14 days for ages up to 23; domestic violence four times a week', () => {
    const youth = MAASTRICHT.tables.find((t) => t.id === 'netwerkoverleg-risicojeugd')!;
    expect(youth.frequency.meetingsPerYear).toEqual({ min: 26, max: 26 });
    expect(youth.ageRange).toEqual({ minMonths: -9, maxYears: 23 });
    const violence = MAASTRICHT.tables.find((t) => t.id === 'netwerkoverleg-huiselijk-geweld')!;
    expect(violence.frequency.meetingsPerYear).toEqual({ min: 208, max: 208 });
  });

  it('after-care for ex-detainees is weekly and requires consent', () => {
    const aftercare = MAASTRICHT.tables.find((t) => t.id === 'nazorg-ex-gedetineerden')!;
    expect(aftercare.frequency.meetingsPerYear).toEqual({ min: 52, max: 52 });
    expect(aftercare.preconditions.map((p) => p.kind)).toContain('consent_required');
    expect(aftercare.allowedDataSet.find((d) => d.id === 'delictgegevens-forensische-titel')?.special).toBe(true);
  });

  it('the group prevention meeting discusses individuals only to route them', () => {
    expect(MAASTRICHT.tables.find((t) => t.id === 'pjo-eijsden-margraten')!.individualsDiscussed).toBe('routing_only');
  });

  it('P1 membership: organisations that did not sign join tables only incidentally', () => {
    for (const table of MAASTRICHT.tables.filter((t) => t.separateCovenant === undefined)) {
      for (const id of table.structuralPartners) expect(MAASTRICHT.partners.find((p) => p.id === id)?.member, `${table.id}/${id}`).toBe(true);
    }
    expect(MAASTRICHT.tables.find((t) => t.id === 'jco-huiselijk-geweld')!.incidentalPartners).toContain('veilig-thuis-zuid-limburg');
  });

  it('the gemeente Maastricht is the controller to whom subjects turn (art. 8.1)', () => {
    expect(MAASTRICHT.controller).toMatchObject({ model: 'central', dossierController: 'gemeente-maastricht', rightsRequestsTo: 'dossier_controller' });
  });
});

describe('Zorg- en Veiligheidshuis Midden-Limburg (seed 001)', () => {
  it('runs the canonical phases with per-case RTOs and staged de-escalation', () => {
    expect(phasesOf(MIDDEN.process)).toEqual(['screening', 'triage', 'rto', 'monitoring', 'deescalation1', 'archived', 'deleted', 'rejected', 'referred']);
    expect(MIDDEN.process.triageMode).toBe('selected');
    expect(MIDDEN.retention).toMatchObject({ anchor: 'deescalation_decision', archiveAfterMonths: 6, deleteAfterMonths: 12 });
  });

  it('tells third parties what an RTO discussed only with the contributor\u2019s prior written consent (art. 7.2)', () => {
    expect(MIDDEN.thirdParties.rtoDisclosureNeedsContributorWrittenConsent).toBe(true);
  });

  it('has seven municipalities and Roermond operates the house', () => {
    expect(MIDDEN.partners.filter((p) => p.type === 'gemeente')).toHaveLength(7);
    expect(MIDDEN.controller.operator).toBe('gemeente-roermond');
  });
});

describe('Zorgnetwerk Venlo (seed 002)', () => {
  it('enriches with presence data and meets monthly per work area in four work areas', () => {
    expect(VENLO.process).toMatchObject({ triageMode: 'presence_enrichment', meetingScheduling: 'per_work_area', meetingEveryDays: 30 });
    expect(VENLO.workAreas.map((w) => w.name)).toEqual([
      'Venlo Centrum Zuid', 'Venlo Noordoost-Oost, Arcen, Velden, Lomm', 'Blerick', 'Tegelen, Belfeld, Steyl',
    ]);
  });

  it('records the three closing criteria; the reporter is decisive; closing without a meeting and the handover after the enrichment are possible', () => {
    expect(VENLO.process.closingCriteria.map((c) => c.id)).toEqual(['overlast-gestopt', 'hulpverlening-opgestart', 'geen-contact-geen-kinderen']);
    expect(VENLO.process.closingCriteria[2]!.label).toMatch(/geen kinderen/);
    expect(VENLO.process).toMatchObject({ reporterDecisiveInClosing: true, subjectMayAttend: true });
    expect(VENLO.process.transitions.filter((t) => t.closes).map((t) => [t.event, t.from, t.to])).toEqual([
      ['close_without_meeting', ['triage'], 'archived'],
      ['hand_over', ['triage'], 'archived'],
      ['close', ['rto', 'monitoring'], 'archived'],
    ]);
  });

  it('P7 sharing without consent: the first disclosure is limited (art. 7.6)', () => {
    expect(VENLO.process.firstDisclosureWithoutConsentLimited).toBe(true);
  });

  it('P13 retention: at most 2 years; rights requests answered within four weeks', () => {
    expect(VENLO.retention).toMatchObject({ anchor: 'closing', deleteAfterMonths: 24, exceptionsAllowed: false });
    expect(VENLO.rightsRequestDeadline).toEqual({ amount: 4, unit: 'weeks' });
  });

  it('has its six signatories and housing corporations rely on legitimate interest', () => {
    expect(VENLO.partners.map((p) => p.id)).toEqual(['gemeente-venlo', 'politie-limburg', 'includio', 'woonwenz', 'antares', 'vincent-van-gogh']);
    expect(VENLO.partners.find((p) => p.id === 'woonwenz')!.legalBasisCatalogue.map((e) => e.kind)).toContain('legitimate_interest');
  });
});

describe('Zorg- en Veiligheidshuis Noord-Limburg (seed 003)', () => {
  it('P13 retention: staged 6/12 months with exceptions re-assessed at most 6 months ahead', () => {
    expect(NOORD.retention).toMatchObject({ anchor: 'deescalation_decision', archiveAfterMonths: 6, deleteAfterMonths: 12, exceptionsAllowed: true, maxExceptionMonths: 6 });
  });

  it('has eight municipalities and Horst aan de Maas as beheergemeente', () => {
    expect(NOORD.partners.filter((p) => p.type === 'gemeente')).toHaveLength(8);
    expect(NOORD.controller).toMatchObject({ model: 'lead_partner', operator: 'gemeente-horst-aan-de-maas' });
  });
});

describe('Regieteams Nijmegen (seed 004)', () => {
  it('meets every four weeks per team and maps the eight steps onto phases', () => {
    expect(NIJMEGEN.process).toMatchObject({ meetingScheduling: 'per_team', meetingEveryDays: 28 });
    expect(NIJMEGEN.process.steps).toHaveLength(8);
    expect(NIJMEGEN.process.steps.map((s) => s.phase)).toEqual(['screening', 'screening', 'triage', 'rto', 'rto', 'monitoring', 'deescalation1', 'archived']);
  });

  it('stores nothing before pick-up and needs consent for domain-crossing processing', () => {
    expect(NIJMEGEN.process).toMatchObject({ storeOnlyAfterPickup: true, domainCrossingNeedsConsent: true });
  });

  it('P13 retention: 15 years after closing; notice one year', () => {
    expect(NIJMEGEN.retention).toMatchObject({ anchor: 'closing', deleteAfterMonths: 180 });
    expect(NIJMEGEN.noticePeriodMonths).toBe(12);
  });

  it('records the core data set and keeps non-municipal data out of statistics exports', () => {
    expect(NIJMEGEN.tables[0]!.allowedDataSet.map((d) => d.id)).toEqual(['problematiek', 'naw', 'plan-van-aanpak', 'productbestelling', 'voortgang', 'acties', 'betrokken-instanties']);
    expect(NIJMEGEN.statisticsExcludeNonMunicipalContributions).toBe(true);
  });

  it('the GGD is a shell partner that joins only when a case needs it', () => {
    const ggd = NIJMEGEN.partners.find((p) => p.id === 'ggd-gelderland-zuid')!;
    expect(ggd).toMatchObject({ member: true, shell: true });
    expect(NIJMEGEN.tables[0]!.incidentalPartners).toContain('ggd-gelderland-zuid');
  });
});

describe('a sixth collaboration as data', () => {
  it('loads Zorgnetwerk Oost-Fictief from plain JSON without code changes', () => {
    const result = loadCollaboration(JSON.parse(JSON.stringify(FICTIONAL)));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.name).toBe('Zorgnetwerk Oost-Fictief');
      expect(result.config.theme).toEqual({ '--utrecht-color-primary': '#1f6f50' });
    }
  });

  it('rejects a broken sixth collaboration with issues naming the fields', () => {
    const broken = { ...JSON.parse(JSON.stringify(FICTIONAL)), noticePeriodMonths: -1, retention: undefined };
    const result = loadCollaboration(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['noticePeriodMonths', 'retention']));
  });
});
