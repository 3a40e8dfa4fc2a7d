/**
 * Adapter from the conformance vectors to the engine's facts: the shared worked examples
 * (`test/conformance/decisions.json`, a copy of ../shared/conformance/decisions.json) and the
 * project's own (`test/conformance/project-decisions.json`). The vector format is not our data
 * model: this file translates it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor, Action, ContributionPurpose, LegalBasis, Purpose, Role } from '../../src/domain/model.js';
import type { CaseFacts, ContributionFacts, MeetingItemFacts, PartnerFacts, Resource } from '../../src/domain/access/facts.js';
import { consentFactsOnRecord, thirdPartyBasisIssue } from '../../src/domain/process/third-party.js';
import { currentRto } from '../../src/domain/access/current-rto.js';

interface VPartner {
  member: boolean;
  publicAuthority: boolean;
  maySeeSpecial: boolean;
  mayUseBsn: boolean;
  membershipEndsAt?: string;
  /** Project extension: membership start (ISO). */
  membershipStartedAt?: string;
  professionalSecrecy?: boolean;
  /** The kind of organisation; the project reads it as the partner's care domain (seed 004 stap 4). */
  type?: string;
}
interface VContribution {
  by: string;
  givenIn: string;
  special: boolean;
  police: boolean;
  purposes: string[];
  basis: { kind: string; law?: string; decision?: string; consent?: string; motivation?: string };
  /** Project extension: the data kind (default `other`); special kinds are special whatever `special` says. */
  category?: string;
  /** Project extension: the subjects it is about (default: the case as a whole). */
  subjects?: string[];
  /** Project extension: a rights request restricted its processing (AVG art. 18) or an upheld objection stopped it (art. 21). */
  restriction?: 'restriction' | 'objection';
  sharedWith?: string[];
  releasedForRto: 'all' | 'none' | string[];
  excluded: string[];
  grants: { to: string; action: string; planAction: string }[];
}
/** Project extension: a meeting item (issue 13 items 1 and 5, P15). */
interface VMeetingItem {
  id: string;
  kind: 'meeting_note' | 'plan_goal' | 'plan_action';
  /** The meeting whose record holds it; with the case's `rtos`, whether it is of the current plan. */
  meeting: string;
  subjects?: string[];
  domain?: string;
  restriction?: 'restriction' | 'objection';
  /** For a plan action: its owner partner and, when it names one, the owner user. */
  owner?: { partner: string; user?: string };
}
export interface Vector {
  id: string;
  title: string;
  why: string;
  now?: string;
  case: {
    id: string;
    collaboration: string;
    phase: string;
    registrant: string;
    processDirectors: string[];
    support: string[];
    involved: Record<string, string[]>;
    triageAsked: string[];
    rtoParticipants: string[];
    caseDirector: string | null;
    /** Project extension: the lead partner now (default: the registrant). */
    leadPartner?: string;
    /** Project extension: when each user's relation to the case began (ISO). */
    relationSince?: Record<string, string>;
    /** Project extension: the meetings of the case; the current one decides participants and the monitoring set. */
    rtos?: { id: string; scheduledAt: string; participants: string[]; monitoringKept?: string[] }[];
    /** Project extension: what the current RTO kept for monitoring (absent: no choice recorded). */
    monitoringKept?: string[];
    /** Project extension: partners that recorded a conflict-of-duties weighing. */
    conflictWeighed?: string[];
    /**
     * Project extension: the collaboration requires the household's consent for domain-crossing
     * processing (seed 004 stap 4), with its latest household consent (null: none recorded).
     */
    domainCrossing?: { consent: { givenAt: string; revokedAt: string | null; refused?: boolean } | null };
    subjects: { id: string; bsn?: string }[];
    consents: Record<string, { subject: string; partners: string[]; givenAt: string; revokedAt: string | null }>;
    thirdParties: {
      user: string;
      partner: string;
      declarationSignedAt: string | null;
      consentsFrom: string[];
      releasedTo: boolean;
      /** Project extension: the basis the third party's admission cites (P11); absent in the shared vectors. */
      basis?: VContribution['basis'];
    }[];
    rightsRequests: { id: string; subject: string; kind: string; registeredAt: string; handler: string; closedAt?: string }[];
    contributions: string[];
    /**
     * Project extension (ADR 0116): absences with a substitute, `from` up to (not including)
     * `until`; the absent person's partner and role come from the users fixture.
     */
    absences?: { user: string; substitute: string; from: string; until: string }[];
  };
  actor: string;
  /** Project extension: the collaboration the actor works in (default: the case's). */
  actorCollaboration?: string;
  /**
   * Project extension: `meeting_item` with `item` (a note, plan goal or plan action of a meeting:
   * its meeting, subjects, life domain, restriction and, for an action, its owner).
   */
  resource: { kind: string; id?: string; subject?: string; case?: string; item?: VMeetingItem };
  purpose: string;
  action: string;
  /** Project extension: `onBehalfOf` is the partner the audit record must name. */
  expect: { allow: boolean; rules?: string[]; obligations?: string[]; onBehalfOf?: string };
}
interface File {
  now_default: string;
  partners: Record<string, VPartner>;
  users: Record<string, { partner: string; role: string }>;
  contributions: Record<string, VContribution>;
  vectors: Vector[];
}

function readVectors(name: string): File {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../conformance/${name}`, import.meta.url)), 'utf8')) as File;
}

function mergeFixtures<T>(what: string, shared: Record<string, T>, project: Record<string, T>): Record<string, T> {
  for (const id of Object.keys(project)) {
    if (id in shared) throw new Error(`project vectors: ${what} ${id} repeats a shared fixture id`);
  }
  return { ...shared, ...project };
}

/** The shared vectors alone (their count is fixed by the shared file). */
export const sharedConformance = readVectors('decisions.json');
/** The project's own vectors alone. */
export const projectConformance = readVectors('project-decisions.json');

/** Shared and project vectors together, with their fixtures merged: what every engine test runs. */
export const conformance: File = {
  now_default: sharedConformance.now_default,
  partners: mergeFixtures('partner', sharedConformance.partners, projectConformance.partners),
  users: mergeFixtures('user', sharedConformance.users, projectConformance.users),
  contributions: mergeFixtures('contribution', sharedConformance.contributions, projectConformance.contributions),
  vectors: [...sharedConformance.vectors, ...projectConformance.vectors],
};

const ms = (iso: string): number => Date.parse(iso);
const PHASE_MAP: Record<string, CaseFacts['phase']> = {
  screening: 'screening',
  triage: 'triage',
  rto: 'rto',
  monitoring: 'monitoring',
  deescalation1: 'deescalation1',
  archived: 'archived',
  deleted: 'deleted',
  rejected: 'rejected',
};

function phaseOf(p: string): CaseFacts['phase'] {
  const phase = PHASE_MAP[p];
  if (phase === undefined) throw new Error(`unknown phase in vector: ${p}`);
  return phase;
}

function basisOf(b: VContribution['basis']): LegalBasis {
  switch (b.kind) {
    case 'consent':
      return { kind: 'consent', consentId: b.consent ?? '' };
    case 'public_task':
      return { kind: 'public_task', law: b.law ?? '' };
    case 'wpg20':
      return { kind: 'wpg20', decision: b.decision ?? '' };
    case 'legitimate_interest':
      return b.motivation === undefined ? { kind: 'legitimate_interest' } : { kind: 'legitimate_interest', motivation: b.motivation };
    case 'legal_obligation':
      return { kind: 'legal_obligation', law: b.law ?? '' };
    case 'vital_interest':
      return { kind: 'vital_interest', motivation: b.motivation ?? '' };
    case 'conflict_of_duties':
      return { kind: 'conflict_of_duties', motivation: b.motivation ?? '' };
    default:
      throw new Error(`unknown basis in vector: ${b.kind}`);
  }
}

function partnerFacts(id: string, p: VPartner): PartnerFacts {
  return {
    id,
    member: p.member,
    memberFrom: p.membershipStartedAt === undefined ? null : ms(p.membershipStartedAt),
    memberUntil: p.membershipEndsAt === undefined ? null : ms(p.membershipEndsAt),
    publicAuthority: p.publicAuthority,
    maySeeSpecial: p.maySeeSpecial,
    mayUseBsn: p.mayUseBsn,
    professionalSecrecy: p.professionalSecrecy === true,
    domain: p.type ?? '',
  };
}

function contributionFacts(id: string, c: VContribution): ContributionFacts {
  return {
    id,
    by: c.by,
    givenIn: phaseOf(c.givenIn),
    special: c.special,
    police: c.police,
    purposes: new Set(c.purposes as ContributionPurpose[]),
    basis: basisOf(c.basis),
    sharedWith: new Set(c.sharedWith ?? []),
    releasedForRto: typeof c.releasedForRto === 'string' ? c.releasedForRto : new Set(c.releasedForRto),
    excluded: new Set(c.excluded),
    grants: c.grants.filter((g) => g.action === 'take_along').map((g) => ({ to: g.to })),
    withdrawn: false,
    category: c.category ?? 'other',
    subjects: new Set(c.subjects ?? []),
    ...(c.restriction === undefined ? {} : { restriction: c.restriction }),
  };
}

export interface BuiltVector {
  actor: Actor;
  facts: CaseFacts;
  resource: Resource;
  purpose: Purpose;
  /** `change` (project extension): changing a meeting item (completing a plan action, editing a note). */
  action: Action | 'register_case' | 'change';
  now: number;
}

function meetingItemFacts(i: VMeetingItem): MeetingItemFacts {
  return {
    id: i.id,
    kind: i.kind,
    meetingId: i.meeting,
    subjects: new Set(i.subjects ?? []),
    domain: i.domain ?? null,
    ownerPartner: i.owner?.partner ?? null,
    ownerUser: i.owner?.user ?? null,
    ...(i.restriction === undefined ? {} : { restriction: i.restriction }),
  };
}

function resourceOf(r: Vector['resource']): Resource {
  switch (r.kind) {
    case 'contribution':
      return { kind: 'contribution', id: r.id ?? '' };
    case 'subject_bsn':
      return { kind: 'subject_bsn', subjectId: r.subject ?? '' };
    case 'meeting_item':
      if (r.item === undefined) throw new Error('meeting_item vector without item');
      return { kind: 'meeting_item', item: meetingItemFacts(r.item) };
    default:
      return { kind: 'admin_set' };
  }
}

/** Builds the engine's inputs from one vector. */
export function buildVector(v: Vector): BuiltVector {
  const f = conformance;
  const user = f.users[v.actor];
  if (user === undefined) throw new Error(`unknown user ${v.actor}`);
  const c = v.case;
  const now = ms(v.now ?? f.now_default);
  const consents: CaseFacts['consents'] = new Map(
    Object.entries(c.consents).map(([id, k]) => [
      id,
      {
        id,
        subjectId: k.subject,
        partners: new Set(k.partners),
        givenAt: ms(k.givenAt),
        revokedAt: k.revokedAt === null ? null : ms(k.revokedAt),
        refused: false,
      },
    ]),
  );
  const current =
    c.rtos === undefined
      ? undefined
      : currentRto(c.rtos.map((m, i) => ({ id: m.id, scheduledAt: ms(m.scheduledAt), createdAt: i, monitoringKept: m })));
  const kept = c.rtos === undefined ? c.monitoringKept : current?.monitoringKept.monitoringKept;
  const facts: CaseFacts = {
    id: c.id,
    collaborationId: c.collaboration,
    phase: phaseOf(c.phase),
    registrant: c.registrant,
    leadPartner: c.leadPartner ?? c.registrant,
    processDirectors: new Set(c.processDirectors),
    support: new Set(c.support),
    allDirectorsSeeAll: false,
    involved: new Map(Object.entries(c.involved).map(([p, users]) => [p, new Set(users)])),
    triageAsked: new Set(c.triageAsked),
    rtoParticipants: new Set(c.rtos === undefined ? c.rtoParticipants : (current?.monitoringKept.participants ?? [])),
    caseDirector: c.caseDirector,
    relationSince: new Map(Object.entries(c.relationSince ?? {}).map(([u, at]) => [u, ms(at)])),
    monitoringKept: kept === undefined ? null : new Set(kept),
    currentRtoId: current?.id ?? null,
    conflictWeighed: new Set(c.conflictWeighed ?? []),
    domainCrossing:
      c.domainCrossing === undefined
        ? null
        : {
            consent:
              c.domainCrossing.consent === null
                ? null
                : {
                    givenAt: ms(c.domainCrossing.consent.givenAt),
                    revokedAt: c.domainCrossing.consent.revokedAt === null ? null : ms(c.domainCrossing.consent.revokedAt),
                    refused: c.domainCrossing.consent.refused === true,
                  },
          },
    subjects: new Map(c.subjects.map((s) => [s.id, { id: s.id, hasBsn: s.bsn !== undefined }])),
    consents,
    thirdParties: new Map(
      c.thirdParties.map((t) => [
        t.user,
        {
          userId: t.user,
          partnerId: t.partner,
          // The shared vectors are silent on the third party's own basis; P11 requires one, so the
          // adapter records one (they test the declaration and the partners' consent). A project
          // vector may cite one: it must exist and hold (a consent in force naming the third party).
          hasBasis: t.basis === undefined || thirdPartyBasisIssue(basisOf(t.basis), t.partner, consentFactsOnRecord(consents), now) === null,
          declarationSignedAt: t.declarationSignedAt === null ? null : ms(t.declarationSignedAt),
          consentsFrom: new Set(t.consentsFrom),
          releasedTo: t.releasedTo,
        },
      ]),
    ),
    rightsRequests: c.rightsRequests.map((r) => ({
      id: r.id,
      subjectId: r.subject,
      handler: r.handler,
      registeredAt: ms(r.registeredAt),
      closedAt: r.closedAt === undefined ? null : ms(r.closedAt),
    })),
    contributions: new Map(
      c.contributions.map((id) => {
        const k = f.contributions[id];
        if (k === undefined) throw new Error(`unknown contribution ${id}`);
        return [id, contributionFacts(id, k)];
      }),
    ),
    partners: new Map(Object.entries(f.partners).map(([id, p]) => [id, partnerFacts(id, p)])),
    absences: (c.absences ?? []).map((a) => {
      const absent = f.users[a.user];
      if (absent === undefined) throw new Error(`unknown absent user ${a.user}`);
      return { absent: a.user, absentPartner: absent.partner, absentRole: absent.role as Role, substitute: a.substitute, from: ms(a.from), until: ms(a.until) };
    }),
  };
  const resource = resourceOf(v.resource);
  return {
    actor: { userId: v.actor, partnerId: user.partner, role: user.role as Role, collaborationId: v.actorCollaboration ?? c.collaboration },
    facts,
    resource,
    purpose: v.purpose as Purpose,
    action: v.action as BuiltVector['action'],
    now,
  };
}
