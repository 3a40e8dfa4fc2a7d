/**
 * Differential test: our engine (src/domain/access/decide.ts) and the independent Cedar model
 * (policy/cedar/*) decide the same generated requests and must agree on allow/deny and on the
 * P9 provision-log obligation, and on whose behalf an allowed access is made (seed 003 art. 9.3).

 *
 * While building, the comparison found an engine bug: a third party whose P11 conditions were
 * unmet but who was also invited to the RTO read through the participant relation. The engine
 * now applies P11 to a third party whatever else it is (regression test in
 * src/domain/access/decide.test.ts); nothing is excluded here any more.
 */
import { describe, expect, it } from 'vitest';
import { assertInChunks } from '../support/chunked-assert.js';
import { decide, decideMeetingItemChange, onBehalfOf } from '../../src/domain/access/decide.js';
import { arbitraryAccessCase } from '../support/arbitrary-facts.js';
import type { AccessCase } from '../support/arbitrary-facts.js';
import { cedarDecide } from '../cedar/cedar-authorizer.js';

const RUNS = Number(process.env.CEDAR_DIFFERENTIAL_RUNS ?? 100_000);
/** Every n-th request also has its entities and context type-checked against the schema. */
const SCHEMA_EVERY = 10;

function resourcePresent(r: AccessCase): boolean {
  switch (r.resource.kind) {
    case 'contribution':
      return r.facts.contributions.has(r.resource.id);
    case 'subject_bsn':
      return r.facts.subjects.has(r.resource.subjectId);
    case 'admin_set':
    case 'meeting_item':
      return true;
  }
}

describe('engine vs Cedar model (differential)', () => {
  it(`agrees on ${RUNS} generated requests`, async () => {
    let count = 0;
    let allowed = 0;
    let sameRule = 0;
    let denied = 0;
    let changes = 0;
    await assertInChunks(arbitraryAccessCase, (r) => {
        const { actor, facts, resource, purpose, action, now } = r;
        const engine = decide(actor, facts, resource, purpose, action, now);
        const cedar = cedarDecide(actor, facts, resource, purpose, action, now, { withSchema: count % SCHEMA_EVERY === 0 });
        count++;
        // Cedar policies only fail to evaluate on a resource that is not in the case.
        if (resourcePresent(r)) expect(cedar.errored).toEqual([]);
        expect(cedar.allow, `cedar policies: ${cedar.policies.join(', ')}`).toBe(engine.allow);
        if (engine.allow) {
          allowed++;
          expect(cedar.obligations).toEqual(engine.obligations);
          // Seed 003 art. 9.3: the audit's "on behalf of" is computed alike.
          expect(cedar.onBehalfOf).toBe(onBehalfOf(actor, facts, resource));
        } else {
          denied++;
          if (cedar.rules.includes(engine.rule)) sameRule++;
        }
        // A meeting item is also asked to be changed (completing an action, editing a note).
        if (resource.kind === 'meeting_item') {
          const change = decideMeetingItemChange(actor, facts, resource.item, now);
          const cedarChange = cedarDecide(actor, facts, resource, purpose, 'change', now, { withSchema: count % SCHEMA_EVERY === 0 });
          expect(cedarChange.errored).toEqual([]);
          expect(cedarChange.allow, `cedar change policies: ${cedarChange.policies.join(', ')}`).toBe(change.allow);
          changes++;
        }
      }, { runs: RUNS });
    console.log(
      `engine vs Cedar: ${count} requests, ${allowed} allowed, ${denied} denied, 0 disagreements; ` +
        `refusals where Cedar names the engine's rule: ${((100 * sameRule) / Math.max(1, denied)).toFixed(1)}%; ` +
        `plus ${changes} meeting-item changes, 0 disagreements`,
    );
    expect(count).toBe(RUNS);
    // Both outcomes must be exercised, or the comparison proves little.
    expect(allowed).toBeGreaterThan(RUNS / 100);
    expect(denied).toBeGreaterThan(RUNS / 10);
  });
});
