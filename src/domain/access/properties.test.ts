/**
 * Invariants of the access rules as fast-check properties (each ≥ 10,000 runs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAccessCase } from '../../../test/support/arbitrary-facts.js';
import type { AccessCase } from '../../../test/support/arbitrary-facts.js';
import { decide } from './decide.js';
import type { CaseFacts, ContributionFacts } from './facts.js';

const RUNS = { numRuns: 10_000 };
const run = (a: AccessCase, facts: CaseFacts = a.facts) => decide(a.actor, facts, a.resource, a.purpose, a.action, a.now);
const target = (a: AccessCase): ContributionFacts | undefined =>
  a.resource.kind === 'contribution' ? a.facts.contributions.get(a.resource.id) : undefined;

/** The same case with the actor removed from every relation it could have. */
function withoutActor(facts: CaseFacts, userId: string): CaseFacts {
  const drop = <T>(s: ReadonlySet<T>) => new Set([...s].filter((x) => x !== userId));
  return {
    ...facts,
    processDirectors: drop(facts.processDirectors),
    support: drop(facts.support),
    allDirectorsSeeAll: false,
    involved: new Map([...facts.involved].map(([p, users]) => [p, drop(users)])),
    rtoParticipants: drop(facts.rtoParticipants),
    caseDirector: facts.caseDirector === userId ? null : facts.caseDirector,
    thirdParties: new Map([...facts.thirdParties].filter(([u]) => u !== userId)),
    rightsRequests: facts.rightsRequests.filter((r) => r.handler !== userId),
  };
}

describe('access properties', () => {
  it('P2 property: nobody outside a case ever reads it, except the manager deciding on an archived dossier', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, (a) => {
        // Issue 13 item 12 (seed 003 Bijlage 3 stap 2): the manager decides on re-opening an
        // archived dossier without being part of the case, so it reads the administrative set
        // and BSN there. The next property holds it to never reading a contribution.
        fc.pre(!(a.actor.role === 'manager' && a.facts.phase === 'archived' && a.resource.kind !== 'contribution'));
        // The user a plan action names owns it: it is in the case through that action.
        fc.pre(!(a.resource.kind === 'meeting_item' && a.resource.item.ownerUser === a.actor.userId));
        expect(run(a, withoutActor(a.facts, a.actor.userId)).allow).toBe(false);
      }),
      RUNS,
    );
  });

  it('P2 property: nobody outside a case ever reads its contributions, the manager of an archived dossier included', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, (a) => {
        fc.pre(a.resource.kind === 'contribution');
        expect(run(a, withoutActor(a.facts, a.actor.userId)).allow).toBe(false);
      }),
      RUNS,
    );
  });

  it('P2 property: in triage no contributor reads another contributor\'s answer', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, (a) => {
        const c = target(a);
        fc.pre(c !== undefined && a.actor.partnerId !== c.by && a.actor.partnerId !== a.facts.registrant);
        fc.pre(!c.sharedWith.has(a.actor.partnerId));
        const facts: CaseFacts = { ...a.facts, phase: 'triage' };
        const staffless = { ...facts, processDirectors: new Set<string>(), support: new Set<string>(), allDirectorsSeeAll: false };
        fc.pre(a.actor.role !== 'privacy_officer');
        expect(decide(a.actor, staffless, a.resource, a.purpose, a.action, a.now).allow).toBe(false);
      }),
      RUNS,
    );
  });

  it('P8 property: special categories never reach an organisation without that right', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, (a) => {
        const c = target(a);
        fc.pre(c !== undefined && a.actor.partnerId !== c.by);
        const special = { ...c, special: true };
        const facts = { ...a.facts, contributions: new Map([...a.facts.contributions, [special.id, special]]) };
        const d = run(a, facts);
        if (d.allow) expect(a.facts.partners.get(a.actor.partnerId)?.maySeeSpecial).toBe(true);
      }),
      RUNS,
    );
  });

  it('P4 property: adding a restriction never widens access', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, fc.constantFrom('gem', 'pol', 'ggz', 'woon', 'rn', 'ext'), fc.boolean(), (a, partner, revokeRelease) => {
        const c = target(a);
        fc.pre(c !== undefined);
        const restricted: ContributionFacts = {
          ...c,
          excluded: new Set([...c.excluded, partner]),
          releasedForRto: revokeRelease ? 'none' : c.releasedForRto,
          grants: revokeRelease ? [] : c.grants,
        };
        const facts = { ...a.facts, contributions: new Map([...a.facts.contributions, [c.id, restricted]]) };
        if (run(a, facts).allow) expect(run(a).allow).toBe(true);
      }),
      RUNS,
    );
  });

  it('P6 property: after consent revocation nothing relies on it (outside a rights request)', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, fc.integer({ min: 0, max: 30 * 86_400_000 }), (a, ago) => {
        const c = target(a);
        fc.pre(c !== undefined && a.purpose !== 'rights_request');
        const onConsent: ContributionFacts = { ...c, basis: { kind: 'consent', consentId: 'c-rev' } };
        const consent = {
          id: 'c-rev',
          subjectId: 's1',
          partners: new Set(a.facts.partners.keys()),
          givenAt: a.now - 60 * 86_400_000,
          revokedAt: a.now - ago,
          refused: false,
        };
        const facts = {
          ...a.facts,
          consents: new Map([...a.facts.consents, ['c-rev', consent]]),
          contributions: new Map([...a.facts.contributions, [c.id, onConsent]]),
        };
        expect(run(a, facts).allow).toBe(false);
      }),
      RUNS,
    );
  });

  it('P12/P13 property: after deletion nothing identifying is readable', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, fc.constantFrom('deleted', 'rejected', 'referred' as const), (a, phase) => {
        expect(run(a, { ...a.facts, phase }).allow).toBe(false);
      }),
      RUNS,
    );
  });

  it('§4 property: admin and statistician never read content', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, fc.constantFrom('admin', 'statistician' as const), (a, role) => {
        expect(decide({ ...a.actor, role }, a.facts, a.resource, a.purpose, a.action, a.now).allow).toBe(false);
      }),
      RUNS,
    );
  });

  it('P4 property: whoever may take a contribution along may also read it', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, (a) => {
        fc.pre(a.action === 'take_along');
        if (run(a).allow) expect(decide(a.actor, a.facts, a.resource, a.purpose, 'read', a.now).allow).toBe(true);
      }),
      RUNS,
    );
  });

  it('§6 property: nothing crosses collaborations', () => {
    fc.assert(
      fc.property(arbitraryAccessCase, (a) => {
        expect(decide({ ...a.actor, collaborationId: 'elsewhere' }, a.facts, a.resource, a.purpose, a.action, a.now).allow).toBe(false);
      }),
      RUNS,
    );
  });
});
