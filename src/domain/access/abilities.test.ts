import { describe, expect, it } from 'vitest';
import { actor, buildCase, contribution, NOW } from '../../../test/support/case-facts-builder.js';
import { computeAbilities } from './abilities.js';
import { decide } from './decide.js';
import { filterCase } from './filter-case.js';

// GGZ is bound to professional secrecy; it shares without consent after its conflict-of-duties weighing (P7).
const facts = buildCase({ caseDirector: 'u-ggz', conflictWeighed: new Set(['ggz']) }, [
  contribution('k-pol', { by: 'pol', police: true, excluded: new Set(['woon']) }),
  contribution('k-ggz', { by: 'ggz', special: true }),
  contribution('k-woon', { by: 'woon', grants: [{ to: 'u-ggz' }] }),
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
  it('only the process director, and only in monitoring, schedules a follow-up RTO', () => {
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'monitoring' }), NOW).scheduleFollowUp).toBe(true);
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'rto' }), NOW).scheduleFollowUp).toBe(false);
    expect(computeAbilities(actor('u-ggz'), buildCase({ phase: 'monitoring', caseDirector: 'u-ggz' }), NOW).scheduleFollowUp).toBe(false);
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
  it('P11: a designated professional of a case partner consents to a third party only once one joined, in the RTO or monitoring', () => {
    expect(computeAbilities(actor('u-ggz'), facts, NOW).consentThirdParty).toBe(false);
    const third = { userId: 'u-ext', partnerId: 'ext', hasBasis: true, declarationSignedAt: NOW, consentsFrom: new Set(['ext']), releasedTo: false };
    const withThird = buildCase({ thirdParties: new Map([['u-ext', third]]) });
    expect(computeAbilities(actor('u-ggz'), withThird, NOW).consentThirdParty).toBe(true);
    expect(computeAbilities(actor('u-pd'), withThird, NOW).consentThirdParty).toBe(false);
    expect(computeAbilities(actor('u-pd'), withThird, NOW).addThirdParty).toBe(true);
    expect(computeAbilities(actor('u-ggz'), buildCase({ phase: 'triage', thirdParties: new Map([['u-ext', third]]) }), NOW).consentThirdParty).toBe(false);
    // Designated, but no relation to the case in the RTO (not invited): the list of third parties is not for it.
    expect(computeAbilities(actor('u-woon'), buildCase({ thirdParties: new Map([['u-ext', third]]), rtoParticipants: new Set(['u-ggz']) }), NOW).consentThirdParty).toBe(false);
  });
  it('only a manager re-opens an archived dossier', () => {
    const archived = buildCase({ phase: 'archived' });
    expect(computeAbilities(actor('u-mgr'), archived, NOW).reopen).toBe(true);
    expect(computeAbilities(actor('u-pd'), archived, NOW).reopen).toBe(false);
    expect(computeAbilities(actor('u-pd'), archived, NOW).viewAdminSet).toBe(true);
  });
  it('P13: the retention status from the de-escalation decision on, for those who may see the administrative set', () => {
    const step1 = buildCase({ phase: 'deescalation1', caseDirector: 'u-ggz', rtoParticipants: new Set(['u-ggz']) });
    expect(computeAbilities(actor('u-pd'), step1, NOW).viewRetention).toBe(true);
    expect(computeAbilities(actor('u-ggz'), step1, NOW).viewRetention).toBe(true);
    expect(computeAbilities(actor('u-woon'), step1, NOW).viewRetention).toBe(false);
    expect(computeAbilities(actor('u-mgr'), step1, NOW).viewRetention).toBe(false);
    const archived = buildCase({ phase: 'archived', caseDirector: 'u-ggz' });
    expect(computeAbilities(actor('u-pd'), archived, NOW).viewRetention).toBe(true);
    expect(computeAbilities(actor('u-ggz'), archived, NOW).viewRetention).toBe(false);
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'monitoring' }), NOW).viewRetention).toBe(false);
  });
  it('P12 Nijmegen: the staff records a pickup only where the variant asks for one, once, before the meeting', () => {
    const screening = buildCase({ phase: 'screening' });
    const nijmegen = { storeOnlyAfterPickup: true, pickedUp: false };
    expect(computeAbilities(actor('u-pd'), screening, NOW, nijmegen).recordPickup).toBe(true);
    expect(computeAbilities(actor('u-pd'), screening, NOW, { ...nijmegen, pickedUp: true }).recordPickup).toBe(false);
    expect(computeAbilities(actor('u-pd'), screening, NOW, { ...nijmegen, storeOnlyAfterPickup: false }).recordPickup).toBe(false);
    expect(computeAbilities(actor('u-pd'), screening, NOW).recordPickup).toBe(false);
    expect(computeAbilities(actor('u-ggz'), screening, NOW, nijmegen).recordPickup).toBe(false);
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'rto' }), NOW, nijmegen).recordPickup).toBe(false);
  });
  it('004-W06 a subject is completed by the staff while the case runs; where only the minimal set is stored before pickup, only once picked up', () => {
    const triage = buildCase({ phase: 'triage' });
    const nijmegen = { storeOnlyAfterPickup: true, pickedUp: false };
    expect(computeAbilities(actor('u-pd'), triage, NOW).completeSubject).toBe(true);
    expect(computeAbilities(actor('u-pd'), triage, NOW, nijmegen).completeSubject).toBe(false);
    expect(computeAbilities(actor('u-pd'), triage, NOW, { ...nijmegen, pickedUp: true }).completeSubject).toBe(true);
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'archived' }), NOW).completeSubject).toBe(false);
  });
  it('003-107 the dossier is cleared by the process director in de-escalation step 1 only; the staff see what was removed', () => {
    const step1 = buildCase({ phase: 'deescalation1', caseDirector: 'u-ggz' });
    expect(computeAbilities(actor('u-pd'), step1, NOW).clearDossier).toBe(true);
    expect(computeAbilities(actor('u-ggz'), step1, NOW).clearDossier).toBe(false);
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'monitoring' }), NOW).clearDossier).toBe(false);
    expect(computeAbilities(actor('u-pd'), buildCase({ phase: 'archived' }), NOW)).toMatchObject({ clearDossier: false, viewClearings: true });
    expect(computeAbilities(actor('u-ggz'), step1, NOW).viewClearings).toBe(false);
  });
});
