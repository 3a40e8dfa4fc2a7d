/**
 * Translates the engine's inputs (actor, CaseFacts, resource, purpose, action, now) into a
 * Cedar request over the schema in policy/cedar/casustafel.cedarschema. Test code only: the
 * product does not depend on Cedar.
 *
 * Choices that a reader of the Cedar model needs to know:
 * - Times stay epoch milliseconds (Cedar Long) and are compared in the policies, except one
 *   precomputation: whether a rights request is open at `now` ("some request of this handler
 *   with registeredAt <= now < closedAt") needs an existential over a list, which Cedar cannot
 *   express, so the case carries `openRequestHandlers` computed for `now`.
 * - Third-party admissions are tags of the Case keyed by user id (Cedar looks up by key, it
 *   cannot search a set of records); hence the User's `userId` attribute.
 * - An organisation id the facts do not know becomes a Partner that is nothing: not a member,
 *   not authorised for special categories or the BSN, and treated as a public authority so
 *   that legitimate interest is never a valid basis for it.
 * - Entity slicing: by default only the requested contribution (and its consent) is sent,
 *   since no policy reaches another one; `slice: false` sends every contribution of the case.
 * - A contribution or subject id that does not belong to the case is not sent at all: in
 *   Cedar it is then not `in` the case.
 */
import type { Context, EntityJson, EntityUidJson, CedarValueJson } from '@cedar-policy/cedar-wasm/nodejs';
import type { Action, Actor, Purpose } from '../../src/domain/model.js';
import type { CaseFacts, ConsentFacts, ContributionFacts, MeetingItemFacts, PartnerFacts, Resource } from '../../src/domain/access/facts.js';

const NS = 'Casustafel::';

export type CedarAction = Action | 'change' | 'register_case' | 'police_provision_log' | 'acts_for_itself';

export interface CedarRequest {
  readonly principal: EntityUidJson;
  readonly action: EntityUidJson;
  readonly resource: EntityUidJson;
  readonly context: Context;
  readonly entities: EntityJson[];
}

export interface TranslateOptions {
  /** Send only the entities the request can reach (default true). */
  readonly slice?: boolean;
}

function uid(type: string, id: string): { type: string; id: string } {
  return { type: NS + type, id };
}

function ref(type: string, id: string): CedarValueJson {
  return { __entity: uid(type, id) };
}

function refs(type: string, ids: Iterable<string>): CedarValueJson[] {
  const out: CedarValueJson[] = [];
  for (const id of ids) out.push(ref(type, id));
  return out;
}

function partnerEntity(id: string, p: PartnerFacts | undefined): EntityJson {
  const attrs: Record<string, CedarValueJson> =
    p === undefined
      ? { member: false, publicAuthority: true, maySeeSpecial: false, mayUseBsn: false, professionalSecrecy: false, domain: '' }
      : { member: p.member, publicAuthority: p.publicAuthority, maySeeSpecial: p.maySeeSpecial, mayUseBsn: p.mayUseBsn, professionalSecrecy: p.professionalSecrecy, domain: p.domain ?? '' };
  if (p !== undefined && p.memberFrom !== null) attrs.memberFrom = p.memberFrom;
  if (p !== undefined && p.memberUntil !== null) attrs.memberUntil = p.memberUntil;
  return { uid: uid('Partner', id), attrs, parents: [] };
}

function partnerEntities(facts: CaseFacts, extra: readonly string[]): EntityJson[] {
  const out: EntityJson[] = [];
  for (const [id, p] of facts.partners) out.push(partnerEntity(id, p));
  const seen = new Set<string>();
  for (const id of extra) {
    if (!facts.partners.has(id) && !seen.has(id)) {
      seen.add(id);
      out.push(partnerEntity(id, undefined));
    }
  }
  return out;
}

function userEntity(actor: Actor, facts?: CaseFacts, now?: number): EntityJson {
  const attrs: Record<string, CedarValueJson> = {
    userId: actor.userId,
    role: actor.role,
    partner: ref('Partner', actor.partnerId),
    collaboration: actor.collaborationId,
    openRequestSubjects: [],
  };
  if (facts !== undefined && now !== undefined) {
    const since = facts.relationSince.get(actor.userId);
    if (since !== undefined) attrs.relationSince = since;
    const subjects = new Set<string>();
    for (const r of facts.rightsRequests) {
      if (r.handler === actor.userId && r.registeredAt <= now && (r.closedAt === null || now < r.closedAt)) subjects.add(r.subjectId);
    }
    attrs.openRequestSubjects = refs('Subject', subjects);
  }
  return { uid: uid('User', actor.userId), attrs, parents: [] };
}

function caseEntity(facts: CaseFacts, now: number): EntityJson {
  const designations: CedarValueJson[] = [];
  for (const [partner, users] of facts.involved) {
    for (const user of users) designations.push({ partner: ref('Partner', partner), user: ref('User', user) });
  }
  // P11 asks every covenant partner in the case; non-members (a third party's own organisation) are not asked.
  const casePartners = new Set<string>([facts.registrant, ...[...facts.involved.keys()].filter((p) => facts.partners.get(p)?.member !== false)]);
  const openRequestHandlers = new Set<string>();
  for (const r of facts.rightsRequests) {
    if (r.registeredAt <= now && (r.closedAt === null || now < r.closedAt)) openRequestHandlers.add(r.handler);
  }
  const tags: Record<string, CedarValueJson> = {};
  for (const [userId, t] of facts.thirdParties) {
    const admission: Record<string, CedarValueJson> = {
      partner: ref('Partner', t.partnerId),
      hasBasis: t.hasBasis,
      consentsFrom: refs('Partner', t.consentsFrom),
      releasedTo: t.releasedTo,
    };
    if (t.declarationSignedAt !== null) admission.declarationSignedAt = t.declarationSignedAt;
    tags[userId] = admission;
  }
  const attrs: Record<string, CedarValueJson> = {
    collaboration: facts.collaborationId,
    phase: facts.phase,
    registrant: ref('Partner', facts.registrant),
    processDirectors: refs('User', facts.processDirectors),
    support: refs('User', facts.support),
    allDirectorsSeeAll: facts.allDirectorsSeeAll,
    designations,
    casePartners: refs('Partner', casePartners),
    triageAsked: refs('Partner', facts.triageAsked),
    rtoParticipants: refs('User', facts.rtoParticipants),
    openRequestHandlers: refs('User', openRequestHandlers),
    conflictWeighed: refs('Partner', facts.conflictWeighed),
    householdConsentNeeded: facts.domainCrossing !== undefined && facts.domainCrossing !== null,
  };
  const household = facts.domainCrossing?.consent ?? null;
  if (household !== null) {
    const k: Record<string, CedarValueJson> = { givenAt: household.givenAt, refused: household.refused };
    if (household.revokedAt !== null) k.revokedAt = household.revokedAt;
    attrs.householdConsent = k;
  }
  if (facts.monitoringKept !== null) attrs.monitoringKept = refs('Contribution', facts.monitoringKept);
  if (facts.caseDirector !== null) attrs.caseDirector = ref('User', facts.caseDirector);
  if (facts.currentRtoId !== undefined && facts.currentRtoId !== null) attrs.currentRto = facts.currentRtoId;
  return { uid: uid('Case', facts.id), attrs, parents: [], tags };
}

function consentEntity(k: ConsentFacts): EntityJson {
  const attrs: Record<string, CedarValueJson> = {
    partners: refs('Partner', k.partners),
    givenAt: k.givenAt,
    refused: k.refused,
  };
  if (k.revokedAt !== null) attrs.revokedAt = k.revokedAt;
  return { uid: uid('Consent', k.id), attrs, parents: [] };
}

/** The contribution entity; adds the consent record it rests on (once) to `consents`. */
function contributionEntity(facts: CaseFacts, c: ContributionFacts, consents: Map<string, EntityJson>): EntityJson {
  const attrs: Record<string, CedarValueJson> = {
    by: ref('Partner', c.by),
    category: c.category,
    special: c.special,
    subjects: refs('Subject', c.subjects),
    motivated: (c.basis.kind === 'legitimate_interest' || c.basis.kind === 'conflict_of_duties') && (c.basis.motivation ?? '').trim() !== '',
    police: c.police,
    purposes: [...c.purposes],
    basisKind: c.basis.kind,
    sharedWith: refs('Partner', c.sharedWith),
    releasedToAll: c.releasedForRto === 'all',
    releasedTo: typeof c.releasedForRto === 'string' ? [] : refs('Partner', c.releasedForRto),
    excluded: refs('Partner', c.excluded),
    grantees: refs('User', new Set(c.grants.map((g) => g.to))),
    withdrawn: c.withdrawn,
    // P15 (AVG art. 18, 21): "" when not restricted, else "restriction" or "objection".
    restriction: c.restriction ?? '',
  };
  if (c.basis.kind === 'consent') {
    const k = facts.consents.get(c.basis.consentId);
    if (k !== undefined) {
      attrs.consent = ref('Consent', k.id);
      if (!consents.has(k.id)) consents.set(k.id, consentEntity(k));
    }
  }
  return { uid: uid('Contribution', c.id), attrs, parents: [uid('Case', facts.id)] };
}

/** A meeting item entity (issue 13 items 1 and 5): the service passes it with the request. */
function meetingItemEntity(facts: CaseFacts, item: MeetingItemFacts): EntityJson {
  const attrs: Record<string, CedarValueJson> = {
    kind: item.kind,
    meeting: item.meetingId,
    subjects: refs('Subject', item.subjects),
    domain: item.domain ?? '',
    restriction: item.restriction ?? '',
  };
  if (item.ownerPartner !== null) attrs.ownerPartner = ref('Partner', item.ownerPartner);
  if (item.ownerUser !== null) attrs.ownerUser = ref('User', item.ownerUser);
  return { uid: uid('MeetingItem', item.id), attrs, parents: [uid('Case', facts.id)] };
}

/** The Cedar request for one engine request. `action` may also be Cedar's own obligation action. */
export function toCedarRequest(
  actor: Actor,
  facts: CaseFacts,
  resource: Resource,
  purpose: Purpose,
  action: CedarAction,
  now: number,
  options: TranslateOptions = {},
): CedarRequest {
  const principal = uid('User', actor.userId);
  if (action === 'register_case') {
    return {
      principal,
      action: uid('Action', action),
      resource: uid('Collaboration', actor.collaborationId),
      context: { now },
      entities: [userEntity(actor), ...partnerEntities(facts, [actor.partnerId])],
    };
  }
  const entities: EntityJson[] = [userEntity(actor, facts, now), caseEntity(facts, now)];
  const extraPartners = [actor.partnerId, facts.registrant];
  let target: { type: string; id: string };
  switch (resource.kind) {
    case 'contribution': {
      target = uid('Contribution', resource.id);
      const slice = options.slice ?? true;
      const consents = new Map<string, EntityJson>();
      const requested = facts.contributions.get(resource.id);
      const sent = slice ? (requested === undefined ? [] : [requested]) : facts.contributions.values();
      for (const c of sent) {
        extraPartners.push(c.by);
        entities.push(contributionEntity(facts, c, consents));
      }
      entities.push(...consents.values());
      break;
    }
    case 'meeting_item':
      target = uid('MeetingItem', resource.item.id);
      entities.push(meetingItemEntity(facts, resource.item));
      if (resource.item.ownerPartner !== null) extraPartners.push(resource.item.ownerPartner);
      break;
    case 'admin_set':
      target = uid('AdminSet', facts.id);
      entities.push({ uid: target, attrs: {}, parents: [uid('Case', facts.id)] });
      break;
    case 'subject_bsn':
      target = uid('Subject', resource.subjectId);
      if (facts.subjects.has(resource.subjectId)) entities.push({ uid: target, attrs: {}, parents: [uid('Case', facts.id)] });
      break;
  }
  entities.push(...partnerEntities(facts, extraPartners));
  return {
    principal,
    action: uid('Action', action),
    resource: target,
    context: { case: ref('Case', facts.id), purpose, now },
    entities,
  };
}
