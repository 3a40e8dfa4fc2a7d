/**
 * §3.2 proportionality of triage questions, judged per case over the shipped Noord-Limburg
 * configuration (seed 003 Bijlage 3 Fase 2, 003-74).
 */
import { describe, expect, it } from 'vitest';
import { NOORD_LIMBURG } from '../../src/collaborations/noord-limburg.js';
import { buildCaseState, NOW } from '../../src/domain/process/case-state.test-support.js';
import type { TriageQuestion } from '../../src/domain/process/records.js';
import { checkTriageQuestion } from '../../src/domain/process/triage-guard.js';

const registrant = 'reclassering-nederland';
const partners = NOORD_LIMBURG.partners.filter((p) => p.member);
const core = partners.map((p) => p.id).filter((id) => id !== registrant);
const state = (asked: readonly (readonly string[])[] = []) =>
  buildCaseState({
    phase: 'triage',
    registrant,
    leadPartner: registrant,
    partners,
    triageQuestions: asked.map((askedPartners, i) => ({ ...question, id: `earlier-${i}`, askedPartners })),
  });
const question: TriageQuestion = {
  id: 'q-new',
  caseId: 'case-1',
  mode: 'selected',
  askedPartners: [],
  onBehalfOf: registrant,
  task: 'Reclasseringstoezicht',
  purpose: 'Voorbereiden RTO',
  whyNeeded: 'Zicht op lopende hulp',
  allPartnersJustification: null,
  askedAt: '2025-05-30',
  askedBy: 'pd-1',
};
const REFUSED = { ok: false, rule: 'P2', reason: 'all_partners_asked_without_justification' };

describe('13.10 "ask everyone" is judged per case (§3.2; 003-74)', () => {
  it('13.10 ask everyone per case: asking half and then the other half without a justification is refused at the request that completes everyone', () => {
    expect(core.length).toBeGreaterThan(20);
    const half = Math.floor(core.length / 2);
    const first = core.slice(0, half);
    const rest = core.slice(half);
    const process = { ...NOORD_LIMBURG.process, nearlyAllPartnersShare: 1 };
    expect(checkTriageQuestion({ ...question, askedPartners: first }, state(), process, NOW)).toEqual({ ok: true });
    expect(checkTriageQuestion({ ...question, askedPartners: rest }, state([first]), process, NOW)).toEqual(REFUSED);
    expect(checkTriageQuestion({ ...question, askedPartners: rest, allPartnersJustification: 'Acuut risico; onbekend wie betrokken is.' }, state([first]), process, NOW)).toEqual({ ok: true });
  });

  it('13.10 ask nearly everyone: asking all but one core partner of the shipped configuration needs the justification too', () => {
    const allButOne = core.slice(1);
    expect(checkTriageQuestion({ ...question, askedPartners: allButOne }, state(), NOORD_LIMBURG.process, NOW)).toEqual(REFUSED);
    const few = core.slice(0, 3);
    expect(checkTriageQuestion({ ...question, askedPartners: few }, state(), NOORD_LIMBURG.process, NOW)).toEqual({ ok: true });
  });

  it('13.10 nearly-all share: changing nearlyAllPartnersShare in a copy of the shipped configuration moves the line', () => {
    const share = NOORD_LIMBURG.process.nearlyAllPartnersShare;
    const justBelow = core.slice(0, Math.ceil(core.length * share) - 1);
    const atShare = core.slice(0, Math.ceil(core.length * share));
    expect(checkTriageQuestion({ ...question, askedPartners: justBelow }, state(), NOORD_LIMBURG.process, NOW)).toEqual({ ok: true });
    expect(checkTriageQuestion({ ...question, askedPartners: atShare }, state(), NOORD_LIMBURG.process, NOW)).toEqual(REFUSED);
    const stricter = { ...structuredClone(NOORD_LIMBURG), process: { ...NOORD_LIMBURG.process, nearlyAllPartnersShare: 0.5 } };
    expect(checkTriageQuestion({ ...question, askedPartners: justBelow }, state(), stricter.process, NOW)).toEqual(REFUSED);
    const literal = { ...structuredClone(NOORD_LIMBURG), process: { ...NOORD_LIMBURG.process, nearlyAllPartnersShare: 1 } };
    expect(checkTriageQuestion({ ...question, askedPartners: atShare }, state(), literal.process, NOW)).toEqual({ ok: true });
  });
});
