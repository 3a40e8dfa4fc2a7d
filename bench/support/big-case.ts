/**
 * One RTO case of 10 organisations (two professionals each) and 500 contributions with a
 * realistic mix of releases, exclusions, special categories, police data and consents, plus
 * the readers who ask: process director, participants, a case director, outsiders.
 */
import type { CaseFacts, ContributionFacts, PartnerFacts } from '../../src/domain/access/facts.js';
import type { Action, Actor, ContributionPurpose, LegalBasis, Purpose } from '../../src/domain/model.js';
import { CONTRIBUTION_PURPOSES } from '../../src/domain/model.js';
import { rng } from './stats.js';

export const BENCH_NOW = Date.parse('2026-06-01T10:00:00Z');
const DAY = 86_400_000;
const COLLABORATION = 'collab-bench';

export interface BigCase {
  readonly facts: CaseFacts;
  readonly actors: readonly Actor[];
}

export interface BenchRequest {
  readonly actor: Actor;
  readonly id: string;
  readonly purpose: Purpose;
  readonly action: Action;
}

export function bigCase(contributions = 500, organisations = 10, seed = 11): BigCase {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => r() < p);
  const orgs = Array.from({ length: organisations }, (_, i) => `org${i}`);
  const partners = new Map<string, PartnerFacts>(
    orgs.map((id, i) => [
      id,
      { id, member: true, memberFrom: null, memberUntil: i === 9 ? BENCH_NOW + 90 * DAY : null, publicAuthority: i % 3 !== 2, maySeeSpecial: i % 4 !== 3, mayUseBsn: i % 2 === 0, professionalSecrecy: false },
    ]),
  );
  const professionals = orgs.flatMap((o) => [`${o}-a`, `${o}-b`]);
  const consents = new Map([
    ['consent-1', { id: 'consent-1', subjectId: 's1', partners: new Set(orgs.slice(0, 7)), givenAt: BENCH_NOW - 20 * DAY, revokedAt: null, refused: false }],
    ['consent-2', { id: 'consent-2', subjectId: 's1', partners: new Set(orgs.slice(3)), givenAt: BENCH_NOW - 10 * DAY, revokedAt: BENCH_NOW - DAY, refused: false }],
  ]);
  const bases: LegalBasis[] = [
    { kind: 'public_task', law: 'Gemeentewet art. 172' },
    { kind: 'wpg20', decision: 'art. 20 Wpg besluit' },
    { kind: 'consent', consentId: 'consent-1' },
    { kind: 'consent', consentId: 'consent-2' },
    { kind: 'legitimate_interest' },
  ];
  const list: ContributionFacts[] = [];
  for (let i = 0; i < contributions; i++) {
    const by = pick(orgs);
    const release = r();
    list.push({
      id: `c${i}`,
      by,
      givenIn: pick(['triage', 'rto'] as const),
      special: r() < 0.15,
      police: by === 'org1',
      purposes: new Set<ContributionPurpose>(r() < 0.7 ? CONTRIBUTION_PURPOSES : some(CONTRIBUTION_PURPOSES, 0.6)),
      basis: pick(bases),
      sharedWith: new Set(some(orgs, 0.2)),
      releasedForRto: release < 0.6 ? 'all' : release < 0.7 ? 'none' : new Set(some(orgs, 0.5)),
      excluded: new Set(r() < 0.2 ? some(orgs, 0.2) : []),
      grants: r() < 0.2 ? [{ to: pick(professionals) }] : [],
      withdrawn: r() < 0.02,
      category: 'other',
      subjects: new Set(),
    });
  }
  const facts: CaseFacts = {
    id: 'case-bench',
    collaborationId: COLLABORATION,
    phase: 'rto',
    registrant: 'org0',
    leadPartner: 'org0',
    relationSince: new Map(),
    monitoringKept: null,
    conflictWeighed: new Set(),
    processDirectors: new Set(['pd']),
    support: new Set(['sup']),
    allDirectorsSeeAll: false,
    involved: new Map(orgs.map((o) => [o, new Set([`${o}-a`, `${o}-b`])])),
    triageAsked: new Set(orgs.slice(1)),
    rtoParticipants: new Set(orgs.slice(0, 8).map((o) => `${o}-a`)),
    caseDirector: 'org2-a',
    subjects: new Map([['s1', { id: 's1', hasBsn: true }]]),
    consents,
    thirdParties: new Map(),
    rightsRequests: [],
    contributions: new Map(list.map((c) => [c.id, c])),
    partners,
  };
  const actors: Actor[] = [
    { userId: 'pd', partnerId: 'org0', role: 'process_director', collaborationId: COLLABORATION },
    ...professionals.map((userId) => ({ userId, partnerId: userId.slice(0, userId.indexOf('-')), role: 'professional' as const, collaborationId: COLLABORATION })),
    { userId: 'adm', partnerId: 'org0', role: 'admin', collaborationId: COLLABORATION },
  ];
  return { facts, actors };
}

/** A fixed mix of requests over the case: mostly the RTO purpose, some others, some take-along. */
export function requestMix(c: BigCase, count: number, seed = 5): BenchRequest[] {
  const r = rng(seed);
  const ids = [...c.facts.contributions.keys()];
  const purposes: readonly Purpose[] = ['rto', 'rto', 'rto', 'monitoring', 'triage', 'plan_execution'];
  return Array.from({ length: count }, () => ({
    actor: c.actors[Math.floor(r() * c.actors.length)] as Actor,
    id: ids[Math.floor(r() * ids.length)] as string,
    purpose: purposes[Math.floor(r() * purposes.length)] as Purpose,
    action: r() < 0.9 ? 'read' : 'take_along',
  }));
}
