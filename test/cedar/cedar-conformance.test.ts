import { describe, expect, it } from 'vitest';
import { buildVector, conformance, projectConformance, sharedConformance } from '../support/conformance.js';
import { cedarDecide } from './cedar-authorizer.js';

describe('Cedar model on the conformance vectors (shared and project, test/conformance/)', () => {
  it('runs all 53 shared vectors and every project vector', () => {
    expect(sharedConformance.vectors).toHaveLength(53);
    expect(conformance.vectors).toHaveLength(53 + projectConformance.vectors.length);
  });

  for (const v of conformance.vectors) {
    it(`${v.id} ${v.title}`, () => {
      const b = buildVector(v);
      for (const [slice, withSchema] of [[true, true], [false, true], [true, false]] as const) {
        const d = cedarDecide(b.actor, b.facts, b.resource, b.purpose, b.action, b.now, { slice, withSchema });
        expect(d.allow, `${v.why} (policies: ${d.policies.join(', ')})`).toBe(v.expect.allow);
        if (!d.allow && v.expect.rules !== undefined) expect(v.expect.rules).toContain(d.rules[0]);
        if (d.allow) expect([...d.obligations].sort()).toEqual([...(v.expect.obligations ?? [])].sort());
        if (d.allow && v.expect.onBehalfOf !== undefined) expect(d.onBehalfOf).toBe(v.expect.onBehalfOf);
      }
    });
  }
});
