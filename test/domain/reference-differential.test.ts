import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, decideMeetingItemChange, onBehalfOf } from '../../src/domain/access/decide.js';
import { arbitraryAccessCase } from '../support/arbitrary-facts.js';
import { referenceDecide, referenceMeetingItemChange, referenceOnBehalfOf } from '../support/reference-model.js';

const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 100_000);

describe('engine vs reference model (differential)', () => {
  it(`agrees on ${RUNS} random requests`, () => {
    let count = 0;
    let allowed = 0;
    fc.assert(
      fc.property(arbitraryAccessCase, ({ actor, facts, resource, purpose, action, now }) => {
        const d = decide(actor, facts, resource, purpose, action, now);
        const r = referenceDecide(actor, facts, resource, purpose, action, now);
        count++;
        if (d.allow) allowed++;
        expect(d.allow).toBe(r.allow);
        if (d.allow) expect(d.obligations.includes('police_provision_log')).toBe(r.policeLog);
        // Seed 003 art. 9.3: the audit's "on behalf of" is computed alike.
        if (d.allow) expect(onBehalfOf(actor, facts, resource, now)).toBe(referenceOnBehalfOf(actor, facts, resource, now));
        // A meeting item is also asked to be changed (completing an action, editing a note).
        if (resource.kind === 'meeting_item') {
          expect(decideMeetingItemChange(actor, facts, resource.item, now).allow).toBe(referenceMeetingItemChange(actor, facts, resource.item, now));
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`engine vs reference: ${count} requests, ${allowed} allowed, 0 divergences`);
    // The generator must exercise both outcomes, or the comparison proves little.
    expect(allowed).toBeGreaterThan(RUNS / 100);
    expect(count - allowed).toBeGreaterThan(RUNS / 10);
  });
});
