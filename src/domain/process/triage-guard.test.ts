import { describe, expect, it } from 'vitest';
import { buildCaseState, NOW } from './case-state.test-support.js';
import { canonical, venlo } from './shipped-variants.test-support.js';
import type { TriageQuestion } from './records.js';
import { answerKind, checkTriageAnswer, checkTriageQuestion } from './triage-guard.js';

const question: TriageQuestion = {
  id: 'q1',
  caseId: 'case-1',
  mode: 'selected',
  askedPartners: ['politie'],
  onBehalfOf: 'gemeente',
  task: 'Wmo-toegang',
  purpose: 'Beoordelen of een RTO nodig is',
  whyNeeded: 'Meldingen van overlast; onduidelijk of politie betrokken is',
  allPartnersJustification: null,
  askedAt: '2025-05-30',
  askedBy: 'pd-1',
};
const state = buildCaseState({ phase: 'triage' });
const allActive = ['politie', 'ggz', 'woonwenz'];

describe('§3.2 triage questions', () => {
  it('process triage: a complete question to a selected partner is allowed', () => {
    expect(checkTriageQuestion(question, state, canonical, NOW)).toEqual({ ok: true });
  });

  it('process triage: a question must state task, purpose and why the data is needed', () => {
    for (const field of ['task', 'purpose', 'whyNeeded'] as const) {
      expect(checkTriageQuestion({ ...question, [field]: '' }, state, canonical, NOW)).toMatchObject({ ok: false, reason: 'triage_question_incomplete' });
    }
    expect(checkTriageQuestion({ ...question, askedPartners: [] }, state, canonical, NOW)).toMatchObject({ ok: false, reason: 'triage_question_incomplete' });
  });

  it('process triage: the question is asked on behalf of the registrant', () => {
    expect(checkTriageQuestion({ ...question, onBehalfOf: 'politie' }, state, canonical, NOW)).toMatchObject({ ok: false, reason: 'triage_not_on_behalf_of_registrant' });
  });

  it('P1 triage: a partner that left or is no partner is not asked', () => {
    expect(checkTriageQuestion({ ...question, askedPartners: ['vertrokken'] }, state, canonical, NOW)).toEqual({ ok: false, rule: 'P1', reason: 'asked_partner_not_active' });
    expect(checkTriageQuestion({ ...question, askedPartners: ['derde'] }, state, canonical, NOW)).toMatchObject({ ok: false, reason: 'asked_partner_not_active' });
  });

  it('P2 triage: asking every core partner without a recorded justification is refused', () => {
    expect(checkTriageQuestion({ ...question, askedPartners: allActive }, state, canonical, NOW)).toEqual({ ok: false, rule: 'P2', reason: 'all_partners_asked_without_justification' });
  });

  it('P2 triage: asking every core partner with a recorded justification is allowed', () => {
    const justified = { ...question, askedPartners: allActive, allPartnersJustification: 'Acuut gevaar; onbekend wie betrokken is.' };
    expect(checkTriageQuestion(justified, state, canonical, NOW)).toEqual({ ok: true });
  });

  it('P2 triage: enrichment mode asks every core partner in Venlo, not elsewhere', () => {
    const enrichment = { ...question, mode: 'presence_enrichment' as const, askedPartners: allActive };
    expect(checkTriageQuestion(enrichment, state, venlo, NOW)).toEqual({ ok: true });
    expect(checkTriageQuestion(enrichment, state, canonical, NOW)).toMatchObject({ ok: false, reason: 'all_partners_asked_without_justification' });
  });

  it('P2 triage: an enrichment answer may only be known / not known', () => {
    const enrichment = { ...question, mode: 'presence_enrichment' as const };
    expect(checkTriageAnswer(enrichment, { kind: 'presence', known: true })).toEqual({ ok: true });
    expect(checkTriageAnswer(enrichment, { kind: 'contribution', contributionId: 'c1' })).toEqual({ ok: false, rule: 'P2', reason: 'presence_answer_only' });
    expect(checkTriageAnswer(question, { kind: 'contribution', contributionId: 'c1' })).toEqual({ ok: true });
  });

  it('P2 triage: the answer an asked partner may give follows the question, so the UI offers only that', () => {
    expect(answerKind({ ...question, mode: 'presence_enrichment' })).toBe('presence');
    expect(answerKind(question)).toBe('contribution');
  });
});
