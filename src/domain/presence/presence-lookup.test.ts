import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVE_PHASES, PHASES, ROLES } from '../model.js';
import type { Actor, Phase } from '../model.js';
import { presenceLookup } from './presence-lookup.js';
import type { PresenceCandidate, PresenceQuery } from './presence-lookup.js';

const NOW = Date.UTC(2024, 4, 1);
const director: Actor = { userId: 'pd-1', partnerId: 'zvh-staff', role: 'process_director', collaborationId: 'zvh-a' };
const partners = new Set(['gemeente', 'politie']);
const query = (overrides: Partial<PresenceQuery> = {}): PresenceQuery => ({
  asker: director,
  onBehalfOf: 'gemeente',
  forCaseId: 'new-case',
  subjectRef: 'subj-ref-9f2',
  ...overrides,
});
const candidate = (caseId: string, phase: Phase, collaborationId = 'zvh-a', director = 'Jansen'): PresenceCandidate => ({
  caseId,
  collaborationId,
  phase,
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
    expect(presenceLookup(query({ onBehalfOf: 'oud-lid' }), [], partners, NOW)).toMatchObject({
      ok: false,
      reason: 'P14_on_behalf_of_not_active_partner',
    });
  });

  it('P14 presence lookup: cases that are archived, deleted, rejected or referred do not count, nor the case itself', () => {
    const inactive = PHASES.filter((p) => !ACTIVE_PHASES.includes(p)).map((p, i) => candidate(`c${i}`, p));
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
        const candidates = rows.map((r, i) => candidate(`case-${i}-${r.n}`, r.phase, r.collab));
        const result = presenceLookup(query(), candidates, partners, NOW);
        if (!result.ok) throw new Error('a valid query was refused');
        expect(result.answer.known).toBe(rows.some((r) => ACTIVE_PHASES.includes(r.phase)));
        const text = JSON.stringify(result.answer);
        expect(text).not.toMatch(/case-\d/);
        for (const phase of PHASES) expect(text).not.toContain(`"${phase}"`);
        expect(Object.keys(result.answer).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
  });
});
