/**
 * Differential test: our engine (src/domain/access/decide.ts) and the independent Cedar model
 * (policy/cedar/*) decide the same generated requests and must agree on allow/deny and on the
 * P9 provision-log obligation.
 *
 * One class of disagreement is known and excluded explicitly (see docs/cedar-model.md,
 * "Disagreements"): a third party admitted to the case whose P11 conditions are unmet but who
 * is also listed as an RTO participant or as case director. The engine then opens the
 * participant / case-director door, because it waives P1 for any admitted third party and
 * checks P11 only on the third-party door; the Cedar model applies P11 to the third party
 * whatever else it was invited to (DOMAIN.md P11, the stricter reading). It is reported as an
 * engine bug; the count is printed so that a fix shows up as 0 here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/access/decide.js';
import type { Decision } from '../../src/domain/access/reasons.js';
import { arbitraryAccessCase } from '../support/arbitrary-facts.js';
import type { AccessCase } from '../support/arbitrary-facts.js';
import { cedarDecide } from '../cedar/cedar-authorizer.js';
import type { CedarFullDecision } from '../cedar/cedar-authorizer.js';

const RUNS = Number(process.env.CEDAR_DIFFERENTIAL_RUNS ?? 100_000);
/** Every n-th request also has its entities and context type-checked against the schema. */
const SCHEMA_EVERY = 10;

/** The known engine disagreement described above. */
function isThirdPartyAlsoInvited(r: AccessCase, engine: Decision, cedar: CedarFullDecision): boolean {
  const t = r.facts.thirdParties.get(r.actor.userId);
  return (
    engine.allow &&
    !cedar.allow &&
    t !== undefined &&
    cedar.policies.length === 1 &&
    cedar.policies[0] === 'P11.third-party-conditions' &&
    (r.facts.rtoParticipants.has(r.actor.userId) || r.facts.caseDirector === r.actor.userId)
  );
}

function resourcePresent(r: AccessCase): boolean {
  switch (r.resource.kind) {
    case 'contribution':
      return r.facts.contributions.has(r.resource.id);
    case 'subject_bsn':
      return r.facts.subjects.has(r.resource.subjectId);
    case 'admin_set':
      return true;
  }
}

describe('engine vs Cedar model (differential)', () => {
  it(`agrees on ${RUNS} generated requests`, () => {
    let count = 0;
    let allowed = 0;
    let knownThirdParty = 0;
    let sameRule = 0;
    let denied = 0;
    fc.assert(
      fc.property(arbitraryAccessCase, (r) => {
        const { actor, facts, resource, purpose, action, now } = r;
        const engine = decide(actor, facts, resource, purpose, action, now);
        const cedar = cedarDecide(actor, facts, resource, purpose, action, now, { withSchema: count % SCHEMA_EVERY === 0 });
        count++;
        // Cedar policies only fail to evaluate on a resource that is not in the case.
        if (resourcePresent(r)) expect(cedar.errored).toEqual([]);
        if (isThirdPartyAlsoInvited(r, engine, cedar)) {
          knownThirdParty++;
          return;
        }
        expect(cedar.allow, `cedar policies: ${cedar.policies.join(', ')}`).toBe(engine.allow);
        if (engine.allow) {
          allowed++;
          expect(cedar.obligations).toEqual(engine.obligations);
        } else {
          denied++;
          if (cedar.rules.includes(engine.rule)) sameRule++;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `engine vs Cedar: ${count} requests, ${allowed} allowed, ${denied} denied, 0 disagreements; ` +
        `excluded as the reported third-party engine bug: ${knownThirdParty}; ` +
        `refusals where Cedar names the engine's rule: ${((100 * sameRule) / Math.max(1, denied)).toFixed(1)}%`,
    );
    expect(count).toBe(RUNS);
    // Both outcomes must be exercised, or the comparison proves little.
    expect(allowed).toBeGreaterThan(RUNS / 100);
    expect(denied).toBeGreaterThan(RUNS / 10);
  });
});
