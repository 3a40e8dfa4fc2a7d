/**
 * A deliberately simple reference model of the read rules (DOMAIN.md §4a, §5), written apart
 * from the engine: plain loops over lists, no early-exit structure shared with decide.ts.
 * It answers only allow/deny (+ whether a police provision must be logged).
 *
 * Reading: a read is allowed when at least one "door" from the §4a table opens for the actor
 * AND no "veto" (P1, P3, P5, P6, P8, P12, P13, withdrawal, a restriction of processing P15)
 * applies to that door.
 */
import type { Action, Actor, Purpose } from '../../src/domain/model.js';
import type { CaseFacts, ContributionFacts, MeetingItemFacts, Resource } from '../../src/domain/access/facts.js';

export interface RefAnswer {
  allow: boolean;
  policeLog: boolean;
}

const NO: RefAnswer = { allow: false, policeLog: false };

// P8 by kind (seed 000 art. 1.5; AVG art. 9-10): these kinds are special whatever is ticked.
const SPECIAL_BY_KIND = [
  'police_justice', 'addiction', 'mental_functioning', 'physical_functioning', 'criminal_data', 'health',
  'religion_belief', 'ethnic_origin', 'political_opinion', 'sexual_life', 'trade_union', 'genetic', 'biometric',
];

function special(c: ContributionFacts): boolean {
  return c.special || SPECIAL_BY_KIND.includes(c.category);
}

// Seed 000 art. 13.2: after the end of its partner's membership a professional finishes the
// running cases (not yet de-escalated) it had a relation to before that end.
function finishing(facts: CaseFacts, actor: Actor, now: number): boolean {
  const p = facts.partners.get(actor.partnerId);
  if (!p || !p.member || p.memberUntil === null || now < p.memberUntil) return false;
  if (actor.role !== 'professional') return false;
  if (!['screening', 'triage', 'rto', 'monitoring'].includes(facts.phase)) return false;
  const since = facts.relationSince.get(actor.userId);
  if (since === undefined || since >= p.memberUntil) return false;
  return p.memberFrom === null || since >= p.memberFrom;
}

function admittedPartner(facts: CaseFacts, actor: Actor, now: number): boolean {
  return partnerActive(facts, actor.partnerId, now) || finishing(facts, actor, now);
}

// The privacy officer's open requests at `now`, by subject.
function openRequestSubjects(facts: CaseFacts, actor: Actor, now: number): string[] {
  return facts.rightsRequests
    .filter((r) => r.handler === actor.userId && r.registeredAt <= now && (r.closedAt === null || r.closedAt > now))
    .map((r) => r.subjectId);
}

// Seed 003 art. 9.3: the audit names the lead partner, or the reader itself for its own data.
// A substitute (ADR 0116) reads for the contributor when it stands in for one of its designated professionals.
export function referenceOnBehalfOf(actor: Actor, facts: CaseFacts, resource: Resource, now?: number): string {
  if (resource.kind === 'contribution') {
    const c = facts.contributions.get(resource.id);
    const lent = now === undefined ? [] : standsInFor(facts, actor, now).map((absent) => ({ ...actor, userId: absent }));
    if (c && c.by === actor.partnerId && [actor, ...lent].some((a) => designated(facts, a))) return actor.partnerId;
  }
  return facts.leadPartner;
}

// §4a columns: which phases each relation reads in.
const DOORS: Record<string, string[]> = {
  contributor: ['screening', 'triage', 'rto', 'monitoring', 'deescalation1'],
  staff: ['screening', 'triage', 'rto', 'monitoring', 'deescalation1'],
  registrantOwn: ['screening'],
  registrantAll: ['triage'],
  addressee: ['triage'],
  participant: ['rto', 'monitoring', 'deescalation1'],
  caseDirector: ['rto', 'monitoring', 'deescalation1'],
  thirdParty: ['rto', 'monitoring'],
};

// Purposes a read may state per phase.
const PHASE_PURPOSES: Record<string, string[]> = {
  screening: ['screening'],
  triage: ['triage', 'referral'],
  rto: ['rto', 'plan_execution', 'monitoring', 'referral'],
  monitoring: ['rto', 'plan_execution', 'monitoring', 'referral'],
  deescalation1: ['monitoring', 'plan_execution'],
};

function includes<T>(list: Iterable<T>, x: T): boolean {
  for (const y of list) if (y === x) return true;
  return false;
}

function partnerActive(facts: CaseFacts, partnerId: string, now: number): boolean {
  const p = facts.partners.get(partnerId);
  if (!p || !p.member) return false;
  if (p.memberFrom !== null && now < p.memberFrom) return false;
  if (p.memberUntil !== null && now >= p.memberUntil) return false;
  return true;
}

function designated(facts: CaseFacts, actor: Actor): boolean {
  for (const [partner, users] of facts.involved) {
    if (partner === actor.partnerId && includes(users, actor.userId)) return true;
  }
  return false;
}

function staff(facts: CaseFacts, actor: Actor): boolean {
  if (includes(facts.processDirectors, actor.userId)) return true;
  if (includes(facts.support, actor.userId)) return true;
  return facts.allDirectorsSeeAll && actor.role === 'process_director';
}

function thirdPartyOk(facts: CaseFacts, actor: Actor, now: number): boolean {
  const t = facts.thirdParties.get(actor.userId);
  if (!t) return false;
  if (!t.hasBasis || !t.releasedTo) return false;
  if (t.declarationSignedAt === null || t.declarationSignedAt > now) return false;
  const casePartners = [facts.registrant, ...[...facts.involved.keys()].filter((p) => facts.partners.get(p)?.member !== false)];
  for (const p of casePartners) if (!includes(t.consentsFrom, p)) return false;
  return true;
}

function releasedTo(c: ContributionFacts, partnerId: string): boolean {
  if (includes(c.excluded, partnerId)) return false;
  if (c.releasedForRto === 'all') return true;
  if (c.releasedForRto === 'none') return false;
  return includes(c.releasedForRto, partnerId);
}

function granted(c: ContributionFacts, userId: string): boolean {
  return c.grants.some((g) => g.to === userId);
}

/** The doors of §4a that open for this actor and contribution in this phase. */
function openDoors(facts: CaseFacts, actor: Actor, c: ContributionFacts, now: number): string[] {
  const doors: string[] = [];
  const d = designated(facts, actor);
  if (d && actor.partnerId === c.by) doors.push('contributor');
  if (staff(facts, actor)) doors.push('staff');
  if (d && actor.partnerId === facts.registrant && c.by === facts.registrant) doors.push('registrantOwn');
  if (d && actor.partnerId === facts.registrant) doors.push('registrantAll');
  if (d && includes(c.sharedWith, actor.partnerId)) doors.push('addressee');
  if (includes(facts.rtoParticipants, actor.userId) && releasedTo(c, actor.partnerId)) doors.push('participant');
  if (facts.caseDirector === actor.userId && (releasedTo(c, actor.partnerId) || granted(c, actor.userId))) doors.push('caseDirector');
  const t = facts.thirdParties.get(actor.userId);
  if (t && thirdPartyOk(facts, actor, now) && releasedTo(c, t.partnerId)) doors.push('thirdParty');
  return doors.filter((door) => includes(DOORS[door] ?? [], facts.phase));
}

function consentHolds(facts: CaseFacts, c: ContributionFacts, readerPartner: string, own: boolean, now: number): boolean {
  if (c.basis.kind !== 'consent') return true;
  const k = facts.consents.get(c.basis.consentId);
  if (!k || k.refused || k.givenAt > now) return false;
  if (k.revokedAt !== null && k.revokedAt <= now) return false;
  if (!includes(k.partners, c.by)) return false;
  return own || includes(k.partners, readerPartner);
}

// 004-W16: a read across care domains (reader's kind of organisation is not the contributor's),
// from step 4 (the RTO) up to step 7, only while the household's consent is in force.
function crossesWithoutHouseholdConsent(facts: CaseFacts, c: ContributionFacts, readerPartner: string, now: number): boolean {
  if (!facts.domainCrossing) return false;
  if (!['rto', 'monitoring', 'deescalation1'].includes(facts.phase)) return false;
  const readerDomain = facts.partners.get(readerPartner)?.domain ?? '';
  const contributorDomain = facts.partners.get(c.by)?.domain ?? '';
  if (readerDomain === contributorDomain) return false;
  const k = facts.domainCrossing.consent;
  if (!k || k.refused || k.givenAt > now) return true;
  return k.revokedAt !== null && k.revokedAt <= now;
}

function basisValid(facts: CaseFacts, c: ContributionFacts): boolean {
  if (c.basis.kind !== 'legitimate_interest') return true;
  const by = facts.partners.get(c.by);
  return by !== undefined && !by.publicAuthority;
}

const YES: RefAnswer = { allow: true, policeLog: false };
const PLAN_PHASES = ['rto', 'monitoring', 'deescalation1'];

// A plan action's owner: the user it names; when it names none, a designated professional of its partner.
function ownsAction(facts: CaseFacts, actor: Actor, item: MeetingItemFacts): boolean {
  if (item.kind !== 'plan_action') return false;
  if (item.ownerUser !== null) return item.ownerUser === actor.userId;
  return item.ownerPartner === actor.partnerId && designated(facts, actor);
}

// Issue 13 items 1 and 5, P15: reading a note, plan goal or plan action of a meeting.
function referenceMeetingItem(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, purpose: Purpose, action: Action, now: number): RefAnswer {
  if (['admin', 'statistician', 'manager'].includes(actor.role)) return NO;
  if (['deleted', 'rejected', 'referred'].includes(facts.phase)) return NO;
  const third = facts.thirdParties.has(actor.userId);
  if (third ? !thirdPartyOk(facts, actor, now) : !admittedPartner(facts, actor, now)) return NO;
  // AVG art. 18.2 / 21.3: only stored; shown to its subject within a rights request, nothing more.
  if (item.restriction !== undefined && !(purpose === 'rights_request' && action === 'read')) return NO;
  if (actor.role === 'privacy_officer') {
    const subjects = openRequestSubjects(facts, actor, now);
    if (purpose !== 'rights_request' || subjects.length === 0) return NO;
    if (item.subjects.size > 0 && !subjects.some((s) => item.subjects.has(s))) return NO;
    if (item.domain !== null && SPECIAL_BY_KIND.includes(item.domain) && !facts.partners.get(actor.partnerId)?.maySeeSpecial) return NO;
    return YES;
  }
  const p = facts.phase;
  if (p === 'archived' || !(PHASE_PURPOSES[p] ?? []).includes(purpose)) return NO;
  const currentPlan = facts.currentRtoId !== undefined && facts.currentRtoId !== null && item.meetingId === facts.currentRtoId;
  const doors = [
    staff(facts, actor),
    PLAN_PHASES.includes(p) && (includes(facts.rtoParticipants, actor.userId) || facts.caseDirector === actor.userId),
    third && (p === 'rto' || p === 'monitoring'),
    // Seed 003 Fase 3: the owner reads its own action of the current plan (not of an earlier one).
    PLAN_PHASES.includes(p) && currentPlan && ownsAction(facts, actor, item),
  ];
  return doors.includes(true) ? YES : NO;
}

// Changing a meeting item: never while restricted; staff while the plan runs; the case director
// and an action's owner that action, while their organisation may act in this case (P1).
export function referenceMeetingItemChange(actor: Actor, facts: CaseFacts, item: MeetingItemFacts, now: number): boolean {
  if (actor.collaborationId !== facts.collaborationId) return false;
  if (item.restriction !== undefined) return false;
  if (!PLAN_PHASES.includes(facts.phase)) return false;
  if (staff(facts, actor) && ['process_director', 'support'].includes(actor.role)) return true;
  if (item.kind !== 'plan_action') return false;
  if (facts.caseDirector !== actor.userId && !ownsAction(facts, actor, item)) return false;
  return admittedPartner(facts, actor, now);
}

// ADR 0116: the absent colleagues (same partner, same role, not the actor) the actor stands in
// for at `now`, from the first day of the absence up to the end of its last.
function standsInFor(facts: CaseFacts, actor: Actor, now: number): string[] {
  const out: string[] = [];
  for (const a of facts.absences ?? []) {
    const same = a.absentPartner === actor.partnerId && a.absentRole === actor.role && a.absent !== actor.userId;
    if (same && a.substitute === actor.userId && a.from <= now && now < a.until) out.push(a.absent);
  }
  return out;
}

// A substitute reads (and changes) what the absent person may, during the absence; its own
// relation counts as well.
export function referenceDecide(actor: Actor, facts: CaseFacts, resource: Resource, purpose: Purpose, action: Action | 'change', now: number): RefAnswer {
  const own = referenceDecideAlone(actor, facts, resource, purpose, action, now);
  if (own.allow) return own;
  for (const absent of standsInFor(facts, actor, now)) {
    const lent = referenceDecideAlone({ ...actor, userId: absent }, facts, resource, purpose, action, now);
    if (lent.allow) return lent;
  }
  return own;
}

function referenceDecideAlone(actor: Actor, facts: CaseFacts, resource: Resource, purpose: Purpose, action: Action | 'change', now: number): RefAnswer {
  if (actor.collaborationId !== facts.collaborationId) return NO;
  if (resource.kind === 'meeting_item') {
    if (action === 'change') return referenceMeetingItemChange(actor, facts, resource.item, now) ? YES : NO;
    return referenceMeetingItem(actor, facts, resource.item, purpose, action, now);
  }
  if (action === 'change') return NO;
  if (['admin', 'statistician', 'manager'].includes(actor.role)) {
    // The manager decides on re-opening an archived dossier: it sees that dossier's
    // administrative set (and the identity in it), never a contribution (issue 13 item 12).
    const managerOnArchive = actor.role === 'manager' && facts.phase === 'archived' && resource.kind !== 'contribution';
    if (!managerOnArchive) return NO;
  }
  if (['deleted', 'rejected', 'referred'].includes(facts.phase)) return NO;
  // Admission: a third party only under P11 (whatever else it is); everyone else only while
  // its organisation is an active partner (P1).
  const admittedThird = facts.thirdParties.has(actor.userId);
  if (admittedThird ? !thirdPartyOk(facts, actor, now) : !admittedPartner(facts, actor, now)) return NO;

  if (resource.kind !== 'contribution') return referenceCaseLevel(actor, facts, resource, purpose, now);

  const c = facts.contributions.get(resource.id);
  if (!c || c.withdrawn) return NO;
  const police = c.police && actor.partnerId !== c.by;
  // AVG art. 18.2 / 21.3: a contribution whose processing was restricted (or stopped by an upheld
  // objection) is only stored; the one use left is showing it to its subject: a read within a
  // rights request. Nothing else reads it and nobody takes it along, its contributor included.
  if (c.restriction !== undefined && !(purpose === 'rights_request' && action === 'read')) return NO;

  if (actor.role === 'privacy_officer') {
    if (purpose !== 'rights_request') return NO;
    const open = facts.rightsRequests.some(
      (r) => r.handler === actor.userId && r.registeredAt <= now && (r.closedAt === null || r.closedAt > now),
    );
    if (!open) return NO;
    // Household cases: only what is about the subject of one of its open requests.
    const about = [...c.subjects];
    if (about.length > 0 && !openRequestSubjects(facts, actor, now).some((s) => about.includes(s))) return NO;
    if (special(c) && !facts.partners.get(actor.partnerId)?.maySeeSpecial) return NO;
    if (action === 'take_along' && c.police) return NO;
    return { allow: true, policeLog: police };
  }
  if (facts.phase === 'archived') return NO;
  const isThird = facts.thirdParties.has(actor.userId);
  if (!isThird && !admittedPartner(facts, actor, now)) return NO;
  if (!(PHASE_PURPOSES[facts.phase] ?? []).includes(purpose)) return NO;
  if (!includes(c.purposes, purpose as never)) return NO;
  if (!basisValid(facts, c)) return NO;

  for (const door of openDoors(facts, actor, c, now)) {
    const own = door === 'contributor';
    if (!own && special(c) && !facts.partners.get(actor.partnerId)?.maySeeSpecial) continue;
    if (!consentHolds(facts, c, actor.partnerId, own, now)) continue;
    // Legitimate interest: shared with others only with a recorded balancing of interests.
    if (!own && c.basis.kind === 'legitimate_interest' && (c.basis.motivation ?? '').trim() === '') continue;
    // Professional secrecy: without consent or a legal duty only after a conflict-of-duties weighing.
    const secrecy = facts.partners.get(c.by)?.professionalSecrecy === true;
    const weighedInBasis = c.basis.kind === 'conflict_of_duties' && c.basis.motivation.trim() !== '';
    if (!own && secrecy && !weighedInBasis && c.basis.kind !== 'consent' && c.basis.kind !== 'legal_obligation' && !includes(facts.conflictWeighed, c.by)) continue;
    // Seed 004 stap 4-6: from the RTO on, reading another domain's data needs the household's consent.
    if (!own && crossesWithoutHouseholdConsent(facts, c, actor.partnerId, now)) continue;
    // Monitoring follows the current RTO: the meeting doors read only what it kept for monitoring.
    const meetingDoor = door === 'participant' || door === 'caseDirector' || door === 'thirdParty';
    if (meetingDoor && (facts.phase === 'monitoring' || facts.phase === 'deescalation1') && facts.monitoringKept !== null && !facts.monitoringKept.has(c.id)) continue;
    if (action === 'take_along' && !own && !granted(c, actor.userId)) continue;
    return { allow: true, policeLog: own ? false : police };
  }
  return NO;
}

function referenceCaseLevel(actor: Actor, facts: CaseFacts, resource: Resource, purpose: Purpose, now: number): RefAnswer {
  const requestOpen = facts.rightsRequests.some(
    (r) => r.handler === actor.userId && r.registeredAt <= now && (r.closedAt === null || r.closedAt > now),
  );
  let related: boolean;
  if (actor.role === 'privacy_officer') {
    related = purpose === 'rights_request' && requestOpen;
    if (related && resource.kind === 'subject_bsn' && !openRequestSubjects(facts, actor, now).includes(resource.subjectId)) return NO;
  } else if (facts.phase === 'archived') {
    related = staff(facts, actor) || actor.role === 'manager';
  } else {
    const isThird = facts.thirdParties.has(actor.userId);
    const active = isThird || admittedPartner(facts, actor, now);
    const purposeOk = (PHASE_PURPOSES[facts.phase] ?? []).includes(purpose);
    const d = designated(facts, actor);
    const p = facts.phase;
    const anyDoor =
      staff(facts, actor) ||
      (d && actor.partnerId === facts.registrant && (p === 'screening' || p === 'triage')) ||
      (d && p === 'triage' && includes(facts.triageAsked, actor.partnerId)) ||
      (['rto', 'monitoring', 'deescalation1'].includes(p) &&
        (includes(facts.rtoParticipants, actor.userId) || facts.caseDirector === actor.userId)) ||
      (isThird && (p === 'rto' || p === 'monitoring') && thirdPartyOk(facts, actor, now));
    related = active && purposeOk && anyDoor;
  }
  if (!related) return NO;
  if (resource.kind === 'admin_set') return { allow: true, policeLog: false };
  if (resource.kind === 'subject_bsn') {
    if (!facts.subjects.has(resource.subjectId)) return NO;
    const mayUse = facts.partners.get(actor.partnerId)?.mayUseBsn === true && facts.partners.get(facts.registrant)?.mayUseBsn === true;
    return { allow: mayUse, policeLog: false };
  }
  return NO;
}
