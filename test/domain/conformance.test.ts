import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/access/decide.js';
import { decideRegistration } from '../../src/domain/access/register.js';
import { buildVector, conformance } from '../support/conformance.js';

describe('conformance vectors (../shared/conformance/decisions.json)', () => {
  it('has all 53 vectors', () => {
    expect(conformance.vectors).toHaveLength(53);
  });

  for (const v of conformance.vectors) {
    it(`${v.id} ${v.title}`, () => {
      const b = buildVector(v);
      const d =
        b.action === 'register_case'
          ? decideRegistration(b.actor, b.facts.partners, b.now)
          : decide(b.actor, b.facts, b.resource, b.purpose, b.action, b.now);
      expect(d.allow, v.why).toBe(v.expect.allow);
      if (!d.allow && v.expect.rules !== undefined) expect(v.expect.rules).toContain(d.rule);
      if (d.allow) expect([...d.obligations].sort()).toEqual([...(v.expect.obligations ?? [])].sort());
    });
  }
});
