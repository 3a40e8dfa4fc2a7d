/**
 * The Cedar model as a peer of our engine: loads policy/cedar/*, preparses the policy set and
 * the schema once (cedar-wasm's stateful API), and decides a translated request. A denial is
 * mapped to the rule ids in the `@id("<rule>.<what>")` annotations of the forbids that fired;
 * a denial without a forbid means no door opened (P2).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import type { AuthorizationAnswer, DetailedError, EntityJson } from '@cedar-policy/cedar-wasm/nodejs';
import type { Action, Actor, Purpose } from '../../src/domain/model.js';
import type { CaseFacts, Resource } from '../../src/domain/access/facts.js';
import { toCedarRequest } from './translate.js';
import type { CedarRequest, TranslateOptions } from './translate.js';

const dir = new URL('../../policy/cedar/', import.meta.url);
export const POLICY_TEXT = readFileSync(fileURLToPath(new URL('casustafel.cedar', dir)), 'utf8');
export const SCHEMA_TEXT = readFileSync(fileURLToPath(new URL('casustafel.cedarschema', dir)), 'utf8');

export const POLICY_SET_ID = 'casustafel';
export const SCHEMA_NAME = 'casustafel';

/** Most specific first: the rule a refusal is reported under when several forbids fire. */
const RULE_PRECEDENCE = ['P12', 'P13', 'P2', 'P1', 'P11', 'P9', 'P4', 'P3', 'P8', 'P7', 'P6', 'P5', 'P15'] as const;

export interface CedarDecision {
  readonly allow: boolean;
  /** The ids of the determining policies (satisfied permits on allow, forbids on deny). */
  readonly policies: readonly string[];
  /** On deny: the rule ids of the forbids that fired, most specific first; ['P2'] when none. */
  readonly rules: readonly string[];
  /** Policies that raised an evaluation error (for example a resource that does not exist). */
  readonly errored: readonly string[];
}

function describe(errors: readonly DetailedError[]): string {
  return errors.map((e) => e.message).join('; ');
}

/**
 * The policy set keyed by each policy's @id annotation, so that Cedar reports those ids.
 * Fails when a policy has no @id or an id is used twice.
 */
export function policiesById(text: string = POLICY_TEXT): Record<string, string> {
  const parts = cedar.policySetTextToParts(text);
  if (parts.type !== 'success') throw new Error(`policy set does not parse: ${describe(parts.errors)}`);
  const out: Record<string, string> = {};
  for (const p of parts.policies) {
    const json = cedar.policyToJson(p);
    if (json.type !== 'success') throw new Error(`policy does not convert: ${describe(json.errors)}`);
    const id = json.json.annotations?.id;
    if (id === undefined) throw new Error(`policy without @id: ${p.slice(0, 80)}`);
    if (out[id] !== undefined) throw new Error(`duplicate @id ${id}`);
    out[id] = p;
  }
  return out;
}

let prepared = false;

/** Preparses the policy set and schema into cedar-wasm's cache (idempotent). */
export function prepareCedar(): void {
  if (prepared) return;
  const p = cedar.preparsePolicySet(POLICY_SET_ID, { staticPolicies: policiesById() });
  if (p.type !== 'success') throw new Error(`preparse policies: ${describe(p.errors)}`);
  const s = cedar.preparseSchema(SCHEMA_NAME, SCHEMA_TEXT);
  if (s.type !== 'success') throw new Error(`preparse schema: ${describe(s.errors)}`);
  prepared = true;
}

export interface AuthorizeOptions {
  /**
   * Parse entities and context with the schema and validate the request (default true).
   * Without it the answer must be the same; it only skips the type checks.
   */
  readonly withSchema?: boolean;
  /** Another preparsed policy set (the bench's trivial set). */
  readonly policySetId?: string;
}

function ruleOf(policyId: string): string {
  const dot = policyId.indexOf('.');
  return dot < 0 ? policyId : policyId.slice(0, dot);
}

function rank(rule: string): number {
  const i = (RULE_PRECEDENCE as readonly string[]).indexOf(rule);
  return i < 0 ? RULE_PRECEDENCE.length : i;
}

/**
 * Without a schema Cedar does not know that read and take_along are in the action group
 * `access`; the action entities then travel with the request.
 */
const ACTION_ENTITIES: EntityJson[] = [
  { uid: { type: 'Casustafel::Action', id: 'access' }, attrs: {}, parents: [] },
  ...['read', 'take_along'].map((id) => ({
    uid: { type: 'Casustafel::Action', id },
    attrs: {},
    parents: [{ type: 'Casustafel::Action', id: 'access' }],
  })),
  { uid: { type: 'Casustafel::Action', id: 'change' }, attrs: {}, parents: [] },
];

/** The raw cedar-wasm answer for a translated request. */
export function authorizeRaw(req: CedarRequest, options: AuthorizeOptions = {}): AuthorizationAnswer {
  prepareCedar();
  const withSchema = options.withSchema ?? true;
  return cedar.statefulIsAuthorized({
    principal: req.principal,
    action: req.action,
    resource: req.resource,
    context: req.context,
    entities: withSchema ? req.entities : [...req.entities, ...ACTION_ENTITIES],
    preparsedPolicySetId: options.policySetId ?? POLICY_SET_ID,
    ...(withSchema ? { preparsedSchemaName: SCHEMA_NAME, validateRequest: true } : { validateRequest: false }),
  });
}

/** Decides a translated request with the Cedar model. */
export function authorize(req: CedarRequest, options: AuthorizeOptions = {}): CedarDecision {
  const answer = authorizeRaw(req, options);
  if (answer.type !== 'success') throw new Error(`cedar failure: ${describe(answer.errors)}`);
  const { decision, diagnostics } = answer.response;
  const policies = [...diagnostics.reason].sort();
  const errored = diagnostics.errors.map((e) => e.policyId);
  if (decision === 'allow') return { allow: true, policies, rules: [], errored };
  const rules = [...new Set(policies.map(ruleOf))].sort((a, b) => rank(a) - rank(b));
  return { allow: false, policies, rules: rules.length === 0 ? ['P2'] : rules, errored };
}

export interface CedarFullDecision extends CedarDecision {
  readonly obligations: readonly 'police_provision_log'[];
  /**
   * On allow: the partner the audit record names (seed 003 art. 9.3): the actor's own
   * organisation when Cedar permits `acts_for_itself`, otherwise the case's lead partner.
   * Null on deny and for registration.
   */
  readonly onBehalfOf: string | null;
}

/**
 * Decides an engine request with Cedar, including the P9 obligation: after an allowed access
 * to a contribution, a second request asks whether a police provision must be logged (Cedar
 * itself has no obligations).
 */
export function cedarDecide(
  actor: Actor,
  facts: CaseFacts,
  resource: Resource,
  purpose: Purpose,
  action: Action | 'change' | 'register_case',
  now: number,
  options: AuthorizeOptions & TranslateOptions = {},
): CedarFullDecision {
  const own = cedarDecideAs(actor, facts, resource, purpose, action, now, options);
  if (action === 'register_case') return own;
  // ADR 0116 (docs/cedar-model.md): the substitution resolves the principal before Cedar is asked,
  // as authentication does: during an absence the request is also made as the absent person.
  const lent = substitutedPrincipals(actor, facts, now).map((userId) => ({ ...actor, userId }));
  if (own.allow) {
    if (own.onBehalfOf === actor.partnerId || lent.length === 0 || resource.kind !== 'contribution') return own;
    // The reader reads for its own organisation also when it stands in for one of its designated professionals.
    const self = lent.some((a) => authorize({ ...toCedarRequest(a, facts, resource, purpose, action, now, options), action: { type: 'Casustafel::Action', id: 'acts_for_itself' } }, options).allow);
    return self ? { ...own, onBehalfOf: actor.partnerId } : own;
  }
  for (const as of lent) {
    const d = cedarDecideAs(as, facts, resource, purpose, action, now, options);
    if (d.allow) return d;
  }
  return own;
}

/**
 * The absent colleagues the actor substitutes for at `now` (ADR 0116): the same partner and role,
 * not the actor itself, from the first day up to the end of the last. Cedar cannot search the
 * list of absences for the principal, so this is computed before the request, like the open
 * rights requests (translate.ts).
 */
function substitutedPrincipals(actor: Actor, facts: CaseFacts, now: number): string[] {
  return (facts.absences ?? [])
    .filter((a) => a.substitute === actor.userId && a.absent !== actor.userId && a.absentPartner === actor.partnerId && a.absentRole === actor.role && a.from <= now && now < a.until)
    .map((a) => a.absent);
}

function cedarDecideAs(
  actor: Actor,
  facts: CaseFacts,
  resource: Resource,
  purpose: Purpose,
  action: Action | 'change' | 'register_case',
  now: number,
  options: AuthorizeOptions & TranslateOptions,
): CedarFullDecision {
  const req = toCedarRequest(actor, facts, resource, purpose, action, now, options);
  const d = authorize(req, options);
  if (!d.allow || action === 'register_case' || action === 'change') return { ...d, obligations: [], onBehalfOf: null };
  const self = authorize({ ...req, action: { type: 'Casustafel::Action', id: 'acts_for_itself' } }, options);
  const onBehalfOf = self.allow ? actor.partnerId : facts.leadPartner;
  if (resource.kind !== 'contribution') return { ...d, obligations: [], onBehalfOf };
  const log = authorize({ ...req, action: { type: 'Casustafel::Action', id: 'police_provision_log' } }, options);
  return { ...d, obligations: log.allow ? ['police_provision_log'] : [], onBehalfOf };
}
