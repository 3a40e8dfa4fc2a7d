import { describe, expect, it } from 'vitest';
import { decide, decideMeetingItemChange, onBehalfOf } from '../../src/domain/access/decide.js';
import { decideRegistration } from '../../src/domain/access/register.js';
import { buildVector, conformance, projectConformance, sharedConformance } from '../support/conformance.js';
import { referenceDecide, referenceOnBehalfOf } from '../support/reference-model.js';

function fail(message: string): never {
  throw new Error(message);
}

describe('conformance vectors (shared and project, test/conformance/)', () => {
  it('runs all 53 shared vectors and every project vector', () => {
    expect(sharedConformance.vectors).toHaveLength(53);
    expect(conformance.vectors).toHaveLength(53 + projectConformance.vectors.length);
  });

  for (const v of conformance.vectors) {
    it(`${v.id} ${v.title}`, () => {
      const b = buildVector(v);
      const d =
        b.action === 'register_case'
          ? decideRegistration(b.actor, b.facts.partners, b.now)
          : b.action === 'change'
            ? b.resource.kind === 'meeting_item'
              ? decideMeetingItemChange(b.actor, b.facts, b.resource.item, b.now)
              : fail(`${v.id}: change applies to a meeting item only`)
            : decide(b.actor, b.facts, b.resource, b.purpose, b.action, b.now);
      expect(d.allow, v.why).toBe(v.expect.allow);
      if (!d.allow && v.expect.rules !== undefined) expect(v.expect.rules).toContain(d.rule);
      if (d.allow) expect([...d.obligations].sort()).toEqual([...(v.expect.obligations ?? [])].sort());
      if (v.expect.onBehalfOf !== undefined) expect(onBehalfOf(b.actor, b.facts, b.resource, b.now), 'on behalf of').toBe(v.expect.onBehalfOf);
    });
  }
});

describe('reference model on the conformance vectors', () => {
  for (const v of conformance.vectors) {
    if (v.action === 'register_case') continue;
    it(`${v.id} ${v.title}`, () => {
      const b = buildVector(v);
      if (b.action === 'register_case') return;
      const r = referenceDecide(b.actor, b.facts, b.resource, b.purpose, b.action, b.now);
      expect(r.allow, v.why).toBe(v.expect.allow);
      if (r.allow) expect(r.policeLog).toBe((v.expect.obligations ?? []).includes('police_provision_log'));
      if (v.expect.onBehalfOf !== undefined) expect(referenceOnBehalfOf(b.actor, b.facts, b.resource, b.now)).toBe(v.expect.onBehalfOf);
    });
  }
});
