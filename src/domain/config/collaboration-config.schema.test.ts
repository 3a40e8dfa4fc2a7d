import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Partner } from '../model.js';
import type { ProcessVariant } from '../process/variant.js';
import type { RetentionPolicy } from '../retention/policy.js';
import { parseCollaborationConfig, type CollaborationConfig } from './collaboration-config.schema.js';
import FICTIONAL from './zorgnetwerk-oost-fictief.fixture.json' with { type: 'json' };

type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Editable = DeepMutable<CollaborationConfig>;

/** A valid plain-JSON configuration, cloned so each test can break one thing. */
function valid(): Editable {
  return JSON.parse(JSON.stringify(FICTIONAL)) as Editable;
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = parseCollaborationConfig(input);
  if (result.ok) throw new Error('expected the configuration to be rejected');
  return [...result.issues];
}

/** Applies a change to a fresh valid config and returns the issues. */
function reject(change: (c: Editable) => void): { path: string; message: string }[] {
  const config = valid();
  change(config);
  return issuesOf(config);
}

describe('collaboration config schema', () => {
  it('accepts a sixth collaboration given as plain JSON', () => {
    const result = parseCollaborationConfig(valid());
    expect(result.ok).toBe(true);
  });

  it('keeps the process, retention and partner types exact (compile-time)', () => {
    expectTypeOf<CollaborationConfig['process']>().toExtend<ProcessVariant>();
    expectTypeOf<ProcessVariant>().toExtend<CollaborationConfig['process']>();
    expectTypeOf<CollaborationConfig['retention']>().toEqualTypeOf<Omit<RetentionPolicy, 'tables'>>();
    expectTypeOf<CollaborationConfig['partners'][number]>().toExtend<Partner>();
  });

  it('rejects input that is not an object with a root issue', () => {
    expect(issuesOf(42)[0]?.path).toBe('');
  });

  it('names the field of a shape error', () => {
    const issues = reject((c) => { c.partners[0]!.id = 'Not A Slug'; });
    expect(issues.map((i) => i.path)).toContain('partners.0.id');
  });

  it('P1 membership: partner ids are unique', () => {
    const issues = reject((c) => { c.partners[1]!.id = c.partners[0]!.id; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'partners.1.id' }));
  });

  it('P5 legal basis: legitimate interest is never in a public authority catalogue', () => {
    const issues = reject((c) => { c.partners[0]!.legalBasisCatalogue = [{ kind: 'legitimate_interest' }]; });
    const issue = issues.find((i) => i.path === 'partners.0.legalBasisCatalogue.0.kind');
    expect(issue?.message).toMatch(/legitimate_interest/);
  });

  it('P5 legal basis: legitimate interest is no basis for a partner bound by professional secrecy', () => {
    const issues = reject((c) => {
      const care = c.partners.find((p) => p.id === 'ggz-oost')!;
      care.legalBasisCatalogue = [{ kind: 'consent' }, { kind: 'legitimate_interest' }];
    });
    expect(issues.some((i) => /^partners\.\d+\.legalBasisCatalogue\.1\.kind$/.test(i.path) && /professional secrecy/.test(i.message))).toBe(true);
  });

  it('P5 legal basis: public task names its law article', () => {
    const issues = reject((c) => { c.partners[0]!.legalBasisCatalogue = [{ kind: 'public_task' }]; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'partners.0.legalBasisCatalogue.0.law' }));
  });

  it('P9 police data: only the police provides under wpg20, and a police partner has the art. 20 decision', () => {
    const notPolice = reject((c) => { c.partners[0]!.legalBasisCatalogue = [{ kind: 'wpg20' }]; });
    expect(notPolice).toContainEqual(expect.objectContaining({ path: 'partners.0.legalBasisCatalogue.0.kind' }));
    const noDecision = reject((c) => {
      const police = c.partners.find((p) => p.type === 'politie')!;
      police.legalBasisCatalogue = [{ kind: 'public_task', law: 'Politiewet 2012 art. 3' }];
    });
    expect(noDecision.some((i) => /legalBasisCatalogue$/.test(i.path) && /wpg20/.test(i.message))).toBe(true);
  });

  it('P8 special categories and BSN: a housing corporation may neither see special categories nor use the BSN', () => {
    const issues = reject((c) => { c.partners.find((p) => p.type === 'woningcorporatie')!.mayUseBsn = true; });
    expect(issues.some((i) => i.path.endsWith('.mayUseBsn'))).toBe(true);
  });

  it('P1 membership: a notice ends membership no earlier than the notice period', () => {
    const issues = reject((c) => {
      c.partners[0]!.membership = { joinedAt: '2024-01-01', noticeGivenAt: '2025-01-01', endsAt: '2025-02-01' };
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'partners.0.membership.endsAt' }));
  });

  it('P1 membership: a non-member has no membership dates', () => {
    const issues = reject((c) => {
      const outsider = c.partners.find((p) => p.member === false)!;
      outsider.membership = { joinedAt: '2024-01-01', noticeGivenAt: null, endsAt: null };
    });
    expect(issues.some((i) => i.path.endsWith('membership.joinedAt'))).toBe(true);
  });

  it('tables refer to existing partners', () => {
    const issues = reject((c) => { c.tables[0]!.structuralPartners.push('gemeente-nergens'); });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'tables.0.structuralPartners.4' }));
    expect(issues[0]?.message).toMatch(/gemeente-nergens/);
  });

  it('P1 membership: a non-member sits at a table only incidentally', () => {
    const issues = reject((c) => { c.tables[0]!.structuralPartners.push('buurtcentrum-fictief'); });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'tables.0.structuralPartners.4' }));
  });

  it('shared information comes only from partners at the table', () => {
    const issues = reject((c) => {
      c.tables[0]!.incidentalPartners = [];
      c.tables[0]!.sharedInformation.push({ partnerId: 'buurtcentrum-fictief', description: 'x' });
    });
    expect(issues.some((i) => /^tables\.0\.sharedInformation\.\d+\.partnerId$/.test(i.path))).toBe(true);
  });

  it('table frequency and age range are sane', () => {
    expect(reject((c) => { c.tables[0]!.frequency.meetingsPerYear = { min: 12, max: 4 }; }))
      .toContainEqual(expect.objectContaining({ path: 'tables.0.frequency.meetingsPerYear' }));
    expect(reject((c) => { c.tables[0]!.ageRange = { minMonths: 300, maxYears: 18 }; }))
      .toContainEqual(expect.objectContaining({ path: 'tables.0.ageRange' }));
  });

  it('P13 retention: archiving comes before deleting', () => {
    const issues = reject((c) => { c.retention.archiveAfterMonths = 12; c.retention.deleteAfterMonths = 6; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'retention.archiveAfterMonths' }));
  });

  it('P13 retention: a staged exception is re-assessed at most 6 months ahead', () => {
    const issues = reject((c) => { c.retention.maxExceptionMonths = 9; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'retention.maxExceptionMonths' }));
  });

  it('P13 retention: without exceptions there is no exception term', () => {
    const issues = reject((c) => { c.retention.exceptionsAllowed = false; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'retention.maxExceptionMonths' }));
  });

  it('ADR 0085 the phases are what the steps lead from and to: a step out of screening is needed, a named step needs a phase a step reaches, and a step cannot start where no step leads', () => {
    expect(reject((c) => { c.process.transitions = c.process.transitions.filter((t) => !t.from.includes('screening')); }))
      .toContainEqual(expect.objectContaining({ path: 'process.transitions' }));
    expect(reject((c) => { c.process.steps[0]!.phase = 'referred'; c.process.transitions = c.process.transitions.filter((t) => t.to !== 'referred'); }))
      .toContainEqual(expect.objectContaining({ path: 'process.steps.0.phase' }));
    expect(reject((c) => { c.process.transitions = c.process.transitions.filter((t) => t.to !== 'archived'); }))
      .toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^process\.transitions\.\d+\.from\.\d+$/) as unknown as string }));
  });

  it('standing meetings per work area need work areas and an interval', () => {
    const issues = reject((c) => { c.process.meetingScheduling = 'per_work_area'; c.workAreas = []; });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['process.meetingEveryDays', 'workAreas']));
  });

  it('P10 informing the subject: at the latest by triage', () => {
    const issues = reject((c) => { c.informSubject.latestAtPhase = 'rto'; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'informSubject.latestAtPhase' }));
  });

  it('a central controller must be a named covenant member', () => {
    expect(reject((c) => { c.controller.dossierController = null; }))
      .toContainEqual(expect.objectContaining({ path: 'controller.dossierController' }));
    expect(reject((c) => { c.controller.dossierController = 'buurtcentrum-fictief'; }))
      .toContainEqual(expect.objectContaining({ path: 'controller.dossierController' }));
  });

  it('joint control needs at least two partners', () => {
    const issues = reject((c) => { c.controller.model = 'joint'; c.controller.jointControllers = ['gemeente-oost-fictief']; });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'controller.jointControllers' }));
  });

  it('theme overrides are design tokens without CSS injection', () => {
    expect(reject((c) => { c.theme = { color: 'red' }; })).toContainEqual(expect.objectContaining({ path: 'theme.color' }));
    expect(reject((c) => { c.theme = { '--utrecht-color-primary': 'red;}body{display:none' }; }))
      .toContainEqual(expect.objectContaining({ path: 'theme.--utrecht-color-primary' }));
  });
});
