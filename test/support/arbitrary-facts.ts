/**
 * fast-check generators for access requests over random cases: every phase, role, relation,
 * release/exclusion, special category, police data, consent state, third party, rights request
 * and membership state. Shared by the property tests, the reference-model differential and the
 * Cedar differential.
 */
import fc from 'fast-check';
import type { Action, Actor, ContributionPurpose, LegalBasis, Purpose, Role } from '../../src/domain/model.js';
import { CONTRIBUTION_PURPOSES, PHASES, PURPOSES } from '../../src/domain/model.js';
import type {
  CaseFacts,
  ConsentFacts,
  ContributionFacts,
  MeetingItemFacts,
  PartnerFacts,
  Resource,
  RightsRequestFacts,
  ThirdPartyFacts,
} from '../../src/domain/access/facts.js';

export const NOW = Date.parse('2026-06-01T10:00:00Z');
const DAY = 86_400_000;
export const COLLABORATION = 'collab-a';

/** A fixed universe of organisations with every combination of flags that matters. */
export const PARTNERS: ReadonlyMap<string, PartnerFacts> = new Map(
  (
    [
      ['gem', true, null, null, true, true, true, false, 'gemeente'],
      ['pol', true, null, null, true, true, true, false, 'politie'],
      ['ggz', true, null, null, false, true, true, true, 'ggz'],
      ['woon', true, null, null, false, false, false, false, 'woningcorporatie'],
      ['rn', true, null, null, true, true, true, false, 'reclassering'],
      ['old', true, NOW - 300 * DAY, NOW - 30 * DAY, false, false, false, true, 'welzijn'],
      ['new', true, NOW + 30 * DAY, null, false, true, false, false, 'welzijn'],
      ['ext', false, null, null, false, false, false, false, 'welzijn'],
    ] as const
  ).map(([id, member, memberFrom, memberUntil, publicAuthority, maySeeSpecial, mayUseBsn, professionalSecrecy, domain]) => [
    id,
    { id, member, memberFrom, memberUntil, publicAuthority, maySeeSpecial, mayUseBsn, professionalSecrecy, domain },
  ]),
);
const CASE_PARTNERS = ['gem', 'pol', 'ggz', 'woon', 'rn', 'old', 'new'] as const;

/** Users: [id, partner, role]. Several professionals per partner to test designation. */
export const USERS: readonly (readonly [string, string, Role])[] = [
  ['u-pd', 'gem', 'process_director'],
  ['u-pd2', 'gem', 'process_director'],
  ['u-sup', 'gem', 'support'],
  ['u-gem', 'gem', 'professional'],
  ['u-pol', 'pol', 'professional'],
  ['u-pol2', 'pol', 'professional'],
  ['u-ggz', 'ggz', 'professional'],
  ['u-woon', 'woon', 'professional'],
  ['u-rn', 'rn', 'professional'],
  ['u-old', 'old', 'professional'],
  ['u-new', 'new', 'professional'],
  ['u-ext', 'ext', 'third_party'],
  ['u-mgr', 'gem', 'manager'],
  ['u-po', 'gem', 'privacy_officer'],
  ['u-pd-old', 'old', 'process_director'],
  ['u-po-old', 'old', 'privacy_officer'],
  ['u-adm', 'gem', 'admin'],
  ['u-stat', 'gem', 'statistician'],
];
const PROFESSIONALS = USERS.filter(([, , r]) => r === 'professional').map(([u]) => u);

/** Data kinds: ordinary ones and special ones by kind (P8). */
const CATEGORIES = ['other', 'housing', 'income_debts', 'police_justice', 'mental_functioning', 'addiction', 'health'] as const;
const SUBJECTS = ['s1', 's2'] as const;

const time = fc.integer({ min: -60, max: 60 }).map((d) => NOW + d * DAY);
const maybeTime = fc.option(time, { nil: null });
const subsetOf = <T>(xs: readonly T[]) => fc.subarray([...xs]);

const arbBasis = (consentIds: readonly string[]): fc.Arbitrary<LegalBasis> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant<LegalBasis>({ kind: 'public_task', law: 'Gemeentewet art. 172' }) },
    { weight: 2, arbitrary: fc.constant<LegalBasis>({ kind: 'wpg20', decision: 'art. 20 Wpg besluit' }) },
    { weight: 1, arbitrary: fc.constant<LegalBasis>({ kind: 'legitimate_interest' }) },
    { weight: 1, arbitrary: fc.constant<LegalBasis>({ kind: 'legitimate_interest', motivation: 'belangenafweging: huurachterstand, geen lichter middel' }) },
    { weight: 1, arbitrary: fc.constant<LegalBasis>({ kind: 'vital_interest', motivation: 'acute danger' }) },
    { weight: 1, arbitrary: fc.constant<LegalBasis>({ kind: 'legal_obligation', law: 'Wvggz art. 5:1' }) },
    { weight: 1, arbitrary: fc.constant<LegalBasis>({ kind: 'conflict_of_duties', motivation: 'gevaar voor een kind' }) },
    { weight: 3, arbitrary: fc.constantFrom(...consentIds, 'c-missing').map((consentId): LegalBasis => ({ kind: 'consent', consentId })) },
  );

const arbContribution = (id: string, consentIds: readonly string[], users: readonly string[]): fc.Arbitrary<ContributionFacts> =>
  fc.record({
    by: fc.constantFrom(...CASE_PARTNERS),
    givenIn: fc.constantFrom('screening', 'triage', 'rto', 'monitoring' as const),
    special: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    police: fc.boolean(),
    purposes: fc.oneof(fc.constant([...CONTRIBUTION_PURPOSES]), subsetOf(CONTRIBUTION_PURPOSES)),
    basis: arbBasis(consentIds),
    sharedWith: subsetOf(CASE_PARTNERS),
    releasedForRto: fc.oneof(
      { weight: 3, arbitrary: fc.constant<'all'>('all') },
      { weight: 1, arbitrary: fc.constant<'none'>('none') },
      { weight: 2, arbitrary: subsetOf([...CASE_PARTNERS, 'ext']) },
    ),
    excluded: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: subsetOf([...CASE_PARTNERS, 'ext']) }),
    grants: fc.array(fc.record({ to: fc.constantFrom(...users), planAction: fc.constantFrom('A1', 'A2') }), { maxLength: 2 }),
    withdrawn: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    category: fc.constantFrom(...CATEGORIES),
    subjects: subsetOf(SUBJECTS),
    // P15 (AVG art. 18, 21): now and then restricted by a rights request, or stopped by an upheld objection.
    restriction: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom<'restriction' | 'objection'>('restriction', 'objection') },
    ),
  }).map(
    (c): ContributionFacts => ({
      id,
      by: c.by,
      givenIn: c.givenIn,
      special: c.special,
      police: c.police,
      purposes: new Set<ContributionPurpose>(c.purposes),
      basis: c.basis,
      sharedWith: new Set(c.sharedWith),
      releasedForRto: typeof c.releasedForRto === 'string' ? c.releasedForRto : new Set(c.releasedForRto),
      excluded: new Set(c.excluded),
      grants: c.grants,
      withdrawn: c.withdrawn,
      category: c.category,
      subjects: new Set(c.subjects),
      ...(c.restriction === undefined ? {} : { restriction: c.restriction }),
    }),
  );

const arbConsent = (id: string): fc.Arbitrary<ConsentFacts> =>
  fc.record({
    partners: fc.oneof(fc.constant([...CASE_PARTNERS]), subsetOf([...CASE_PARTNERS, 'ext'])),
    givenAt: time,
    revokedAt: maybeTime,
    refused: fc.boolean(),
  }).map(
    (k): ConsentFacts => ({
      id,
      subjectId: 's1',
      partners: new Set(k.partners),
      givenAt: k.givenAt,
      revokedAt: k.revokedAt,
      refused: k.refused && id === 'c2',
    }),
  );

export const arbCaseFacts: fc.Arbitrary<CaseFacts> = fc
  .record({
    phase: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('screening', 'triage', 'rto', 'monitoring', 'deescalation1' as const) },
      { weight: 1, arbitrary: fc.constantFrom(...PHASES) },
    ),
    registrant: fc.constantFrom(...CASE_PARTNERS),
    processDirectors: subsetOf(['u-pd', 'u-pd2', 'u-pd-old']),
    support: subsetOf(['u-sup']),
    allDirectorsSeeAll: fc.boolean(),
    involved: fc.array(fc.constantFrom(...PROFESSIONALS), { maxLength: 7 }),
    triageAsked: subsetOf(CASE_PARTNERS),
    rtoParticipants: subsetOf(USERS.map(([u]) => u)),
    caseDirector: fc.option(fc.constantFrom(...PROFESSIONALS), { nil: null }),
    consents: fc.tuple(arbConsent('c1'), arbConsent('c2')),
    nConsents: fc.integer({ min: 0, max: 2 }),
    thirdParty: fc.option(
      fc.record({
        hasBasis: fc.boolean(),
        declarationSignedAt: maybeTime,
        consentsFrom: fc.oneof(fc.constant([...CASE_PARTNERS]), subsetOf(CASE_PARTNERS)),
        releasedTo: fc.boolean(),
      }),
      { nil: null },
    ),
    request: fc.option(
      fc.record({ handler: fc.constantFrom('u-po', 'u-pd', 'u-po-old'), registeredAt: time, closedAt: maybeTime, subjectId: fc.constantFrom(...SUBJECTS) }),
      { nil: null },
    ),
    nContributions: fc.integer({ min: 1, max: 4 }),
    leadPartner: fc.option(fc.constantFrom(...CASE_PARTNERS), { nil: null }),
    relationSince: fc.array(fc.tuple(fc.constantFrom(...PROFESSIONALS), fc.integer({ min: -400, max: 10 }).map((d) => NOW + d * DAY)), { maxLength: 4 }),
    monitoringKept: fc.option(subsetOf(['k0', 'k1', 'k2', 'k3']), { nil: null }),
    // Seed 003 Fase 3: the current RTO, whose plan runs (meeting items of m1 or m2).
    currentRtoId: fc.option(fc.constantFrom('m1', 'm2'), { nil: null }),
    conflictWeighed: subsetOf(CASE_PARTNERS),
    // Seed 004 stap 4: absent (not required), or required with the latest household consent.
    domainCrossing: fc.option(
      fc.record({ consent: fc.option(fc.record({ givenAt: time, revokedAt: maybeTime, refused: fc.integer({ min: 0, max: 4 }).map((n) => n === 0) }), { nil: null }) }),
      { nil: null },
    ),
  })
  .chain((k) => {
    const consents = k.consents.slice(0, k.nConsents);
    const consentIds = consents.map((c) => c.id);
    const ids = Array.from({ length: k.nContributions }, (_, i) => `k${i}`);
    return fc.tuple(...ids.map((id) => arbContribution(id, consentIds, USERS.map(([u]) => u)))).map((contributions): CaseFacts => {
      const involved = new Map<string, Set<string>>();
      for (const u of k.involved) {
        const partner = USERS.find(([id]) => id === u)![1];
        if (!involved.has(partner)) involved.set(partner, new Set());
        involved.get(partner)!.add(u);
      }
      const thirdParties = new Map<string, ThirdPartyFacts>();
      if (k.thirdParty !== null) {
        thirdParties.set('u-ext', { userId: 'u-ext', partnerId: 'ext', ...k.thirdParty, consentsFrom: new Set(k.thirdParty.consentsFrom) });
      }
      const rightsRequests: RightsRequestFacts[] =
        k.request === null ? [] : [{ id: 'r1', subjectId: k.request.subjectId, handler: k.request.handler, registeredAt: k.request.registeredAt, closedAt: k.request.closedAt }];
      return {
        id: 'case-1',
        collaborationId: COLLABORATION,
        phase: k.phase,
        registrant: k.registrant,
        leadPartner: k.leadPartner ?? k.registrant,
        processDirectors: new Set(k.processDirectors),
        support: new Set(k.support),
        allDirectorsSeeAll: k.allDirectorsSeeAll,
        involved,
        triageAsked: new Set(k.triageAsked),
        rtoParticipants: new Set(k.rtoParticipants),
        caseDirector: k.caseDirector,
        relationSince: new Map(k.relationSince),
        monitoringKept: k.monitoringKept === null ? null : new Set(k.monitoringKept),
        currentRtoId: k.currentRtoId,
        conflictWeighed: new Set(k.conflictWeighed),
        domainCrossing: k.domainCrossing,
        subjects: new Map([
          ['s1', { id: 's1', hasBsn: true }],
          ['s2', { id: 's2', hasBsn: false }],
        ]),
        consents: new Map(consents.map((c) => [c.id, c])),
        thirdParties,
        rightsRequests,
        contributions: new Map(contributions.map((c) => [c.id, c])),
        partners: PARTNERS,
      };
    });
  });

/** A note, plan goal or plan action of a meeting (issue 13 items 1 and 5, P15). */
export const arbMeetingItem: fc.Arbitrary<MeetingItemFacts> = fc
  .record({
    kind: fc.constantFrom('meeting_note', 'plan_goal', 'plan_action', 'plan_action' as const),
    meetingId: fc.constantFrom('m1', 'm2'),
    subjects: subsetOf(SUBJECTS),
    domain: fc.constantFrom(null, 'housing', 'income_debts', 'addiction', 'police_justice', 'mental_functioning'),
    restriction: fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom<'restriction' | 'objection'>('restriction', 'objection') },
    ),
    ownerPartner: fc.option(fc.constantFrom(...CASE_PARTNERS, 'ext'), { nil: null }),
    ownerUser: fc.option(fc.constantFrom(...USERS.map(([u]) => u)), { nil: null }),
  })
  .map(
    (i): MeetingItemFacts => ({
      id: 'mi1',
      kind: i.kind,
      meetingId: i.meetingId,
      subjects: new Set(i.subjects),
      domain: i.domain,
      ownerPartner: i.kind === 'plan_action' ? i.ownerPartner : null,
      ownerUser: i.kind === 'plan_action' ? i.ownerUser : null,
      ...(i.restriction === undefined ? {} : { restriction: i.restriction }),
    }),
  );

export const arbResource: fc.Arbitrary<Resource> = fc.oneof(
  { weight: 3, arbitrary: arbMeetingItem.map((item): Resource => ({ kind: 'meeting_item', item })) },
  { weight: 8, arbitrary: fc.constantFrom('k0', 'k1', 'k2', 'k3', 'k-none').map((id): Resource => ({ kind: 'contribution', id })) },
  { weight: 1, arbitrary: fc.constant<Resource>({ kind: 'admin_set' }) },
  { weight: 1, arbitrary: fc.constantFrom('s1', 's2', 's3').map((subjectId): Resource => ({ kind: 'subject_bsn', subjectId })) },
);

export interface AccessCase {
  readonly actor: Actor;
  readonly facts: CaseFacts;
  readonly resource: Resource;
  readonly purpose: Purpose;
  readonly action: Action;
  readonly now: number;
}

const PHASE_PURPOSE: Record<string, Purpose> = {
  screening: 'screening',
  triage: 'triage',
  rto: 'rto',
  monitoring: 'monitoring',
  deescalation1: 'monitoring',
};

/** Mostly users with some relation to the case, sometimes anyone. */
const arbActorFor = (facts: CaseFacts): fc.Arbitrary<Actor> => {
  const related = new Set<string>([...facts.processDirectors, ...facts.support, ...facts.rtoParticipants]);
  for (const users of facts.involved.values()) for (const u of users) related.add(u);
  if (facts.caseDirector !== null) related.add(facts.caseDirector);
  if (facts.thirdParties.size > 0) related.add('u-ext');
  const relatedUsers = USERS.filter(([u]) => related.has(u));
  const users = relatedUsers.length > 0 ? fc.oneof(fc.constantFrom(...relatedUsers), fc.constantFrom(...USERS)) : fc.constantFrom(...USERS);
  return fc
    .tuple(users, fc.constantFrom(COLLABORATION, COLLABORATION, COLLABORATION, COLLABORATION, 'collab-b'))
    .map(([[userId, partnerId, role], collaborationId]) => ({ userId, partnerId, role, collaborationId }));
};

/** One random access request over one random case. */
export const arbitraryAccessCase: fc.Arbitrary<AccessCase> = arbCaseFacts.chain((facts) =>
  fc.record({
    actor: arbActorFor(facts),
    facts: fc.constant(facts),
    resource: arbResource,
    purpose: fc.oneof(
      { weight: 2, arbitrary: fc.constant<Purpose>(PHASE_PURPOSE[facts.phase] ?? 'monitoring') },
      { weight: 1, arbitrary: fc.constantFrom(...PURPOSES) },
    ),
    action: fc.constantFrom<Action>('read', 'read', 'take_along'),
    now: fc.constant(NOW),
  }),
);
