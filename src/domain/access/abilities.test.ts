import { describe, expect, it } from 'vitest';
import { actor, buildCase, contribution, NOW } from '../../../test/support/case-facts-builder.js';
import { computeAbilities } from './abilities.js';
import { decide } from './decide.js';
import { filterCase } from './filter-case.js';

const facts = buildCase({ caseDirector: 'u-ggz' }, [
  contribution('k-pol', { by: 'pol', police: true, excluded: new Set(['woon']) }),
  contribution('k-ggz', { by: 'ggz', special: true }),
  contribution('k-woon', { by: 'woon', grants: [{ to: 'u-ggz', planAction: 'A1' }] }),
]);

describe('filterCase (bulk decision)', () => {
  it('P2/P4/P8: a housing officer sees only what it may, and every refusal names its rule', () => {
    const r = filterCase(actor('u-woon'), facts, 'rto', NOW);
    expect(r.allowed.map((a) => a.id)).toEqual(['k-woon']);
    expect(r.denied.map((d) => [d.id, d.decision.rule])).toEqual([
      ['k-pol', 'P4'],
      ['k-ggz', 'P8'],
    ]);
  });
  it('agrees with decide for every contribution and carries obligations', () => {
    const r = filterCase(actor('u-ggz'), facts, 'rto', NOW);
    for (const id of facts.contributions.keys()) {
      const single = decide(actor('u-ggz'), facts, { kind: 'contribution', id }, 'rto', 'read', NOW);
      expect(r.allowed.some((a) => a.id === id)).toBe(single.allow);
    }
    expect(r.allowed.find((a) => a.id === 'k-pol')?.decision.obligations).toEqual(['police_provision_log']);
  });
});

describe('abilities for the UI', () => {
  it('the process director steers the process but takes nothing along', () => {
    const a = computeAbilities(actor('u-pd'), facts, NOW);
    expect(a.viewCase).toBe(true);
    expect(a.readContributions).toEqual(['k-pol', 'k-ggz', 'k-woon']);
    expect(a.takeAlong).toEqual([]);
    expect(a.recordMeeting && a.appointCaseDirector && a.decideDeescalation).toBe(true);
    expect(a.reopen).toBe(false);
  });
  it('the case director takes along its own data and what was granted to it, nothing else', () => {
    const a = computeAbilities(actor('u-ggz'), facts, NOW);
    expect(a.takeAlong).toEqual(['k-ggz', 'k-woon']);
    expect(a.updatePlan).toBe(true);
    expect(a.controlContributions).toEqual(['k-ggz']);
  });
  it('an admin gets no case abilities at all', () => {
    const a = computeAbilities(actor('u-adm'), facts, NOW);
    expect(a.viewCase || a.viewAdminSet || a.viewBsn || a.contribute || a.screen).toBe(false);
    expect(a.readContributions).toEqual([]);
  });
  it('only a manager re-opens an archived dossier', () => {
    const archived = buildCase({ phase: 'archived' });
    expect(computeAbilities(actor('u-mgr'), archived, NOW).reopen).toBe(true);
    expect(computeAbilities(actor('u-pd'), archived, NOW).reopen).toBe(false);
    expect(computeAbilities(actor('u-pd'), archived, NOW).viewAdminSet).toBe(true);
  });
});
