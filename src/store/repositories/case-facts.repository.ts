/**
 * Gathers the facts the access engine decides on for one case (src/domain/access/facts.ts):
 * the service gathers, the domain decides. Runs inside the caller's transaction, so Row-Level
 * Security applies underneath.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { CaseFacts, ContributionFacts, PartnerFacts } from '../../domain/access/facts.js';
import type { ContributionPurpose, LegalBasis, Phase, Role } from '../../domain/model.js';
import { consentFactsOnRecord, thirdPartyBasisIssue } from '../../domain/process/third-party.js';
import { currentRto } from '../../domain/access/current-rto.js';
import type { Wpg20DecisionStatus } from '../../domain/process/wpg20-decision.js';
import type { Database } from '../schema.js';

const ms = (d: Date | null): number | null => (d === null ? null : d.getTime());

function toSet(value: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

/** The latest recorded status of a partner's art. 20 Wpg decision (migration 420), null when none. */
const WPG20_STATUS = sql<Wpg20DecisionStatus | null>`(select e.status from wpg20_decision_events e where e.partner_id = partners.id order by e.seq desc limit 1)`;

/** ADR 0190: a suspended or withdrawn decision is a fact; in force (or none) is left out. */
function wpg20Decision(status: Wpg20DecisionStatus | null): { wpg20Decision?: Wpg20DecisionStatus } {
  return status === null || status === 'in_force' ? {} : { wpg20Decision: status };
}

/** The collaboration's partners (members and non-members such as a third party's organisation). */
export async function loadPartnerFacts(trx: Kysely<Database>, collaborationId: string): Promise<Map<string, PartnerFacts>> {
  const rows = await trx
    .selectFrom('partners')
    .select(['id', 'type', 'member', 'active', 'joined_at', 'ends_at', 'public_authority', 'may_see_special', 'may_use_bsn', 'professional_secrecy'])
    .select(WPG20_STATUS.as('wpg20_status'))
    .where('collaboration_id', '=', collaborationId)
    .execute();
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        member: p.member && p.active,
        memberFrom: ms(p.joined_at),
        memberUntil: ms(p.ends_at),
        publicAuthority: p.public_authority,
        maySeeSpecial: p.may_see_special,
        mayUseBsn: p.may_use_bsn,
        professionalSecrecy: p.professional_secrecy,
        domain: p.type,
        ...wpg20Decision(p.wpg20_status),
      },
    ]),
  );
}

export interface CaseRow {
  readonly id: string;
  readonly collaborationId: string;
  readonly number: string;
  readonly tableId: string;
  readonly phase: Phase;
  readonly registrantPartnerId: string;
  readonly leadPartnerId: string;
  readonly workArea: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly phaseChangedAt: Date;
}

export async function loadCaseRow(trx: Kysely<Database>, caseId: string): Promise<CaseRow | null> {
  const c = await trx
    .selectFrom('cases')
    .select(['id', 'collaboration_id', 'number', 'table_id', 'phase', 'registrant_partner_id', 'lead_partner_id', 'work_area', 'version', 'created_at', 'phase_changed_at'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (c === undefined) return null;
  return {
    id: c.id,
    collaborationId: c.collaboration_id,
    number: c.number,
    tableId: c.table_id,
    phase: c.phase as Phase,
    registrantPartnerId: c.registrant_partner_id,
    leadPartnerId: c.lead_partner_id,
    workArea: c.work_area,
    version: c.version,
    createdAt: c.created_at,
    phaseChangedAt: c.phase_changed_at,
  };
}

/** A column that arrives as a JSON array from json_agg. */
type Json<T> = T;
/** Timestamps arrive from json_agg as ISO strings. */
const date = (v: string): Date => new Date(v);
const dateOrNull = (v: string | null): Date | null => (v === null ? null : new Date(v));

interface FactsRow {
  readonly id: string;
  readonly collaboration_id: string;
  readonly number: string;
  readonly table_id: string;
  readonly phase: string;
  readonly registrant_partner_id: string;
  readonly lead_partner_id: string;
  readonly work_area: string | null;
  readonly version: number;
  readonly created_at: Date;
  readonly phase_changed_at: Date;
  readonly all_directors_see_all: boolean | null;
  readonly domain_crossing_needs_consent: boolean | null;
  readonly household_consent: { given_at: string; revoked_at: string | null; refused: boolean } | null;
  readonly staff: Json<{ user_id: string; role: string }[]>;
  readonly involvement: Json<{ partner_id: string; user_id: string; designated_at: string }[]>;
  readonly questions: Json<{ asked_partner_id: string }[]>;
  readonly meetings: Json<{ id: string; scheduled_at: string; created_at: string; monitoring_kept: string[] | null }[]>;
  readonly invitations: Json<{ user_id: string; meeting_id: string; invited_at: string }[]>;
  readonly director: string | null;
  readonly appointments: Json<{ user_id: string; appointed_at: string }[]>;
  readonly conflict_weighed: Json<string[]>;
  readonly weighed_by: Json<string[]>;
  readonly subjects: Json<{ id: string; has_bsn: boolean }[]>;
  readonly consents: Json<{ id: string; subject_id: string; partners: unknown; given_at: string; revoked_at: string | null; refused: boolean }[]>;
  readonly third_parties: Json<{ user_id: string; partner_id: string; basis: unknown; declaration_signed_at: string | null; consents_from: unknown; released_to: boolean }[]>;
  readonly requests: Json<{ id: string; subject_id: string | null; handler_user_id: string; registered_at: string; closed_at: string | null }[]>;
  readonly contributions: Json<
    {
      id: string;
      by_partner_id: string;
      given_in: string;
      category: string;
      subject_ids: unknown;
      special: boolean;
      police: boolean;
      purposes: unknown;
      basis: unknown;
      shared_with: unknown;
      released_for_rto: unknown;
      excluded: unknown;
      withdrawn_at: string | null;
      restriction_kind?: 'restriction' | 'objection' | null;
    }[]
  >;
  readonly grants: Json<{ contribution_id: string; to_user_id: string }[]>;
  readonly absences: Json<{ user_id: string; partner_id: string; role: string; substitute_user_id: string; from: string; until: string }[]>;
  readonly partners: Json<
    {
      id: string;
      type: string;
      member: boolean;
      active: boolean;
      joined_at: string | null;
      ends_at: string | null;
      public_authority: boolean;
      may_see_special: boolean;
      may_use_bsn: boolean;
      professional_secrecy: boolean;
      separate_covenant: boolean;
      wpg20_status: Wpg20DecisionStatus | null;
    }[]
  >;
}

/**
 * Loads the facts of one case in ONE statement (the case row with every related set as a JSON
 * array in a correlated subquery; Row-Level Security applies to each); null when the case does
 * not exist (or RLS hides it). A request loads them once and shares them between its decisions.
 */
export async function loadCaseFacts(trx: Kysely<Database>, caseId: string): Promise<{ row: CaseRow; facts: CaseFacts } | null> {
  const result = await sql<FactsRow>`
    select c.id, c.collaboration_id, c.number, c.table_id, c.phase, c.registrant_partner_id, c.lead_partner_id,
      c.work_area, c.version, c.created_at, c.phase_changed_at,
      (select k.all_directors_see_all from collaborations k where k.id = c.collaboration_id) as all_directors_see_all,
      (select (k.config->'process'->>'domainCrossingNeedsConsent')::boolean from collaborations k where k.id = c.collaboration_id)
         as domain_crossing_needs_consent,
      (select json_build_object('given_at', x.given_at, 'revoked_at', x.revoked_at, 'refused', x.refused)
         from consents x where x.case_id = c.id and x.kind = 'household_domain_crossing' order by x.given_at desc, x.id desc limit 1)
         as household_consent,
      (select coalesce(json_agg(json_build_object('user_id', x.user_id, 'role', x.role)), '[]')
         from case_staff x where x.case_id = c.id and x.ended_at is null) as staff,
      (select coalesce(json_agg(json_build_object('partner_id', x.partner_id, 'user_id', x.user_id, 'designated_at', x.designated_at)), '[]')
         from involvement x where x.case_id = c.id and x.ended_at is null) as involvement,
      (select coalesce(json_agg(json_build_object('asked_partner_id', x.asked_partner_id)), '[]')
         from triage_questions x where x.case_id = c.id) as questions,
      (select coalesce(json_agg(json_build_object('id', m.id, 'scheduled_at', m.scheduled_at, 'created_at', m.created_at,
                                                  'monitoring_kept', m.monitoring_kept)), '[]')
         from meetings m where m.case_id = c.id and m.status <> 'cancelled') as meetings,
      (select coalesce(json_agg(json_build_object('user_id', x.user_id, 'meeting_id', x.meeting_id, 'invited_at', x.invited_at)), '[]')
         from meeting_invitations x join meetings m on m.id = x.meeting_id
         where x.case_id = c.id and m.status <> 'cancelled') as invitations,
      (select x.user_id from case_director_appointments x where x.case_id = c.id and x.ended_at is null limit 1) as director,
      (select coalesce(json_agg(json_build_object('user_id', x.user_id, 'appointed_at', x.appointed_at)), '[]')
         from case_director_appointments x where x.case_id = c.id) as appointments,
      (select coalesce(json_agg(distinct x.partner_id), '[]')
         from weighings x where x.case_id = c.id and x.conflict_of_duties and x.completed_at is not null) as conflict_weighed,
      (select coalesce(json_agg(distinct x.partner_id), '[]')
         from weighings x where x.case_id = c.id) as weighed_by,
      (select coalesce(json_agg(json_build_object('id', x.id, 'has_bsn', x.bsn_hash is not null)), '[]')
         from subjects x where x.case_id = c.id) as subjects,
      (select coalesce(json_agg(json_build_object('id', x.id, 'subject_id', x.subject_id, 'partners', x.partners, 'given_at', x.given_at,
                                                  'revoked_at', x.revoked_at, 'refused', x.refused)), '[]')
         from consents x where x.case_id = c.id) as consents,
      (select coalesce(json_agg(json_build_object('user_id', x.user_id, 'partner_id', x.partner_id, 'basis', x.basis,
                                                  'declaration_signed_at', x.declaration_signed_at, 'consents_from', x.consents_from,
                                                  'released_to', x.released_to)), '[]')
         from third_parties x where x.case_id = c.id and x.ended_at is null) as third_parties,
      (select coalesce(json_agg(json_build_object('id', x.id, 'subject_id', x.subject_id, 'handler_user_id', x.handler_user_id,
                                                  'registered_at', x.registered_at, 'closed_at', x.closed_at)), '[]')
         from rights_requests x where x.case_id = c.id) as requests,
      (select coalesce(json_agg(json_build_object('id', x.id, 'by_partner_id', x.by_partner_id, 'given_in', x.given_in, 'category', x.category,
                                                  'subject_ids', x.subject_ids, 'special', x.special,
                                                  'police', x.police, 'purposes', x.purposes, 'basis', x.basis, 'shared_with', x.shared_with,
                                                  'released_for_rto', x.released_for_rto, 'excluded', x.excluded, 'withdrawn_at', x.withdrawn_at,
                                                  'restriction_kind', x.restriction_kind)
                                order by x.created_at, x.id), '[]')
         from contributions x where x.case_id = c.id) as contributions,
      (select coalesce(json_agg(json_build_object('contribution_id', x.contribution_id, 'to_user_id', x.to_user_id)), '[]')
         from take_along_grants x where x.case_id = c.id and x.revoked_at is null) as grants,
      (select coalesce(json_agg(json_build_object('id', x.id, 'type', x.type, 'member', x.member, 'active', x.active, 'joined_at', x.joined_at, 'ends_at', x.ends_at,
                                                  'public_authority', x.public_authority, 'may_see_special', x.may_see_special, 'may_use_bsn', x.may_use_bsn,
                                                  'professional_secrecy', x.professional_secrecy,
                                                  -- ADR 0190: the latest status of its art. 20 Wpg decision
                                                  'wpg20_status', (select e.status from wpg20_decision_events e where e.partner_id = x.id
                                                    order by e.seq desc limit 1),
                                                  -- bound by the case's table's separate covenant (000-R83)
                                                  'separate_covenant', exists (select 1 from collaborations k, jsonb_array_elements(k.config->'tables') t
                                                    where k.id = c.collaboration_id and t->>'id' = c.table_id
                                                      and x.slug in (select jsonb_array_elements_text(coalesce(t->'separateCovenantPartners', '[]'::jsonb)))))), '[]')
         from partners x where x.collaboration_id = c.collaboration_id) as partners,
      -- ADR 0116: the absences of the case's staff and designated professionals that are not
      -- cancelled (RLS shows the actor those naming it as substitute); the engine applies the running ones.
      (select coalesce(json_agg(json_build_object('user_id', x.user_id, 'partner_id', u.partner_id, 'role', u.role,
                                                  'substitute_user_id', x.substitute_user_id,
                                                  'from', x.starts_on::timestamp at time zone 'Europe/Amsterdam',
                                                  'until', (x.ends_on + 1)::timestamp at time zone 'Europe/Amsterdam')), '[]')
         from absences x join users u on u.id = x.user_id
         where x.collaboration_id = c.collaboration_id and x.cancelled_at is null
           and (exists (select 1 from case_staff s where s.case_id = c.id and s.user_id = x.user_id and s.ended_at is null)
                or exists (select 1 from involvement i where i.case_id = c.id and i.user_id = x.user_id and i.ended_at is null))) as absences
    from cases c where c.id = ${caseId}`.execute(trx);
  const f = result.rows[0];
  if (f === undefined) return null;
  const row: CaseRow = {
    id: f.id,
    collaborationId: f.collaboration_id,
    number: f.number,
    tableId: f.table_id,
    phase: f.phase as Phase,
    registrantPartnerId: f.registrant_partner_id,
    leadPartnerId: f.lead_partner_id,
    workArea: f.work_area,
    version: f.version,
    createdAt: f.created_at,
    phaseChangedAt: f.phase_changed_at,
  };
  const collaboration = f.all_directors_see_all === null ? undefined : { all_directors_see_all: f.all_directors_see_all };
  const { staff, involvement, questions, invitations } = f;
  const director = f.director === null ? undefined : { user_id: f.director };
  const subjects = f.subjects;
  const consents = f.consents.map((k) => ({ ...k, given_at: date(k.given_at), revoked_at: dateOrNull(k.revoked_at) }));
  const thirdParties = f.third_parties.map((t) => ({ ...t, declaration_signed_at: dateOrNull(t.declaration_signed_at) }));
  const requests = f.requests.map((r) => ({ ...r, registered_at: date(r.registered_at), closed_at: dateOrNull(r.closed_at) }));
  const contributions = f.contributions;
  const grants = f.grants;
  const partners = new Map<string, PartnerFacts>(
    f.partners.map((p) => [
      p.id,
      {
        id: p.id,
        // A non-signatory bound by the table's separate covenant is a partner at this table (000-R83),
        // while its own record is active; the engine judges its dates as any member's (ADR 0162).
        member: (p.member && p.active) || (!p.member && p.separate_covenant && p.active),
        memberFrom: p.joined_at === null ? null : Date.parse(p.joined_at),
        memberUntil: p.ends_at === null ? null : Date.parse(p.ends_at),
        publicAuthority: p.public_authority,
        maySeeSpecial: p.may_see_special,
        mayUseBsn: p.may_use_bsn,
        professionalSecrecy: p.professional_secrecy,
        domain: p.type,
        ...wpg20Decision(p.wpg20_status),
      },
    ]),
  );
  const household = f.household_consent;

  // Monitoring follows the current plan (seed 003 Fase 3): the participants of the current RTO.
  const current = currentRto(f.meetings.map((m) => ({ id: m.id, scheduledAt: Date.parse(m.scheduled_at), createdAt: Date.parse(m.created_at), monitoringKept: m.monitoring_kept })));
  const relationSince = new Map<string, number>();
  const since = (userId: string, at: string): void => {
    const t = Date.parse(at);
    const known = relationSince.get(userId);
    if (known === undefined || t < known) relationSince.set(userId, t);
  };
  for (const i of involvement) since(i.user_id, i.designated_at);
  for (const i of invitations) since(i.user_id, i.invited_at);
  for (const a of f.appointments) since(a.user_id, a.appointed_at);

  const involved = new Map<string, Set<string>>();
  for (const i of involvement) {
    let users = involved.get(i.partner_id);
    if (users === undefined) involved.set(i.partner_id, (users = new Set()));
    users.add(i.user_id);
  }
  const grantsBy = new Map<string, { to: string }[]>();
  for (const g of grants) {
    let list = grantsBy.get(g.contribution_id);
    if (list === undefined) grantsBy.set(g.contribution_id, (list = []));
    list.push({ to: g.to_user_id });
  }
  const contributionFacts = new Map<string, ContributionFacts>();
  for (const c of contributions) {
    const released = c.released_for_rto;
    contributionFacts.set(c.id, {
      id: c.id,
      by: c.by_partner_id,
      givenIn: c.given_in as Phase,
      category: c.category,
      special: c.special,
      police: c.police,
      purposes: new Set(c.purposes as ContributionPurpose[]),
      basis: c.basis as LegalBasis,
      sharedWith: toSet(c.shared_with),
      releasedForRto: released === 'all' || released === 'none' ? released : toSet(released),
      excluded: toSet(c.excluded),
      grants: grantsBy.get(c.id) ?? [],
      withdrawn: c.withdrawn_at !== null,
      subjects: toSet(c.subject_ids),
      ...(c.restriction_kind === undefined || c.restriction_kind === null ? {} : { restriction: c.restriction_kind }),
    });
  }

  const consentFacts: CaseFacts['consents'] = new Map(
    consents.map((k) => [
      k.id,
      {
        id: k.id,
        subjectId: k.subject_id,
        partners: toSet(k.partners),
        givenAt: k.given_at.getTime(),
        revokedAt: ms(k.revoked_at),
        refused: k.refused,
      },
    ]),
  );
  const facts: CaseFacts = {
    id: row.id,
    collaborationId: row.collaborationId,
    phase: row.phase,
    registrant: row.registrantPartnerId,
    leadPartner: row.leadPartnerId,
    processDirectors: new Set(staff.filter((s) => s.role === 'process_director').map((s) => s.user_id)),
    support: new Set(staff.filter((s) => s.role === 'support').map((s) => s.user_id)),
    allDirectorsSeeAll: collaboration?.all_directors_see_all ?? false,
    involved,
    triageAsked: new Set(questions.map((q) => q.asked_partner_id)),
    rtoParticipants: new Set(invitations.filter((i) => i.meeting_id === current?.id).map((i) => i.user_id)),
    caseDirector: director?.user_id ?? null,
    relationSince,
    monitoringKept: current === undefined || current.monitoringKept === null ? null : toSet(current.monitoringKept),
    currentRtoId: current?.id ?? null,
    conflictWeighed: toSet(f.conflict_weighed),
    weighedBy: toSet(f.weighed_by),
    // Seed 004 stap 4: the latest household consent (as the write guard reads it), when required.
    domainCrossing:
      f.domain_crossing_needs_consent === true
        ? { consent: household === null ? null : { givenAt: Date.parse(household.given_at), revokedAt: household.revoked_at === null ? null : Date.parse(household.revoked_at), refused: household.refused } }
        : null,
    subjects: new Map(subjects.map((s) => [s.id, { id: s.id, hasBsn: s.has_bsn }])),
    consents: consentFacts,
    thirdParties: new Map(
      thirdParties.map((t) => [
        t.user_id,
        {
          userId: t.user_id,
          partnerId: t.partner_id,
          // P11: the cited basis must hold as recorded now: a consent of this case, not refused or
          // revoked, naming the third party's organisation (a revocation ends the admission at once).
          hasBasis: thirdPartyBasisIssue(t.basis as LegalBasis | null, t.partner_id, consentFactsOnRecord(consentFacts), Number.POSITIVE_INFINITY) === null,
          declarationSignedAt: ms(t.declaration_signed_at),
          consentsFrom: toSet(t.consents_from),
          releasedTo: t.released_to,
        },
      ]),
    ),
    rightsRequests: requests
      .filter((r) => r.subject_id !== null)
      .map((r) => ({
        id: r.id,
        subjectId: r.subject_id ?? '',
        handler: r.handler_user_id,
        registeredAt: r.registered_at.getTime(),
        closedAt: ms(r.closed_at),
      })),
    contributions: contributionFacts,
    partners,
    absences: f.absences.map((a) => ({
      absent: a.user_id,
      absentPartner: a.partner_id,
      absentRole: a.role as Role,
      substitute: a.substitute_user_id,
      from: Date.parse(a.from),
      until: Date.parse(a.until),
    })),
  };
  return { row, facts };
}
