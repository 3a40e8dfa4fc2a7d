/**
 * Regression tests for the Cedar model beyond the conformance vectors: the places where it
 * reads DOMAIN.md more strictly than the engine, the translator's conventions, and the P9
 * obligation. Each builds on a conformance vector and changes one fact.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFacts, PartnerFacts, ThirdPartyFacts } from '../../src/domain/access/facts.js';
import { buildVector, conformance } from '../support/conformance.js';
import type { BuiltVector } from '../support/conformance.js';
import { cedarDecide } from './cedar-authorizer.js';

function vector(id: string): BuiltVector {
  const v = conformance.vectors.find((x) => x.id === id);
  if (v === undefined) throw new Error(`no vector ${id}`);
  return buildVector(v);
}

function ask(b: BuiltVector, facts: CaseFacts = b.facts, action = b.action) {
  return cedarDecide(b.actor, facts, b.resource, b.purpose, action, b.now);
}

const DAY = 86_400_000;

describe('Cedar model: P11 third parties', () => {
  const b = vector('V32'); // the third party meets P11 and reads the registration
  const admission = b.facts.thirdParties.get('u-ext')!;
  const withAdmission = (t: Partial<ThirdPartyFacts>, invited: boolean): CaseFacts => ({
    ...b.facts,
    thirdParties: new Map([['u-ext', { ...admission, ...t }]]),
    rtoParticipants: invited ? new Set([...b.facts.rtoParticipants, 'u-ext']) : b.facts.rtoParticipants,
  });

  it('P11: an admitted third party that meets the conditions reads what was released', () => {
    expect(ask(b).allow).toBe(true);
  });

  for (const [what, change] of [
    ['without a legal basis', { hasBasis: false }],
    ['with a declaration signed after now', { declarationSignedAt: b.now + DAY }],
    ['without the police consent', { consentsFrom: new Set(['rn', 'ggz', 'woon']) }],
    ['when nothing is released to it', { releasedTo: false }],
  ] as const) {
    it(`P11: a third party ${what} reads nothing, even when also invited to the RTO`, () => {
      for (const invited of [false, true]) {
        const d = ask(b, withAdmission(change, invited));
        expect(d.allow, `invited=${String(invited)}`).toBe(false);
        expect(d.rules[0]).toBe('P11');
      }
    });
  }

  it('P11: the third party reads its case in the RTO, not in de-escalation', () => {
    const caseLevel = { ...b, resource: { kind: 'admin_set' } as const };
    expect(ask(caseLevel).allow).toBe(true);
    const d = ask({ ...caseLevel, purpose: 'monitoring' }, { ...b.facts, phase: 'deescalation1' });
    expect(d.allow).toBe(false);
  });

  it('P1: a non-partner that is not admitted reads nothing, even when invited', () => {
    const d = ask(b, { ...b.facts, thirdParties: new Map(), rtoParticipants: new Set([...b.facts.rtoParticipants, 'u-ext']) });
    expect(d.allow).toBe(false);
    expect(d.rules[0]).toBe('P1');
  });
});

describe('Cedar model: P1 holds for every role', () => {
  const ended = (facts: CaseFacts, partnerId: string, until: number): CaseFacts => {
    const p = facts.partners.get(partnerId)!;
    const partners = new Map<string, PartnerFacts>(facts.partners);
    partners.set(partnerId, { ...p, memberUntil: until });
    return { ...facts, partners };
  };

  it('P1: staff of a partner whose membership ended no longer see the archived administrative set', () => {
    const b = vector('V38');
    expect(ask(b).allow).toBe(true);
    const d = ask(b, ended(b.facts, 'gem', b.now - DAY));
    expect(d.allow).toBe(false);
    expect(d.rules[0]).toBe('P1');
  });

  it('P1: a privacy officer of a partner whose membership ended reads nothing, request or not', () => {
    const b = vector('V44');
    expect(ask(b).allow).toBe(true);
    expect(ask(b, ended(b.facts, 'gem', b.now)).allow).toBe(false);
  });

  it('P1: membership ends at memberUntil exactly and starts at memberFrom exactly', () => {
    const b = vector('V01');
    expect(ask(b, ended(b.facts, 'rn', b.now + 1)).allow).toBe(true);
    expect(ask(b, ended(b.facts, 'rn', b.now)).allow).toBe(false);
    const p = b.facts.partners.get('rn')!;
    const starting = (from: number): CaseFacts => ({ ...b.facts, partners: new Map([...b.facts.partners, ['rn', { ...p, memberFrom: from }]]) });
    expect(ask(b, starting(b.now)).allow).toBe(true);
    expect(ask(b, starting(b.now + 1)).allow).toBe(false);
  });
});

describe('Cedar model: translator conventions', () => {
  it('an organisation the facts do not know is nobody: not a member, no basis of legitimate interest', () => {
    const b = vector('V27'); // woon reads its own answer resting on legitimate interest
    expect(ask(b).allow).toBe(true);
    const partners = new Map(b.facts.partners);
    partners.delete('woon');
    const d = ask(b, { ...b.facts, partners });
    expect(d.allow).toBe(false);
    expect(d.rules).toContain('P1');
    expect(d.rules).toContain('P5');
  });

  it('P2: a contribution id that is not in the case is refused', () => {
    const b = vector('V02');
    const d = cedarDecide(b.actor, b.facts, { kind: 'contribution', id: 'K-unknown' }, b.purpose, 'read', b.now);
    expect(d.allow).toBe(false);
    expect(d.rules[0]).toBe('P2');
    expect(d.policies).toContain('P2.not-in-case');
  });

  it('P2: the BSN of a subject outside the case is refused', () => {
    const b = vector('V48');
    expect(ask(b).allow).toBe(true);
    const d = cedarDecide(b.actor, b.facts, { kind: 'subject_bsn', subjectId: 's-other' }, b.purpose, 'read', b.now);
    expect(d.allow).toBe(false);
    expect(d.policies).toContain('P2.not-in-case');
  });

  it('a rights request is open from its registration until it is closed', () => {
    const b = vector('V44');
    const request = b.facts.rightsRequests[0]!;
    const at = (r: Partial<typeof request>): CaseFacts => ({ ...b.facts, rightsRequests: [{ ...request, ...r }] });
    expect(ask(b, at({ closedAt: b.now + 1 })).allow).toBe(true);
    expect(ask(b, at({ closedAt: b.now })).allow).toBe(false);
    expect(ask(b, at({ registeredAt: b.now + 1 })).allow).toBe(false);
    expect(ask(b, at({ handler: 'u-other' })).allow).toBe(false);
  });
});

describe('Cedar model: P9 obligation and P4 take-along', () => {
  it('P9: the police reading its own contribution provides nothing, so nothing is logged', () => {
    const b = vector('V19'); // GGZ reads the police answer: logged
    expect(ask(b).obligations).toEqual(['police_provision_log']);
    const own = { ...b, actor: { ...b.actor, userId: 'u-pol', partnerId: 'pol' } };
    const d = ask(own);
    expect(d.allow).toBe(true);
    expect(d.obligations).toEqual([]);
  });

  it('P4: the contributor takes its own data along without a grant; others need one', () => {
    const b = vector('V19');
    const own = { ...b, actor: { ...b.actor, userId: 'u-pol', partnerId: 'pol' } };
    expect(ask(own, own.facts, 'take_along').allow).toBe(true);
    const d = ask(b, b.facts, 'take_along');
    expect(d.allow).toBe(false);
    expect(d.rules[0]).toBe('P4');
  });

  it('P9: the privacy officer shows police data on an access request but never copies it', () => {
    const b = vector('V44');
    const police = { ...b, resource: { kind: 'contribution', id: 'K-pol' } as const };
    expect(ask(police).allow).toBe(true);
    const d = ask(police, police.facts, 'take_along');
    expect(d.allow).toBe(false);
    expect(d.rules[0]).toBe('P9');
  });
});
