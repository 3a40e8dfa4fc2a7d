import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { describe, expect, it } from 'vitest';
import { POLICY_TEXT, SCHEMA_TEXT, policiesById } from './cedar-authorizer.js';

describe('Cedar model: schema and policy set', () => {
  it('the schema parses', () => {
    expect(cedar.checkParseSchema(SCHEMA_TEXT)).toEqual({ type: 'success' });
  });

  it('the policy set validates against the schema in strict mode with zero errors and warnings', () => {
    const answer = cedar.validate({
      schema: SCHEMA_TEXT,
      policies: { staticPolicies: policiesById() },
      validationSettings: { mode: 'strict' },
    });
    expect(answer.type).toBe('success');
    if (answer.type !== 'success') return;
    expect(answer.validationErrors.map((e) => `${e.policyId}: ${e.error.message}`)).toEqual([]);
    expect(answer.validationWarnings.map((e) => `${e.policyId}: ${e.error.message}`)).toEqual([]);
  });

  it('the validator catches a policy that reads an attribute the schema lacks', () => {
    const answer = cedar.validate({
      schema: SCHEMA_TEXT,
      policies: {
        staticPolicies: {
          bad: 'permit (principal, action == Casustafel::Action::"read", resource is Casustafel::Contribution) when { resource.secret };',
        },
      },
    });
    expect(answer.type === 'success' && answer.validationErrors.length).toBeGreaterThan(0);
  });

  it('every policy carries an @id that names a rule of DOMAIN.md §5 and a comment', () => {
    const ids = Object.keys(policiesById());
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(/^P(1|2|3|4|5|6|7|8|9|11|12|13|15|16)\.[a-z0-9-]+$/);
    for (const id of ids) {
      const at = POLICY_TEXT.indexOf(`@id("${id}")`);
      expect(POLICY_TEXT.slice(0, at).trimEnd().split('\n').at(-1), `comment above ${id}`).toMatch(/^\/\//);
    }
  });

  it('has a forbid for every overriding rule of §4a (P8, P6, P13) and P12', () => {
    const forbids = Object.entries(policiesById())
      .filter(([, p]) => /^\s*(@[^\n]*\n\s*)*forbid/.test(p))
      .map(([id]) => id.split('.')[0]);
    for (const rule of ['P1', 'P3', 'P4', 'P5', 'P6', 'P8', 'P11', 'P12', 'P13']) expect(forbids).toContain(rule);
  });
});
