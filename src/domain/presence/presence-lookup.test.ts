import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVE_PHASES, PHASES, ROLES } from '../model.js';
import type { Actor, Phase } from '../model.js';
import { presenceLookup } from './presence-lookup.js';
import type { PresenceCandidate, PresenceQuery } from './presence-lookup.js';

const NOW = Date.UTC(2024, 4, 1);
const director: Actor = { userId: 'pd-1', partnerId: 'zvh-staff', role: 'process_director', collaborationId: 'zvh-a' };
const partners = new Set(['gemeente', 'politie']);
const screened = { id: 'new-case', collaborationId: 'zvh-a', phase: 'screening' as Phase, registrant: 'gemeente', handledByAsker: true, registrationBasis: 'public_task' as const };
const query = (overrides: Partial<PresenceQuery> = {}): PresenceQuery => ({
  asker: director,
  onBehalfOf: 'gemeente',
  forCaseId: 'new-case',
  forCase: screened,
  lookupsInLastHour: 0,
  maxPerHour: 30,
  subjectRef: 'subj-ref-9f2',
  ...overrides,
});
const candidate = (caseId: string, phase: Phase, collaborationId = 'zvh-a', director = 'Jansen', decided = true): PresenceCandidate => ({
  caseId,
  collaborationId,
  phase,
  decided,
  processDirector: {
    collaborationId,
    collaborationName: collaborationId === 'zvh-a' ? 'ZVH A' : 'ZVH B',
    name: `Regisseur ${director}`,
    phone: '088-1234567',
    email: null,
  },
});

describe('P14 presence lookup', () => {
  it('P14 presence lookup: only a process director may ask', () => {
    for (const role of ROLES.filter((r) => r !== 'process_director')) {
      const result = presenceLookup(query({ asker: { ...director, role } }), [candidate('c1', 'rto')], partners, NOW);
      expect(result).toMatchObject({ ok: false, reason: 'P14_not_process_director' });
      expect(result.audit).toMatchObject([{ outcome: 'refused', refusal: 'P14_not_process_director', askerUserId: 'pd-1' }]);
    }
  });

  it('P14 presence lookup: the question must be asked on behalf of an active partner', () => {
    expect(presenceLookup(query({ onBehalfOf: null }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_no_on_behalf_of' });
    expect(presenceLookup(query({ onBehalfOf: ' ' }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_no_on_behalf_of' });
    expect(presenceLookup(query({ onBehalfOf: 'oud-lid', forCase: { ...screened, registrant: 'oud-lid' } }), [], partners, NOW)).toMatchObject({
      ok: false,
      reason: 'P14_on_behalf_of_not_active_partner',
    });
  });

  it('P14 presence lookup: cases that are deleted, rejected or referred, or archived elsewhere, do not count, nor the case itself', () => {
    const inactive = PHASES.filter((p) => !ACTIVE_PHASES.includes(p)).map((p, i) => candidate(`c${i}`, p, p === 'archived' ? 'zvh-b' : 'zvh-a'));
    const result = presenceLookup(query(), [...inactive, candidate('new-case', 'screening')], partners, NOW);
    expect(result).toEqual({
      ok: true,
      answer: { known: false },
      audit: [expect.objectContaining({ action: 'presence_lookup', outcome: 'not_known', collaborationId: 'zvh-a', at: NOW })],
    });
  });

  it('P14 presence lookup: a match answers yes and one contact, nothing about phase, partners or content', () => {
    const c = candidate('c7', 'monitoring', 'zvh-a', 'De Vries');
    const leaky = { ...c, processDirector: { ...c.processDirector, partnerId: 'ggz', note: 'verslaving' } };
    const result = presenceLookup(query(), [leaky], partners, NOW);
    expect(result.ok && result.answer).toEqual({
      known: true,
      contact: { collaborationId: 'zvh-a', collaborationName: 'ZVH A', name: 'Regisseur De Vries', phone: '088-1234567', email: null },
      archived: false,
    });
    const text = JSON.stringify(result.ok && result.answer);
    for (const leak of ['monitoring', 'c7"', 'ggz', 'verslaving']) expect(text).not.toContain(leak);
  });

  it('P14 presence lookup: works across collaborations with the same shape, preferring the own collaboration', () => {
    const other = presenceLookup(query(), [candidate('b1', 'triage', 'zvh-b')], partners, NOW);
    expect(other.ok && other.answer).toMatchObject({ known: true, contact: { collaborationId: 'zvh-b', collaborationName: 'ZVH B' } });
    expect(other.audit).toMatchObject([
      { action: 'presence_lookup', collaborationId: 'zvh-a', disclosedCaseId: null },
      { action: 'presence_disclosed', collaborationId: 'zvh-b', disclosedCaseId: 'b1', askerCollaborationId: 'zvh-a' },
    ]);
    const both = presenceLookup(query(), [candidate('b1', 'triage', 'zvh-b'), candidate('a1', 'rto', 'zvh-a', 'Bakker')], partners, NOW);
    expect(both.ok && both.answer).toMatchObject({ known: true, contact: { collaborationId: 'zvh-a', name: 'Regisseur Bakker' } });
  });

  it('P14 presence lookup: the answer is yes exactly when an active case matches, and never grows with the matches', () => {
    const arb = fc.array(
      fc.record({ phase: fc.constantFrom(...PHASES), collab: fc.constantFrom('zvh-a', 'zvh-b'), n: fc.nat(50) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const candidates = rows.map((r, i) => candidate(`case-${i}-${r.n}`, r.phase, r.collab, 'Jansen', r.phase !== 'screening'));
        const result = presenceLookup(query(), candidates, partners, NOW);
        if (!result.ok) throw new Error('a valid query was refused');
        const counts = (r: (typeof rows)[number]): boolean =>
          r.collab === 'zvh-a' ? ACTIVE_PHASES.includes(r.phase) || r.phase === 'archived' : ACTIVE_PHASES.includes(r.phase) && r.phase !== 'screening';
        expect(result.answer.known).toBe(rows.some(counts));
        const text = JSON.stringify(result.answer.known ? result.answer.contact : result.answer);
        expect(text).not.toMatch(/case-\d/);
        for (const phase of PHASES) expect(text).not.toContain(`"${phase}"`);
        expect(Object.keys(result.answer).length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 2000 },
    );
  });

  it('13.6 presence lookup: forCaseId must be a live case of the own collaboration that the asker handles', () => {
    expect(presenceLookup(query({ forCase: null }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_no_case' });
    expect(presenceLookup(query({ forCase: { ...screened, collaborationId: 'zvh-b' } }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_no_case' });
    expect(presenceLookup(query({ forCaseId: 'other-case' }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_no_case' });
    expect(presenceLookup(query({ forCase: { ...screened, phase: 'rejected' } }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_case_not_live' });
    const notMine = presenceLookup(query({ forCase: { ...screened, handledByAsker: false } }), [], partners, NOW);
    expect(notMine).toMatchObject({ ok: false, reason: 'P14_not_handling_case', audit: [{ outcome: 'refused', refusal: 'P14_not_handling_case' }] });
  });

  it('M2 presence lookup: only for a case in screening; a case past screening is refused with its own rule, audited', () => {
    for (const phase of ['triage', 'rto', 'monitoring', 'deescalation1'] as const) {
      const refused = presenceLookup(query({ forCase: { ...screened, phase } }), [candidate('c1', 'triage', 'zvh-b')], partners, NOW);
      expect(refused).toMatchObject({ ok: false, reason: 'P14_not_screening', audit: [{ action: 'presence_lookup', outcome: 'refused', refusal: 'P14_not_screening' }] });
    }
    expect(presenceLookup(query(), [candidate('c1', 'triage', 'zvh-b')], partners, NOW)).toMatchObject({ ok: true, answer: { known: true } });
  });

  it('M9 presence lookup: every audit fact names the purpose (screening) and the registrant\'s legal basis, also the disclosure elsewhere and a refusal', () => {
    const known = presenceLookup(query(), [candidate('c1', 'triage', 'zvh-b')], partners, NOW);
    expect(known.audit.map((f) => [f.action, f.purpose, f.legalBasisKind])).toEqual([
      ['presence_lookup', 'screening', 'public_task'],
      ['presence_disclosed', 'screening', 'public_task'],
    ]);
    const refused = presenceLookup(query({ lookupsInLastHour: 30 }), [], partners, NOW);
    expect(refused.audit.map((f) => [f.purpose, f.legalBasisKind])).toEqual([['screening', 'public_task']]);
    // A case of another collaboration lends no basis to the refusal.
    const foreign = presenceLookup(query({ forCase: { ...screened, collaborationId: 'zvh-b', registrationBasis: 'consent' } }), [], partners, NOW);
    expect(foreign.audit.map((f) => f.legalBasisKind)).toEqual([null]);
  });

  it('13.6 presence lookup: onBehalfOf is the registrant of the case being screened', () => {
    expect(presenceLookup(query({ onBehalfOf: 'politie' }), [], partners, NOW)).toMatchObject({ ok: false, reason: 'P14_on_behalf_of_not_registrant' });
    expect(presenceLookup(query(), [], partners, NOW)).toMatchObject({ ok: true });
  });

  it('13.6 presence lookup: the per-user limit per hour refuses more, and the refusal is audited', () => {
    expect(presenceLookup(query({ lookupsInLastHour: 29, maxPerHour: 30 }), [], partners, NOW)).toMatchObject({ ok: true });
    const over = presenceLookup(query({ lookupsInLastHour: 30, maxPerHour: 30 }), [candidate('c1', 'rto')], partners, NOW);
    expect(over).toMatchObject({ ok: false, reason: 'P14_rate_limited', audit: [{ action: 'presence_lookup', outcome: 'refused', refusal: 'P14_rate_limited' }] });
    expect(presenceLookup(query({ lookupsInLastHour: 30, maxPerHour: 31 }), [], partners, NOW)).toMatchObject({ ok: true });
  });

  it('13.6 presence lookup: a person in an archived (step 2) dossier of the own house is still found, marked archived; an active case is preferred', () => {
    const archived = presenceLookup(query(), [candidate('old', 'archived', 'zvh-a', 'Peters')], partners, NOW);
    expect(archived.ok && archived.answer).toMatchObject({ known: true, archived: true, contact: { name: 'Regisseur Peters' } });
    const both = presenceLookup(query(), [candidate('old', 'archived', 'zvh-a', 'Peters'), candidate('b2', 'monitoring', 'zvh-b', 'Smit')], partners, NOW);
    expect(both.ok && both.answer).toMatchObject({ known: true, archived: false, contact: { name: 'Regisseur Smit' } });
  });

  it('13.6 presence lookup: an undecided or not picked-up signal elsewhere is not revealed; in the own house an active case counts', () => {
    expect(presenceLookup(query(), [candidate('b1', 'screening', 'zvh-b', 'Smit', false)], partners, NOW)).toMatchObject({ ok: true, answer: { known: false } });
    expect(presenceLookup(query(), [candidate('b1', 'triage', 'zvh-b', 'Smit', false)], partners, NOW)).toMatchObject({ ok: true, answer: { known: false } });
    expect(presenceLookup(query(), [candidate('a2', 'screening', 'zvh-a')], partners, NOW)).toMatchObject({ ok: true, answer: { known: true } });
  });
});
