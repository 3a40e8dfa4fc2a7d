/** A small factory for the engine's case facts: a canonical RTO case with sensible defaults. */
import type { ContributionFacts, CaseFacts } from '../../src/domain/access/facts.js';
import type { Actor } from '../../src/domain/model.js';
import { COLLABORATION, NOW, PARTNERS, USERS } from './arbitrary-facts.js';

export { NOW };
export const DAY = 86_400_000;

export function actor(userId: string, collaborationId = COLLABORATION): Actor {
  const u = USERS.find(([id]) => id === userId);
  if (u === undefined) throw new Error(`unknown user ${userId}`);
  return { userId, partnerId: u[1], role: u[2], collaborationId };
}

export function contribution(id: string, overrides: Partial<ContributionFacts> = {}): ContributionFacts {
  return {
    id,
    by: 'pol',
    givenIn: 'triage',
    special: false,
    police: false,
    purposes: new Set(['triage', 'rto', 'plan_execution', 'monitoring']),
    basis: { kind: 'public_task', law: 'Politiewet art. 3' },
    sharedWith: new Set(),
    releasedForRto: 'all',
    excluded: new Set(),
    grants: [],
    withdrawn: false,
    category: 'other',
    subjects: new Set(),
    ...overrides,
  };
}

export function buildCase(overrides: Partial<CaseFacts> = {}, contributions: ContributionFacts[] = [contribution('k1')]): CaseFacts {
  return {
    id: 'case-1',
    collaborationId: COLLABORATION,
    phase: 'rto',
    registrant: 'rn',
    leadPartner: 'rn',
    processDirectors: new Set(['u-pd']),
    support: new Set(['u-sup']),
    allDirectorsSeeAll: false,
    involved: new Map([
      ['rn', new Set(['u-rn'])],
      ['pol', new Set(['u-pol'])],
      ['ggz', new Set(['u-ggz'])],
      ['woon', new Set(['u-woon'])],
    ]),
    triageAsked: new Set(['pol', 'ggz', 'woon']),
    rtoParticipants: new Set(['u-rn', 'u-pol', 'u-ggz', 'u-woon']),
    caseDirector: null,
    relationSince: new Map(),
    monitoringKept: null,
    conflictWeighed: new Set(),
    subjects: new Map([['s1', { id: 's1', hasBsn: true }]]),
    consents: new Map(),
    thirdParties: new Map(),
    rightsRequests: [],
    contributions: new Map(contributions.map((c) => [c.id, c])),
    partners: PARTNERS,
    ...overrides,
  };
}
