/**
 * The access decision (DOMAIN.md §4, §4a, §5): may this actor do this action on this resource
 * of this case, for this purpose, now? Pure and allocation-free on the hot path: every
 * outcome is a shared frozen object.
 *
 * Decision flow for a contribution:
 *  1. the case's collaboration, the actor's role and the retention stage (P12, P13);
 *  2. the privacy officer only within a registered request (P15), police data never copied (P9);
 *  3. the actor's organisation must be an active partner (P1), or have left while the actor was
 *     already in this case, which it then finishes (seed 000 art. 13.2);
 *  4. the actor's relation to the contribution in this phase (P2): contributor, process staff,
 *     registrant, triage addressee, RTO participant, case director, third party (P11);
 *  5. purpose binding (P3), contributor control (P4), special categories by kind (P8),
 *     professional secrecy (P7), consent (P6), legal basis (P5), take-along grants (P4), and in
 *     monitoring what the current RTO kept for it (P3);
 *  6. a contribution whose processing a rights request restricted (AVG art. 18) or an upheld
 *     objection stopped (art. 21) is refused whatever allowed it, except the privacy officer's
 *     read within a request of its subject (P15; domain/rights/restriction.ts).
 * Any relation that allows wins; otherwise the refusal of the first relation that applied.
 */
import type { Action, Actor, Purpose, UserId } from '../model.js';
import type { CaseFacts, ContributionFacts, MeetingItemFacts, PartnerFacts, Resource, ThirdPartyFacts } from './facts.js';
import { isMeetingPhase, purposeFitsPhase } from './phase-purposes.js';
import { ALLOW, ALLOW_POLICE_LOG, deny } from './reasons.js';
import type { Decision, Denial } from './reasons.js';
import { isSpecialData, isSpecialKind } from './special-kinds.js';
import { restrictionDenial } from '../rights/restriction.js';

export function decide(actor: Actor, facts: CaseFacts, resource: Resource, purpose: Purpose, action: Action, now: number): Decision {
  return decideActing(actor, facts, resource, purpose, action, now).decision;
}

/** A decision, and the absent person the actor acted for when only the substitution allowed it (ADR 0116). */
export interface ActingDecision {
  readonly decision: Decision;
  readonly asSubstituteFor: UserId | null;
}

const NO_ABSENTS: readonly UserId[] = Object.freeze([]);

/**
 * ADR 0116 (seed 002 art. 6.3; seed 003 §3, seed 004 §4): the absent people the actor
 * substitutes for at `now`: an absence naming the actor as substitute, running at `now` (from
 * its first day up to the end of its last), of an absent person of the actor's own partner and
 * role, never the actor itself. A record naming another partner or role lends nothing.
 */
export function substitutionsAt(actor: Actor, facts: CaseFacts, now: number): readonly UserId[] {
  const absences = facts.absences;
  if (absences === undefined || absences.length === 0) return NO_ABSENTS;
  let out: UserId[] | null = null;
  for (const a of absences) {
    if (a.substitute !== actor.userId || a.absent === actor.userId) continue;
    if (a.absentPartner !== actor.partnerId || a.absentRole !== actor.role) continue;
    if (now < a.from || now >= a.until) continue;
    (out ??= []).push(a.absent);
  }
  return out ?? NO_ABSENTS;
}

/** The actor acting as the absent person: the same collaboration, partner and role. */
function asAbsent(actor: Actor, absent: UserId): Actor {
  return { ...actor, userId: absent };
}

/**
 * The access decision with substitution (ADR 0116): the actor's own relation first; when that
 * refuses and the actor substitutes for an absent person now, the decision as that person, so
 * the substitute gets exactly the absent person's access for the period (every refusal the
 * absent person would get included) and it ends by itself when the period ends. When both
 * refuse, the actor's own refusal is returned.
 */
export function decideActing(actor: Actor, facts: CaseFacts, resource: Resource, purpose: Purpose, action: Action, now: number): ActingDecision {
  const own = decideOwn(actor, facts, resource, purpose, action, now);
  if (own.allow) return { decision: own, asSubstituteFor: null };
  for (const absent of substitutionsAt(actor, facts, now)) {
    const d = decideOwn(asAbsent(actor, absent), facts, resource, purpose, action, now);
    if (d.allow) return { decision: d, asSubstituteFor: absent };
  }
  return { decision: own, asSubstituteFor: null };
}

function decideOwn(actor: Actor, facts: CaseFacts, resource: Resource, purpose: Purpose, action: Action, now: number): Decision {
  if (actor.collaborationId !== facts.collaborationId) return deny('other_collaboration');
  switch (resource.kind) {
    case 'contribution': {
      const d = decideContribution(actor, facts, resource.id, purpose, action, now);
      return d.allow ? (restrictionVeto(facts, resource.id, purpose, action) ?? d) : d;
    }
    case 'meeting_item':
      return decideMeetingItem(actor, facts, resource.item, purpose, action, now);
    case 'admin_set':
      return decideAdminSet(actor, facts, purpose, now);
    case 'subject_bsn':
      return decideBsn(actor, facts, resource.subjectId, purpose, now);
  }
}

/**
 * P15 (AVG art. 18.2, 21.3): a restricted contribution is only stored. Applied after a relation
 * allowed, so that the refusal tells nothing about the item to someone who may not see it anyway.
 */
function restrictionVeto(facts: CaseFacts, id: string, purpose: Purpose, action: Action): Denial | null {
  const c = facts.contributions.get(id);
  const reason = c === undefined ? null : restrictionDenial(c, purpose, action);
  return reason === null ? null : deny(reason);
}

/** P1: whether the actor's organisation is an active covenant partner at `now`. */
export function isActivePartner(partner: PartnerFacts | undefined, now: number): boolean {
  if (partner === undefined || !partner.member) return false;
  if (partner.memberFrom !== null && now < partner.memberFrom) return false;
  return partner.memberUntil === null || now < partner.memberUntil;
}

/** Phases of a running case: a leaving partner's professionals finish it (seed 000 art. 13.2). */
function isRunning(phase: CaseFacts['phase']): boolean {
  return phase === 'screening' || phase === 'triage' || phase === 'rto' || phase === 'monitoring';
}

/**
 * P1 with seed 000 art. 13.2 ("lopende trajecten dienen wel eerst te worden afgerond"): after its
 * membership ended, a partner's professional keeps its relation to a case it was in before the
 * end, until the case closes (de-escalation). It joins no case after the end.
 */
export function finishesRunningCase(actor: Actor, facts: CaseFacts, partner: PartnerFacts | undefined, now: number): boolean {
  if (partner === undefined || partner.memberUntil === null || !mayFinishCases(partner, actor.role, now) || !isRunning(facts.phase)) return false;
  const since = facts.relationSince.get(actor.userId);
  return since !== undefined && since < partner.memberUntil && (partner.memberFrom === null || since >= partner.memberFrom);
}

/**
 * Whether a user of a partner whose membership ended may still act at all: a professional, to
 * finish the cases it was in (each case then decides with `finishesRunningCase`).
 */
export function mayFinishCases(partner: PartnerFacts, role: Actor['role'], now: number): boolean {
  return partner.member && partner.memberUntil !== null && now >= partner.memberUntil && role === 'professional';
}

/**
 * On whose behalf an access is made, for the audit (seed 003 art. 9.3): a partner reading its
 * own contribution acts for itself; anyone else for the lead partner at that moment — the
 * registrant, or the case director's partner after the hand-over. With `now`, a substitute of
 * a designated professional of the contributing partner also reads for that partner (ADR 0116).
 */
export function onBehalfOf(actor: Actor, facts: CaseFacts, resource: Resource, now?: number): string {
  if (resource.kind === 'contribution') {
    const c = facts.contributions.get(resource.id);
    if (c !== undefined && c.by === actor.partnerId && (isDesignated(actor, facts) || standsInForDesignated(actor, facts, now))) return actor.partnerId;
  }
  return facts.leadPartner;
}

function standsInForDesignated(actor: Actor, facts: CaseFacts, now: number | undefined): boolean {
  if (now === undefined) return false;
  for (const absent of substitutionsAt(actor, facts, now)) if (isDesignated(asAbsent(actor, absent), facts)) return true;
  return false;
}

/**
 * Issue 13 item 12 (seed 003 Bijlage 3 stap 2: "in de regel neemt de manager ... de beslissing
 * of een dossier weer actief gemaakt wordt"): the manager decides on re-opening an archived
 * dossier, so it reads that dossier's administrative set and retention status, never its
 * content.
 */
function managerDecidesOnArchive(actor: Actor, facts: CaseFacts): boolean {
  return actor.role === 'manager' && facts.phase === 'archived';
}

/**
 * 004-R09 (seed 004 Bijlage 2): the statistician acts in no case. It sees counts and, for one
 * assigned neighbourhood, process information per case, never a case itself: no case number, no
 * registrant or lead partner.
 */
export function roleActsInNoCase(role: Actor['role']): boolean {
  return role === 'statistician';
}

/** Roles that never read case content (§4 role table). */
function roleBarsContent(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'statistician' || actor.role === 'manager';
}

function retentionDenial(facts: CaseFacts): Denial | null {
  switch (facts.phase) {
    case 'deleted':
      return deny('deleted');
    case 'rejected':
    case 'referred':
      return deny('not_accepted_deleted');
    default:
      return null;
  }
}

/**
 * Whether the actor handles a request open at `now`; with `about`, one whose subject is among
 * them (an empty set: the item is about the case as a whole, so every subject's request).
 */
function hasOpenRequest(actor: Actor, facts: CaseFacts, now: number, about?: ReadonlySet<string>): boolean {
  for (const r of facts.rightsRequests) {
    if (r.handler !== actor.userId || r.registeredAt > now || (r.closedAt !== null && now >= r.closedAt)) continue;
    if (about === undefined || about.size === 0 || about.has(r.subjectId)) return true;
  }
  return false;
}

function isStaff(actor: Actor, facts: CaseFacts): boolean {
  return (
    facts.processDirectors.has(actor.userId) ||
    facts.support.has(actor.userId) ||
    (facts.allDirectorsSeeAll && actor.role === 'process_director')
  );
}

/**
 * Staff acting in the case: a process director or support assigned to it (or every process
 * director when the collaboration says so), or the substitute of one during the absence (ADR 0116).
 */
export function actsAsStaff(actor: Actor, facts: CaseFacts, now: number): boolean {
  return isStaff(actor, facts) || staffSubstituteFor(actor, facts, now) !== null;
}

/**
 * ADR 0116: the absent person whose place in the case's staff the actor takes now, so that the
 * audit of a change names them; null when the actor stands in the staff itself (or not at all).
 */
export function staffSubstituteFor(actor: Actor, facts: CaseFacts, now: number): UserId | null {
  if (isStaff(actor, facts)) return null;
  for (const absent of substitutionsAt(actor, facts, now)) if (isStaff(asAbsent(actor, absent), facts)) return absent;
  return null;
}

const filled = (s: string | undefined): boolean => s !== undefined && s.trim().length > 0;

function isDesignated(actor: Actor, facts: CaseFacts): boolean {
  return facts.involved.get(actor.partnerId)?.has(actor.userId) === true;
}

function policeObligation(actor: Actor, c: ContributionFacts): Decision {
  return c.police && actor.partnerId !== c.by ? ALLOW_POLICE_LOG : ALLOW;
}

function decideContribution(
  actor: Actor,
  facts: CaseFacts,
  id: string,
  purpose: Purpose,
  action: Action,
  now: number,
): Decision {
  if (roleBarsContent(actor)) return deny('role_no_case_content');
  const stage = retentionDenial(facts);
  if (stage !== null) return stage;
  const c = facts.contributions.get(id);
  if (c === undefined) return deny('not_in_case');
  if (c.withdrawn) return deny('withdrawn');

  const partner = facts.partners.get(actor.partnerId);
  const thirdParty = facts.thirdParties.get(actor.userId);
  const admission = admissionDenial(actor, facts, thirdParty, partner, now);
  if (admission !== null) return admission;
  if (actor.role === 'privacy_officer') return decidePrivacyOfficer(actor, facts, c, purpose, action, now);
  if (facts.phase === 'archived') return deny('archived_admin_set_only');

  // P2: the actor's relation to this contribution in this phase. The first refusal is kept.
  let refusal: Denial | null = null;
  const phase = facts.phase;
  const meeting = isMeetingPhase(phase);
  const designated = isDesignated(actor, facts);

  // Its contributor: the designated professionals of the contributing organisation.
  if (designated && actor.partnerId === c.by) {
    const d = common(actor, facts, c, partner, purpose, now, true);
    if (d === null) return ALLOW; // own data: take-along needs no grant, no provision is made
    refusal = d;
  }
  // Process director / support acting in the case.
  if (isStaff(actor, facts)) {
    const d = common(actor, facts, c, partner, purpose, now, false) ?? takeAlong(actor, c, action);
    if (d === null) return policeObligation(actor, c);
    refusal ??= d;
  }
  // The registrant: own registration in screening, all triage answers in triage.
  if (designated && actor.partnerId === facts.registrant && (phase === 'triage' || (phase === 'screening' && c.by === facts.registrant))) {
    const d = common(actor, facts, c, partner, purpose, now, false) ?? takeAlong(actor, c, action);
    if (d === null) return policeObligation(actor, c);
    refusal ??= d;
  }
  // A triage question addressed to the actor's organisation.
  if (designated && phase === 'triage' && c.sharedWith.has(actor.partnerId)) {
    const d = common(actor, facts, c, partner, purpose, now, false) ?? takeAlong(actor, c, action);
    if (d === null) return policeObligation(actor, c);
    refusal ??= d;
  }
  // An invited RTO participant, for what was released to its organisation.
  if (meeting && facts.rtoParticipants.has(actor.userId)) {
    const d =
      common(actor, facts, c, partner, purpose, now, false) ??
      released(c, actor.partnerId) ??
      keptForMonitoring(facts, c) ??
      takeAlong(actor, c, action);
    if (d === null) return policeObligation(actor, c);
    refusal ??= d;
  }
  // The case director: what was released to its organisation or granted to it.
  if (meeting && facts.caseDirector === actor.userId) {
    const granted = hasGrant(c, actor.userId);
    const d =
      common(actor, facts, c, partner, purpose, now, false) ??
      (granted ? null : released(c, actor.partnerId)) ??
      keptForMonitoring(facts, c) ??
      takeAlong(actor, c, action);
    if (d === null) return policeObligation(actor, c);
    refusal ??= d;
  }
  // A third party for one case (its P11 conditions were checked above).
  if (thirdParty !== undefined && (phase === 'rto' || phase === 'monitoring')) {
    const d =
      common(actor, facts, c, partner, purpose, now, false) ??
      released(c, thirdParty.partnerId) ??
      keptForMonitoring(facts, c) ??
      takeAlong(actor, c, action);
    if (d === null) return policeObligation(actor, c);
    refusal ??= d;
  }
  return refusal ?? deny('not_involved');
}

/** Purpose binding (P3), special categories by kind (P8), professional secrecy (P7), consent (P6), legal basis (P5). */
function common(
  actor: Actor,
  facts: CaseFacts,
  c: ContributionFacts,
  partner: PartnerFacts | undefined,
  purpose: Purpose,
  now: number,
  own: boolean,
): Denial | null {
  if (!purposeFitsPhase(purpose, facts.phase)) return deny('purpose_not_of_phase');
  if (purpose === 'rights_request' || purpose === 'statistics' || !c.purposes.has(purpose)) return deny('purpose_not_given');
  if (!own && isSpecialData(c) && partner?.maySeeSpecial !== true) return deny('special_category');
  if (!own) {
    const wpg20 = wpg20Denial(facts, c);
    if (wpg20 !== null) return wpg20;
  }
  if (!own && secrecyUnweighed(facts, c)) return deny('secrecy_without_conflict_weighing');
  if (!own && domainCrossingUnconsented(facts, c, partner, now)) return deny('domain_crossing_without_consent');
  return basisDenial(actor, facts, c, now, own);
}

/**
 * P9 (ADR 0190; seed 002 art. 20 Wpg decision §9, Bijlage A art. 10.4): every read of police data
 * by another organisation is a provision under the art. 20 Wpg decision, so none happens while
 * the police chief has suspended or withdrawn it.
 */
function wpg20Denial(facts: CaseFacts, c: ContributionFacts): Denial | null {
  if (!c.police && c.basis.kind !== 'wpg20') return null;
  switch (facts.partners.get(c.by)?.wpg20Decision) {
    case 'suspended':
      return deny('wpg20_decision_suspended');
    case 'withdrawn':
      return deny('wpg20_decision_withdrawn');
    default:
      return null;
  }
}

/** Steps 4-7 of seed 004 Bijlage 3: the RTO up to de-escalation step 1. */
function fromStepFour(phase: CaseFacts['phase']): boolean {
  return phase === 'rto' || phase === 'monitoring' || phase === 'deescalation1';
}

/**
 * 004-W16 (seed 004 Bijlage 3 stap 4-6): "voor domeinoverschrijdende gegevensverwerking moet
 * altijd toestemming zijn gegeven". From the RTO on, a reader of another care domain than the
 * contributor reads only while the household's consent is in force: a revocation stops these
 * reads at once, as it stops the contributions.
 */
function domainCrossingUnconsented(facts: CaseFacts, c: ContributionFacts, reader: PartnerFacts | undefined, now: number): boolean {
  const rule = facts.domainCrossing;
  if (rule === undefined || rule === null || !fromStepFour(facts.phase)) return false;
  if ((reader?.domain ?? '') === (facts.partners.get(c.by)?.domain ?? '')) return false;
  const k = rule.consent;
  return k === null || k.refused || k.givenAt > now || (k.revokedAt !== null && k.revokedAt <= now);
}

/**
 * P7 (seed 004 Bijlage 1 art. 2 "Beroepsgeheim"; seed 002 art. 3e): a partner bound to
 * professional secrecy shares without consent or a legal duty only in a conflict of duties it
 * recorded: the motivated conflict-of-duties basis itself, or a weighing of this case that
 * records the conflict of duties.
 */
function secrecyUnweighed(facts: CaseFacts, c: ContributionFacts): boolean {
  if (c.basis.kind === 'consent' || c.basis.kind === 'legal_obligation') return false;
  // The conflict-of-duties basis carries its weighing in its motivation.
  if (c.basis.kind === 'conflict_of_duties' && filled(c.basis.motivation)) return false;
  return facts.partners.get(c.by)?.professionalSecrecy === true && !facts.conflictWeighed.has(c.by);
}

/**
 * Seed 003 Fase 3: in monitoring (and de-escalation step 1) only what the current RTO kept
 * available for monitoring stays readable for its participants, case director and third parties.
 */
function keptForMonitoring(facts: CaseFacts, c: ContributionFacts): Denial | null {
  if (facts.phase !== 'monitoring' && facts.phase !== 'deescalation1') return null;
  const kept = facts.monitoringKept;
  return kept === null || kept.has(c.id) ? null : deny('not_kept_for_monitoring');
}

/** P5 and P6: the contribution's legal basis must hold now, and a consent must cover the reader. */
function basisDenial(actor: Actor, facts: CaseFacts, c: ContributionFacts, now: number, own: boolean): Denial | null {
  const basis = c.basis;
  if (basis.kind === 'legitimate_interest') {
    // Never for a public authority; shared only after a recorded balancing of interests (seed
    // 004 Bijlage 1 art. 2 sub 4: "moet altijd een belangenafweging gemaakt worden").
    if (facts.partners.get(c.by)?.publicAuthority !== false) return deny('invalid_basis');
    return own || filled(basis.motivation) ? null : deny('legitimate_interest_unbalanced');
  }
  if (basis.kind !== 'consent') return null;
  const consent = facts.consents.get(basis.consentId);
  if (consent === undefined || consent.refused || consent.givenAt > now || !consent.partners.has(c.by)) {
    return deny('consent_missing');
  }
  if (consent.revokedAt !== null && consent.revokedAt <= now) return deny('consent_revoked');
  if (!own && !consent.partners.has(actor.partnerId)) return deny('consent_not_covering');
  return null;
}

/** P4: released for the RTO to this organisation, and not excluded by the contributor. */
function released(c: ContributionFacts, partnerId: string): Denial | null {
  if (c.excluded.has(partnerId)) return deny('excluded');
  const r = c.releasedForRto;
  if (r === 'all') return null;
  if (r === 'none' || !r.has(partnerId)) return deny('not_released');
  return null;
}

function hasGrant(c: ContributionFacts, userId: string): boolean {
  for (const g of c.grants) if (g.to === userId) return true;
  return false;
}

/** P4: taking along (export, print, own records) needs the contributor's grant to this user. */
function takeAlong(actor: Actor, c: ContributionFacts, action: Action): Denial | null {
  if (action === 'read' || hasGrant(c, actor.userId)) return null;
  return deny('no_take_along_grant');
}

/**
 * Who may act at all: a covenant partner's user only while its organisation is an active
 * partner (P1, for every role); a third party only while every P11 condition holds, whatever
 * other relation (e.g. an RTO invitation) it also has.
 */
function admissionDenial(
  actor: Actor,
  facts: CaseFacts,
  thirdParty: ThirdPartyFacts | undefined,
  partner: PartnerFacts | undefined,
  now: number,
): Denial | null {
  if (thirdParty === undefined) {
    return isActivePartner(partner, now) || finishesRunningCase(actor, facts, partner, now) ? null : deny('partner_not_active');
  }
  const conditions =
    thirdParty.hasBasis &&
    thirdParty.declarationSignedAt !== null &&
    thirdParty.declarationSignedAt <= now &&
    thirdParty.releasedTo &&
    allCasePartnersConsented(facts, thirdParty.consentsFrom);
  return conditions ? null : deny('third_party_conditions');
}

/**
 * P11: every covenant partner in the case (the registrant and every partner with designated
 * professionals) consented to the third party. Non-members — the third party's own
 * organisation among them — are not asked.
 */
function allCasePartnersConsented(facts: CaseFacts, consentsFrom: ReadonlySet<string>): boolean {
  if (!consentsFrom.has(facts.registrant)) return false;
  for (const partnerId of facts.involved.keys()) {
    if (!consentsFrom.has(partnerId) && facts.partners.get(partnerId)?.member !== false) return false;
  }
  return true;
}

/**
 * §4: the privacy officer reads case content only within a registered request it handles, and
 * only what is about that request's subject (a household case has several).
 */
function decidePrivacyOfficer(
  actor: Actor,
  facts: CaseFacts,
  c: ContributionFacts,
  purpose: Purpose,
  action: Action,
  now: number,
): Decision {
  if (purpose !== 'rights_request' || !hasOpenRequest(actor, facts, now)) return deny('no_registered_request');
  if (!hasOpenRequest(actor, facts, now, c.subjects)) return deny('request_of_other_subject');
  if (isSpecialData(c) && facts.partners.get(actor.partnerId)?.maySeeSpecial !== true) return deny('special_category');
  if (action === 'take_along' && c.police) return deny('police_data_not_copied');
  return policeObligation(actor, c);
}

/**
 * Issue 13 item 1 (household cases): whose identity the actor sees on the case page. The
 * privacy officer sees only the subjects of the open requests it handles (a parent's request
 * does not show the child); everyone else every subject of a case it may see.
 */
export function seesSubject(actor: Actor, facts: CaseFacts, subjectId: string, now: number): boolean {
  return actor.role !== 'privacy_officer' || hasOpenRequest(actor, facts, now, new Set([subjectId]));
}

/**
 * Whether the actor has any lawful relation to the case as a whole in its phase: the basis for
 * seeing the subjects' identity and the administrative set.
 */
export function caseRelation(actor: Actor, facts: CaseFacts, purpose: Purpose, now: number): Denial | null {
  return caseRelationActing(actor, facts, purpose, now).denial;
}

/**
 * `caseRelation` with substitution (ADR 0116): the actor's own relation, or else the relation of
 * an absent person it substitutes for now (named in `asSubstituteFor`).
 */
export function caseRelationActing(actor: Actor, facts: CaseFacts, purpose: Purpose, now: number): { readonly denial: Denial | null; readonly asSubstituteFor: UserId | null } {
  const own = caseRelationOwn(actor, facts, purpose, now);
  if (own === null) return { denial: null, asSubstituteFor: null };
  for (const absent of substitutionsAt(actor, facts, now)) {
    if (caseRelationOwn(asAbsent(actor, absent), facts, purpose, now) === null) return { denial: null, asSubstituteFor: absent };
  }
  return { denial: own, asSubstituteFor: null };
}

function caseRelationOwn(actor: Actor, facts: CaseFacts, purpose: Purpose, now: number): Denial | null {
  if (actor.collaborationId !== facts.collaborationId) return deny('other_collaboration');
  if (roleBarsContent(actor) && !managerDecidesOnArchive(actor, facts)) return deny('role_no_case_content');
  const stage = retentionDenial(facts);
  if (stage !== null) return stage;
  const thirdParty = facts.thirdParties.get(actor.userId);
  const admission = admissionDenial(actor, facts, thirdParty, facts.partners.get(actor.partnerId), now);
  if (admission !== null) return admission;
  if (actor.role === 'privacy_officer') {
    return purpose === 'rights_request' && hasOpenRequest(actor, facts, now) ? null : deny('no_registered_request');
  }
  if (facts.phase === 'archived') return isStaff(actor, facts) || managerDecidesOnArchive(actor, facts) ? null : deny('archived_admin_set_only');
  if (!purposeFitsPhase(purpose, facts.phase)) return deny('purpose_not_of_phase');
  if (isStaff(actor, facts)) return null;
  const phase = facts.phase;
  const designated = isDesignated(actor, facts);
  if (designated && actor.partnerId === facts.registrant && (phase === 'screening' || phase === 'triage')) return null;
  if (designated && phase === 'triage' && facts.triageAsked.has(actor.partnerId)) return null;
  if (isMeetingPhase(phase) && (facts.rtoParticipants.has(actor.userId) || facts.caseDirector === actor.userId)) return null;
  if (thirdParty !== undefined && (phase === 'rto' || phase === 'monitoring')) return null;
  return deny('not_involved');
}

function decideAdminSet(actor: Actor, facts: CaseFacts, purpose: Purpose, now: number): Decision {
  // In step 2 the staff see the administrative set whatever purpose of theirs; caseRelation
  // applies P1, P11, the roles and the retention stage first.
  return caseRelationOwn(actor, facts, purpose, now) ?? ALLOW;
}

/** P8: the BSN only for organisations that may use it, and only when the registrant may. */
function decideBsn(actor: Actor, facts: CaseFacts, subjectId: string, purpose: Purpose, now: number): Decision {
  const relation = facts.phase === 'archived' ? adminSetRelation(actor, facts, purpose, now) : caseRelationOwn(actor, facts, purpose, now);
  if (relation !== null) return relation;
  if (!facts.subjects.has(subjectId)) return deny('not_in_case');
  if (actor.role === 'privacy_officer' && !hasOpenRequest(actor, facts, now, new Set([subjectId]))) return deny('request_of_other_subject');
  if (facts.partners.get(actor.partnerId)?.mayUseBsn !== true || facts.partners.get(facts.registrant)?.mayUseBsn !== true) {
    return deny('bsn_not_allowed');
  }
  return ALLOW;
}

function adminSetRelation(actor: Actor, facts: CaseFacts, purpose: Purpose, now: number): Denial | null {
  const d = decideAdminSet(actor, facts, purpose, now);
  return d.allow ? null : d;
}

/** The phases in which the plan of approach runs: from the RTO up to de-escalation step 1. */
function planRuns(phase: CaseFacts['phase']): boolean {
  return phase === 'rto' || phase === 'monitoring' || phase === 'deescalation1';
}

/** The owner of a plan action: the user it names, or a designated professional of its partner when it names none. */
export function ownsPlanAction(actor: Actor, facts: CaseFacts, item: MeetingItemFacts): boolean {
  if (item.kind !== 'plan_action') return false;
  return item.ownerUser === null ? item.ownerPartner === actor.partnerId && isDesignated(actor, facts) : item.ownerUser === actor.userId;
}

/** Seed 003 Fase 3: the item belongs to the plan of the current RTO. */
function inCurrentPlan(facts: CaseFacts, item: MeetingItemFacts): boolean {
  return facts.currentRtoId !== undefined && facts.currentRtoId !== null && item.meetingId === facts.currentRtoId;
}

/**
 * Reading a note, plan goal or plan action of a meeting (issue 13 items 1 and 5; P15):
 *  1. the roles, the retention stage and the admission as for a contribution (P1, P11-P13);
 *  2. the privacy officer only within an open request of a subject the item is about (an item
 *     naming no subject is about the case as a whole), never a special kind its organisation
 *     may not see (P8);
 *  3. anyone else through a relation to the case's meetings in this phase, for a purpose of
 *     the phase (P3): staff acting in the case; from the RTO on the participants of the current
 *     RTO and the case director (seed 003 Fase 3: an earlier invitation gives nothing), an
 *     admitted third party in the RTO and monitoring, and the owner of an action of the current
 *     plan for that action;
 *  4. a restricted item (AVG art. 18, 21) is refused whatever allowed it, except the officer's
 *     read within a request (applied last, so that it tells nothing to others).
 */
export function decideMeetingItem(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, purpose: Purpose, action: Action, now: number): Decision {
  if (actor.collaborationId !== facts.collaborationId) return deny('other_collaboration');
  if (roleBarsContent(actor)) return deny('role_no_case_content');
  const stage = retentionDenial(facts);
  if (stage !== null) return stage;
  const partner = facts.partners.get(actor.partnerId);
  const thirdParty = facts.thirdParties.get(actor.userId);
  const admission = admissionDenial(actor, facts, thirdParty, partner, now);
  if (admission !== null) return admission;
  const d = actor.role === 'privacy_officer' ? officerReadsMeetingItem(actor, facts, item, purpose, partner, now) : meetingItemRelation(actor, facts, item, purpose, thirdParty);
  if (d !== null) return d;
  const reason = restrictionDenial(item, purpose, action);
  return reason === null ? ALLOW : deny(reason);
}

function officerReadsMeetingItem(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, purpose: Purpose, partner: PartnerFacts | undefined, now: number): Denial | null {
  if (purpose !== 'rights_request' || !hasOpenRequest(actor, facts, now)) return deny('no_registered_request');
  if (!hasOpenRequest(actor, facts, now, item.subjects)) return deny('request_of_other_subject');
  if (item.domain !== null && isSpecialKind(item.domain) && partner?.maySeeSpecial !== true) return deny('special_category');
  return null;
}

function meetingItemRelation(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, purpose: Purpose, thirdParty: ThirdPartyFacts | undefined): Denial | null {
  const phase = facts.phase;
  if (phase === 'archived') return deny('archived_admin_set_only');
  if (!purposeFitsPhase(purpose, phase)) return deny('purpose_not_of_phase');
  if (isStaff(actor, facts)) return null;
  if (isMeetingPhase(phase) && (facts.rtoParticipants.has(actor.userId) || facts.caseDirector === actor.userId)) return null;
  if (thirdParty !== undefined && (phase === 'rto' || phase === 'monitoring')) return null;
  if (planRuns(phase) && inCurrentPlan(facts, item) && ownsPlanAction(actor, facts, item)) return null;
  return deny('not_involved');
}

/**
 * Changing a meeting item (§3.3, P15): completing, re-opening or re-dating a plan action, or
 * editing a note or goal. A restricted item is only stored: nobody changes it, the process
 * director included (AVG art. 18.2), until the restriction is lifted. Otherwise only while the
 * plan runs: staff acting in the case change every item; the case director and the owner of an
 * action (P2) change that action, as users of an active partner or of one that left while they
 * were in this running case (P1, seed 000 art. 13.2).
 */
export function decideMeetingItemChange(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, now: number): Decision {
  const own = meetingItemChangeOwn(actor, facts, item, now);
  if (own.allow) return own;
  for (const absent of substitutionsAt(actor, facts, now)) {
    const d = meetingItemChangeOwn(asAbsent(actor, absent), facts, item, now);
    if (d.allow) return d;
  }
  return own;
}

function meetingItemChangeOwn(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, now: number): Decision {
  if (actor.collaborationId !== facts.collaborationId) return deny('other_collaboration');
  if (item.restriction !== undefined) return deny(item.restriction === 'objection' ? 'P15_objection_upheld' : 'P15_restricted_processing');
  if (!planRuns(facts.phase)) return deny('plan_not_running');
  if (isStaff(actor, facts) && (actor.role === 'process_director' || actor.role === 'support')) return ALLOW;
  if (item.kind !== 'plan_action') return deny('meeting_record_staff_only');
  if (actor.userId !== facts.caseDirector && !ownsPlanAction(actor, facts, item)) return deny('plan_action_not_case_director');
  const partner = facts.partners.get(actor.partnerId);
  return isActivePartner(partner, now) || finishesRunningCase(actor, facts, partner, now) ? ALLOW : deny('partner_not_active');
}
