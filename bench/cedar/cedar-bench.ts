/**
 * Cedar as a peer to race: per-decision latency of the Cedar model (preparsed policy set,
 * cedar-wasm's stateful API) and of our `decide`, on the same requests, in the same process
 * and run, over one case with 500 contributions and 10 organisations.
 *
 * - Every call times the three deciders on the same request, interleaved, so that load on the
 *   machine hits them alike: our engine, Cedar with the real policy set, and Cedar with a
 *   trivial policy set (`permit(principal, action, resource);`) over the same entity payload.
 * - Cedar's figure is the `statefulIsAuthorized` call on an already translated request
 *   (entities sliced to what the request reaches, no schema: the conformance tests show both
 *   schema modes decide alike). Translation is timed apart (`translate_p50_us`).
 * - `cedar_boundary_share` = p50 of the trivial set / p50 of the real set: the share of a
 *   Cedar decision spent crossing JS↔wasm (serialising and parsing the payload, building the
 *   answer) rather than evaluating policies.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { decide } from '../../src/domain/access/decide.js';
import type { CaseFacts, ContributionFacts, PartnerFacts, Resource } from '../../src/domain/access/facts.js';
import type { Action, Actor, ContributionPurpose, Purpose } from '../../src/domain/model.js';
import { CONTRIBUTION_PURPOSES } from '../../src/domain/model.js';
import { authorizeRaw, prepareCedar } from '../../test/cedar/cedar-authorizer.js';
import { toCedarRequest } from '../../test/cedar/translate.js';
import type { CedarRequest } from '../../test/cedar/translate.js';

export interface CedarBenchOptions {
  /** Timed decisions per decider. */
  readonly calls: number;
  /** Untimed decisions per decider first (default min(calls, 2000)). */
  readonly warmup?: number;
  /** Seed of the request mix (default 7). */
  readonly seed?: number;
}

export interface CedarBenchResult {
  readonly cedar_p50_us: number;
  readonly cedar_p99_us: number;
  readonly authz_p50_us: number;
  readonly authz_p99_us: number;
  /** authz_p50_us / cedar_p50_us: below 1 means our engine is faster. */
  readonly authz_vs_cedar_ratio: number;
  readonly cedar_boundary_share: number;
  readonly cedar_trivial_p50_us: number;
  readonly cedar_with_schema_p50_us: number;
  readonly cedar_full_payload_p50_us: number;
  readonly translate_p50_us: number;
  readonly calls: number;
  readonly contributions: number;
  readonly organisations: number;
  readonly allowed_share: number;
  readonly agreement: number;
}

const NOW = Date.parse('2026-06-01T10:00:00Z');
const DAY = 86_400_000;
const TRIVIAL = 'casustafel-bench-trivial';

/** Deterministic PRNG (mulberry32), so every run races on the same requests. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Universe {
  readonly facts: CaseFacts;
  readonly actors: readonly Actor[];
}

/** One RTO case of 10 organisations (two professionals each) and 500 contributions. */
export function benchCase(seed = 7): Universe {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => r() < p);
  const orgs = Array.from({ length: 10 }, (_, i) => `org${i}`);
  const partners = new Map<string, PartnerFacts>(
    orgs.map((id, i) => [
      id,
      { id, member: i !== 9, memberFrom: null, memberUntil: i === 8 ? NOW + 90 * DAY : null, publicAuthority: i < 5, maySeeSpecial: i % 3 !== 2, mayUseBsn: i < 6, professionalSecrecy: false },
    ]),
  );
  const pros = orgs.flatMap((o) => [`${o}-a`, `${o}-b`]);
  const actors: Actor[] = [
    ...orgs.slice(0, 9).flatMap((o) => [`${o}-a`, `${o}-b`].map((u): Actor => ({ userId: u, partnerId: o, role: 'professional', collaborationId: 'bench' }))),
    { userId: 'pd', partnerId: 'org0', role: 'process_director', collaborationId: 'bench' },
    { userId: 'sup', partnerId: 'org0', role: 'support', collaborationId: 'bench' },
    { userId: 'po', partnerId: 'org0', role: 'privacy_officer', collaborationId: 'bench' },
    { userId: 'adm', partnerId: 'org0', role: 'admin', collaborationId: 'bench' },
    { userId: 'ext', partnerId: 'org9', role: 'third_party', collaborationId: 'bench' },
  ];
  const involved = new Map<string, Set<string>>(orgs.slice(0, 9).map((o) => [o, new Set([`${o}-a`, `${o}-b`])]));
  const contributions = new Map<string, ContributionFacts>();
  for (let i = 0; i < 500; i++) {
    const id = `k${i}`;
    const release = r();
    contributions.set(id, {
      id,
      by: pick(orgs.slice(0, 9)),
      givenIn: pick(['screening', 'triage', 'rto'] as const),
      special: r() < 0.3,
      police: r() < 0.2,
      purposes: new Set<ContributionPurpose>(some(CONTRIBUTION_PURPOSES, 0.6)),
      basis: r() < 0.25 ? { kind: 'consent', consentId: pick(['c1', 'c2']) } : r() < 0.2 ? { kind: 'legitimate_interest' } : { kind: 'public_task', law: 'Wmo 2015' },
      sharedWith: new Set(some(orgs, 0.1)),
      releasedForRto: release < 0.5 ? 'all' : release < 0.6 ? 'none' : new Set(some(orgs, 0.5)),
      excluded: new Set(some(orgs, 0.1)),
      grants: some(pros, 0.05).map((to) => ({ to, planAction: 'A1' })),
      withdrawn: r() < 0.02,
      category: 'other',
      subjects: new Set(),
    });
  }
  const facts: CaseFacts = {
    id: 'bench-case',
    collaborationId: 'bench',
    phase: 'rto',
    registrant: 'org1',
    leadPartner: 'org1',
    relationSince: new Map(),
    monitoringKept: null,
    conflictWeighed: new Set(),
    processDirectors: new Set(['pd']),
    support: new Set(['sup']),
    allDirectorsSeeAll: false,
    involved,
    triageAsked: new Set(orgs.slice(2, 7)),
    rtoParticipants: new Set(pros.filter((u) => !u.endsWith('-b') || r() < 0.5)),
    caseDirector: 'org3-a',
    subjects: new Map([['s1', { id: 's1', hasBsn: true }]]),
    consents: new Map([
      ['c1', { id: 'c1', subjectId: 's1', partners: new Set(orgs.slice(0, 7)), givenAt: NOW - 30 * DAY, revokedAt: null, refused: false }],
      ['c2', { id: 'c2', subjectId: 's1', partners: new Set(orgs), givenAt: NOW - 30 * DAY, revokedAt: NOW - DAY, refused: false }],
    ]),
    thirdParties: new Map([
      ['ext', { userId: 'ext', partnerId: 'org9', hasBasis: true, declarationSignedAt: NOW - DAY, consentsFrom: new Set(orgs), releasedTo: true }],
    ]),
    rightsRequests: [{ id: 'r1', subjectId: 's1', handler: 'po', registeredAt: NOW - DAY, closedAt: null }],
    contributions,
    partners,
  };
  return { facts, actors };
}

interface BenchRequest {
  readonly actor: Actor;
  readonly resource: Resource;
  readonly purpose: Purpose;
  readonly action: Action;
  readonly cedar: CedarRequest;
}

function requests(u: Universe, n: number, seed: number): BenchRequest[] {
  const r = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const ids = [...u.facts.contributions.keys()];
  const out: BenchRequest[] = [];
  for (let i = 0; i < n; i++) {
    const actor = pick(u.actors);
    const x = r();
    const resource: Resource = x < 0.9 ? { kind: 'contribution', id: pick(ids) } : x < 0.95 ? { kind: 'admin_set' } : { kind: 'subject_bsn', subjectId: 's1' };
    const purpose: Purpose = actor.role === 'privacy_officer' ? 'rights_request' : pick(['rto', 'rto', 'plan_execution', 'monitoring', 'triage'] as const);
    const action: Action = r() < 0.8 ? 'read' : 'take_along';
    out.push({ actor, resource, purpose, action, cedar: toCedarRequest(actor, u.facts, resource, purpose, action, NOW) });
  }
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Four significant digits: enough for latencies and for ratios far below 1. */
const round = (x: number): number => Number(x.toPrecision(4));

function cedarAllows(req: CedarRequest, withSchema: boolean, policySetId?: string): boolean {
  const a = authorizeRaw(req, policySetId === undefined ? { withSchema } : { withSchema, policySetId });
  if (a.type !== 'success') throw new Error(a.errors.map((e) => e.message).join('; '));
  return a.response.decision === 'allow';
}

/** Races the Cedar model against our engine; see the file comment for what is measured. */
export function runCedarBench(options: CedarBenchOptions): CedarBenchResult {
  const calls = Math.max(1, Math.floor(options.calls));
  const seed = options.seed ?? 7;
  const warmup = options.warmup ?? Math.min(calls, 2000);
  prepareCedar();
  const trivial = cedar.preparsePolicySet(TRIVIAL, { staticPolicies: 'permit (principal, action, resource);' });
  if (trivial.type !== 'success') throw new Error('trivial policy set does not parse');

  const u = benchCase(seed);
  const distinct = requests(u, Math.min(calls, 5000), seed);
  const at = (i: number): BenchRequest => distinct[i % distinct.length]!;

  for (let i = 0; i < warmup; i++) {
    const q = at(i);
    decide(q.actor, u.facts, q.resource, q.purpose, q.action, NOW);
    cedarAllows(q.cedar, false);
    cedarAllows(q.cedar, false, TRIVIAL);
  }

  const authz = new Float64Array(calls);
  const real = new Float64Array(calls);
  const triv = new Float64Array(calls);
  let allowed = 0;
  let agree = 0;
  for (let i = 0; i < calls; i++) {
    const q = at(i);
    let t = process.hrtime.bigint();
    const d = decide(q.actor, u.facts, q.resource, q.purpose, q.action, NOW);
    authz[i] = Number(process.hrtime.bigint() - t) / 1000;
    t = process.hrtime.bigint();
    const c = cedarAllows(q.cedar, false);
    real[i] = Number(process.hrtime.bigint() - t) / 1000;
    t = process.hrtime.bigint();
    cedarAllows(q.cedar, false, TRIVIAL);
    triv[i] = Number(process.hrtime.bigint() - t) / 1000;
    if (d.allow) allowed++;
    if (d.allow === c) agree++;
  }

  // Smaller side measurements: schema-checked payloads, the unsliced payload, translation.
  const side = Math.min(calls, 1000);
  const schema = new Float64Array(side);
  const translate = new Float64Array(side);
  const fullSide = Math.min(calls, 200);
  const full = new Float64Array(fullSide);
  for (let i = 0; i < side; i++) {
    const q = at(i);
    let t = process.hrtime.bigint();
    cedarAllows(q.cedar, true);
    schema[i] = Number(process.hrtime.bigint() - t) / 1000;
    t = process.hrtime.bigint();
    toCedarRequest(q.actor, u.facts, q.resource, q.purpose, q.action, NOW);
    translate[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  for (let i = 0; i < fullSide; i++) {
    const q = at(i);
    const unsliced = toCedarRequest(q.actor, u.facts, q.resource, q.purpose, q.action, NOW, { slice: false });
    const t = process.hrtime.bigint();
    cedarAllows(unsliced, false);
    full[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  for (const a of [authz, real, triv, schema, translate, full]) a.sort();

  const cedarP50 = percentile(real, 50);
  const authzP50 = percentile(authz, 50);
  return {
    cedar_p50_us: round(cedarP50),
    cedar_p99_us: round(percentile(real, 99)),
    authz_p50_us: round(authzP50),
    authz_p99_us: round(percentile(authz, 99)),
    authz_vs_cedar_ratio: round(authzP50 / cedarP50),
    cedar_boundary_share: round(Math.min(1, percentile(triv, 50) / cedarP50)),
    cedar_trivial_p50_us: round(percentile(triv, 50)),
    cedar_with_schema_p50_us: round(percentile(schema, 50)),
    cedar_full_payload_p50_us: round(percentile(full, 50)),
    translate_p50_us: round(percentile(translate, 50)),
    calls,
    contributions: u.facts.contributions.size,
    organisations: u.facts.partners.size,
    allowed_share: round(allowed / calls),
    agreement: round(agree / calls),
  };
}
