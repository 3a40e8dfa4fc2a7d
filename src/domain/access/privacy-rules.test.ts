/**
 * The privacy rules the engine got wrong (issue 13 items 1-5, 7, 8), each checked against the
 * Dutch seed text it comes from. The worked examples are also project conformance vectors
 * (test/conformance/project-decisions.json, PV13-*), run by the engine, the reference model
 * and the Cedar model.
 */
import { describe, expect, it } from 'vitest';
import { actor, buildCase, contribution, DAY, NOW } from '../../../test/support/case-facts-builder.js';
import { currentRto } from './current-rto.js';
import { decide, onBehalfOf } from './decide.js';
import type { LegalBasis } from '../model.js';
import type { CaseFacts } from './facts.js';
import type { Decision } from './reasons.js';
import { isSpecialData, isSpecialKind } from './special-kinds.js';

const read = (user: string, facts: CaseFacts, id = 'k1', purpose: Parameters<typeof decide>[3] = 'rto') =>
  decide(actor(user), facts, { kind: 'contribution', id }, purpose, 'read', NOW);
const reason = (d: Decision) => (d.allow ? 'allow' : `${d.rule} ${d.reason}`);

describe('13.3 P8 special categories by kind (seed 000 art. 1.5, 000-R02)', () => {
  it('13.3 P8: a police conviction sent with special=false never reaches a partner that may not see special categories', () => {
    const facts = buildCase({}, [contribution('k1', { by: 'pol', police: true, special: false, category: 'police_justice', basis: { kind: 'wpg20', decision: 'art. 20 Wpg' } })]);
    expect(reason(read('u-woon', facts))).toBe('P8 special_category');
    expect(read('u-ggz', facts).allow).toBe(true);
  });
  it('13.3 P8: health, addiction and the other art. 9 kinds are special whatever is ticked; ordinary kinds only when marked', () => {
    for (const kind of ['mental_functioning', 'physical_functioning', 'addiction', 'health', 'religion_belief']) {
      expect(isSpecialKind(kind), kind).toBe(true);
      expect(reason(read('u-woon', buildCase({}, [contribution('k1', { by: 'rn', category: kind })])))).toBe('P8 special_category');
    }
    expect(read('u-woon', buildCase({}, [contribution('k1', { by: 'rn', category: 'housing' })])).allow).toBe(true);
  });
  it('13.3 P8: a contributor may mark more as special, never less', () => {
    expect(isSpecialData({ category: 'housing', special: true })).toBe(true);
    expect(isSpecialData({ category: 'police_justice', special: false })).toBe(true);
    expect(reason(read('u-woon', buildCase({}, [contribution('k1', { by: 'rn', category: 'housing', special: true })])))).toBe('P8 special_category');
  });
});

describe('13.2 P1 running cases are finished after a partner leaves (seed 000 art. 13.2, 000-R46)', () => {
  // Stichting Oud ("old"): member until 30 days ago.
  const leaving = (since: number, phase: CaseFacts['phase'] = 'monitoring') =>
    buildCase(
      {
        phase,
        involved: new Map([
          ['rn', new Set(['u-rn'])],
          ['old', new Set(['u-old'])],
        ]),
        rtoParticipants: new Set(['u-rn', 'u-old']),
        relationSince: new Map([['u-old', since]]),
      },
      [contribution('k1', { by: 'rn', purposes: new Set(['rto', 'monitoring']) }), contribution('k-old', { by: 'old', purposes: new Set(['monitoring']) })],
    );
  it('13.2 P1: a professional of a partner that left keeps reading a running case it was in before the end', () => {
    const facts = leaving(NOW - 60 * DAY);
    expect(read('u-old', facts, 'k1', 'monitoring').allow).toBe(true);
    expect(read('u-old', facts, 'k-old', 'monitoring').allow).toBe(true);
  });
  it('13.2 P1: it joins no case after the end, and its access ends when the case closes', () => {
    expect(reason(read('u-old', leaving(NOW - 10 * DAY), 'k1', 'monitoring'))).toBe('P1 partner_not_active');
    expect(reason(read('u-old', leaving(NOW - 60 * DAY, 'deescalation1'), 'k1', 'monitoring'))).toBe('P1 partner_not_active');
  });
  it('13.2 P1: only its professionals finish cases; its other roles stay shut out', () => {
    const facts = { ...leaving(NOW - 60 * DAY), processDirectors: new Set(['u-pd-old']), relationSince: new Map([['u-pd-old', NOW - 60 * DAY]]) };
    expect(reason(read('u-pd-old', facts, 'k1', 'monitoring'))).toBe('P1 partner_not_active');
  });
});

describe('13.1 data has subjects (household cases)', () => {
  const household = (requestFor: string) =>
    buildCase(
      {
        subjects: new Map([
          ['s-alfa', { id: 's-alfa', hasBsn: true }],
          ['s-beta', { id: 's-beta', hasBsn: true }],
        ]),
        rightsRequests: [{ id: 'r1', subjectId: requestFor, handler: 'u-po', registeredAt: NOW - DAY, closedAt: null }],
      },
      [
        contribution('k-beta', { by: 'ggz', category: 'mental_functioning', subjects: new Set(['s-beta']) }),
        contribution('k-alfa', { by: 'rn', subjects: new Set(['s-alfa']) }),
        contribution('k-both', { by: 'rn' }),
      ],
    );
  it("13.1 subjects: within parent Alfa's request the privacy officer does not read child Beta's data", () => {
    const facts = household('s-alfa');
    expect(reason(read('u-po', facts, 'k-beta', 'rights_request'))).toBe('P2 request_of_other_subject');
    expect(read('u-po', facts, 'k-alfa', 'rights_request').allow).toBe(true);
    expect(read('u-po', facts, 'k-both', 'rights_request').allow).toBe(true);
  });
  it("13.1 subjects: within Beta's request it reads Beta's data, and only Beta's BSN", () => {
    const facts = household('s-beta');
    expect(read('u-po', facts, 'k-beta', 'rights_request').allow).toBe(true);
    expect(reason(read('u-po', facts, 'k-alfa', 'rights_request'))).toBe('P2 request_of_other_subject');
    const bsn = (s: string) => decide(actor('u-po'), facts, { kind: 'subject_bsn', subjectId: s }, 'rights_request', 'read', NOW);
    expect(bsn('s-beta').allow).toBe(true);
    expect(reason(bsn('s-alfa'))).toBe('P2 request_of_other_subject');
  });
});

describe('13.4 on behalf of: the lead partner at that moment (seed 003 art. 9.3, 003-28)', () => {
  it('13.4 on behalf of: the registrant before the hand-over, the case director\'s partner after it', () => {
    const before = buildCase();
    expect(onBehalfOf(actor('u-pd'), before, { kind: 'contribution', id: 'k1' })).toBe('rn');
    const after = buildCase({ caseDirector: 'u-ggz', leadPartner: 'ggz' });
    expect(onBehalfOf(actor('u-pd'), after, { kind: 'contribution', id: 'k1' })).toBe('ggz');
    expect(onBehalfOf(actor('u-pd'), after, { kind: 'admin_set' })).toBe('ggz');
  });
  it('13.4 on behalf of: a partner reading its own contribution acts for itself', () => {
    const after = buildCase({ caseDirector: 'u-ggz', leadPartner: 'ggz' });
    expect(onBehalfOf(actor('u-pol'), after, { kind: 'contribution', id: 'k1' })).toBe('pol');
  });
});

describe('13.5 access in monitoring follows the current plan (seed 003 Fase 3, 003-92, 003-93)', () => {
  it('13.5 monitoring: the current RTO is the latest meeting, so earlier invitations give no reading', () => {
    const m1 = { id: 'm1', scheduledAt: NOW - 60 * DAY, createdAt: NOW - 70 * DAY, monitoringKept: null };
    const m2 = { id: 'm2', scheduledAt: NOW - 10 * DAY, createdAt: NOW - 20 * DAY, monitoringKept: null };
    expect(currentRto([m2, m1])?.id).toBe('m2');
    expect(currentRto([])).toBeUndefined();
  });
  it('13.5 monitoring: participants read only what the current RTO kept available for monitoring', () => {
    const facts = buildCase({ phase: 'monitoring', monitoringKept: new Set(['k1']) }, [contribution('k1'), contribution('k2')]);
    expect(read('u-ggz', facts, 'k1', 'monitoring').allow).toBe(true);
    expect(reason(read('u-ggz', facts, 'k2', 'monitoring'))).toBe('P3 not_kept_for_monitoring');
    // The contributor and the process director are not limited by it; nor is the RTO phase itself.
    expect(read('u-pol', facts, 'k2', 'monitoring').allow).toBe(true);
    expect(read('u-pd', facts, 'k2', 'monitoring').allow).toBe(true);
    expect(read('u-ggz', { ...facts, phase: 'rto' }, 'k2', 'rto').allow).toBe(true);
  });
});

describe('13.7 P7 professional secrecy (seed 004 Bijlage 1 art. 2, 004-P11)', () => {
  const ggz = (basis: LegalBasis, conflictWeighed: string[] = []) => buildCase({ conflictWeighed: new Set(conflictWeighed) }, [contribution('k1', { by: 'ggz', basis })]);
  it('13.7 P7: a partner bound to professional secrecy shares without consent only after a recorded conflict-of-duties weighing', () => {
    expect(reason(read('u-pol', ggz({ kind: 'public_task', law: 'Wet verplichte ggz' })))).toBe('P7 secrecy_without_conflict_weighing');
    expect(read('u-pol', ggz({ kind: 'public_task', law: 'Wet verplichte ggz' }, ['ggz'])).allow).toBe(true);
    expect(read('u-pol', ggz({ kind: 'conflict_of_duties', motivation: 'gevaar voor een kind' })).allow).toBe(true);
    expect(reason(read('u-pol', ggz({ kind: 'conflict_of_duties', motivation: ' ' })))).toBe('P7 secrecy_without_conflict_weighing');
  });
  it('13.7 P7: consent or a legal duty needs no weighing, and the partner reads its own data', () => {
    expect(read('u-pol', ggz({ kind: 'legal_obligation', law: 'Wvggz art. 5:1' })).allow).toBe(true);
    expect(read('u-ggz', ggz({ kind: 'public_task', law: 'Wet verplichte ggz' })).allow).toBe(true);
  });
});

describe('13.8 P5 legitimate interest needs a recorded balancing (seed 004 Bijlage 1 art. 2 sub 4, 004-P08)', () => {
  it('13.8 P5: legitimate interest without a balancing of interests is not shared; with one it is', () => {
    expect(reason(read('u-pol', buildCase({}, [contribution('k1', { by: 'woon', basis: { kind: 'legitimate_interest' } })])))).toBe('P5 legitimate_interest_unbalanced');
    expect(read('u-pol', buildCase({}, [contribution('k1', { by: 'woon', basis: { kind: 'legitimate_interest', motivation: 'huurachterstand weegt zwaarder' } })])).allow).toBe(true);
  });
  it('13.8 P5: it stays refused for a public authority, balancing or not', () => {
    expect(reason(read('u-ggz', buildCase({}, [contribution('k1', { by: 'pol', basis: { kind: 'legitimate_interest', motivation: 'afweging' } })])))).toBe('P5 invalid_basis');
  });
});
