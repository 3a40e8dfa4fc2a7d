/**
 * Gathers the facts the access engine decides on for one case (src/domain/access/facts.ts):
 * the service gathers, the domain decides. Runs inside the caller's transaction, so Row-Level
 * Security applies underneath.
 */
import type { Kysely } from 'kysely';
import type { CaseFacts, ContributionFacts, PartnerFacts } from '../../domain/access/facts.js';
import type { ContributionPurpose, LegalBasis, Phase } from '../../domain/model.js';
import type { Database } from '../schema.js';

const ms = (d: Date | null): number | null => (d === null ? null : d.getTime());

function toSet(value: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

/** The collaboration's partners (members and non-members such as a third party's organisation). */
export async function loadPartnerFacts(trx: Kysely<Database>, collaborationId: string): Promise<Map<string, PartnerFacts>> {
  const rows = await trx
    .selectFrom('partners')
    .select(['id', 'member', 'active', 'joined_at', 'ends_at', 'public_authority', 'may_see_special', 'may_use_bsn'])
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

/** Loads the facts of one case; null when the case does not exist (or RLS hides it). */
export async function loadCaseFacts(trx: Kysely<Database>, caseId: string): Promise<{ row: CaseRow; facts: CaseFacts } | null> {
  const row = await loadCaseRow(trx, caseId);
  if (row === null) return null;
  const [collaboration, staff, involvement, questions, invitations, director, subjects, consents, thirdParties, requests, contributions, grants, partners] =
    await Promise.all([
      trx.selectFrom('collaborations').select('all_directors_see_all').where('id', '=', row.collaborationId).executeTakeFirst(),
      trx.selectFrom('case_staff').select(['user_id', 'role']).where('case_id', '=', caseId).where('ended_at', 'is', null).execute(),
      trx.selectFrom('involvement').select(['partner_id', 'user_id']).where('case_id', '=', caseId).where('ended_at', 'is', null).execute(),
      trx.selectFrom('triage_questions').select('asked_partner_id').where('case_id', '=', caseId).execute(),
      trx
        .selectFrom('meeting_invitations')
        .innerJoin('meetings', 'meetings.id', 'meeting_invitations.meeting_id')
        .select('meeting_invitations.user_id')
        .where('meeting_invitations.case_id', '=', caseId)
        .where('meetings.status', '!=', 'cancelled')
        .execute(),
      trx.selectFrom('case_director_appointments').select('user_id').where('case_id', '=', caseId).where('ended_at', 'is', null).executeTakeFirst(),
      trx.selectFrom('subjects').select(['id', 'bsn_hash']).where('case_id', '=', caseId).execute(),
      trx.selectFrom('consents').select(['id', 'subject_id', 'partners', 'given_at', 'revoked_at', 'refused']).where('case_id', '=', caseId).execute(),
      trx
        .selectFrom('third_parties')
        .select(['user_id', 'partner_id', 'basis', 'declaration_signed_at', 'consents_from', 'released_to'])
        .where('case_id', '=', caseId)
        .where('ended_at', 'is', null)
        .execute(),
      trx
        .selectFrom('rights_requests')
        .select(['id', 'subject_id', 'handler_user_id', 'registered_at', 'closed_at'])
        .where('case_id', '=', caseId)
        .execute(),
      trx
        .selectFrom('contributions')
        .select(['id', 'by_partner_id', 'given_in', 'special', 'police', 'purposes', 'basis', 'shared_with', 'released_for_rto', 'excluded', 'withdrawn_at'])
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      trx.selectFrom('take_along_grants').select(['contribution_id', 'to_user_id', 'plan_action']).where('case_id', '=', caseId).where('revoked_at', 'is', null).execute(),
      loadPartnerFacts(trx, row.collaborationId),
    ]);

  const involved = new Map<string, Set<string>>();
  for (const i of involvement) {
    let users = involved.get(i.partner_id);
    if (users === undefined) involved.set(i.partner_id, (users = new Set()));
    users.add(i.user_id);
  }
  const grantsBy = new Map<string, { to: string; planAction: string }[]>();
  for (const g of grants) {
    let list = grantsBy.get(g.contribution_id);
    if (list === undefined) grantsBy.set(g.contribution_id, (list = []));
    list.push({ to: g.to_user_id, planAction: g.plan_action });
  }
  const contributionFacts = new Map<string, ContributionFacts>();
  for (const c of contributions) {
    const released = c.released_for_rto;
    contributionFacts.set(c.id, {
      id: c.id,
      by: c.by_partner_id,
      givenIn: c.given_in as Phase,
      special: c.special,
      police: c.police,
      purposes: new Set(c.purposes as ContributionPurpose[]),
      basis: c.basis as unknown as LegalBasis,
      sharedWith: toSet(c.shared_with),
      releasedForRto: released === 'all' || released === 'none' ? released : toSet(released),
      excluded: toSet(c.excluded),
      grants: grantsBy.get(c.id) ?? [],
      withdrawn: c.withdrawn_at !== null,
    });
  }

  const facts: CaseFacts = {
    id: row.id,
    collaborationId: row.collaborationId,
    phase: row.phase,
    registrant: row.registrantPartnerId,
    processDirectors: new Set(staff.filter((s) => s.role === 'process_director').map((s) => s.user_id)),
    support: new Set(staff.filter((s) => s.role === 'support').map((s) => s.user_id)),
    allDirectorsSeeAll: collaboration?.all_directors_see_all ?? false,
    involved,
    triageAsked: new Set(questions.map((q) => q.asked_partner_id)),
    rtoParticipants: new Set(invitations.map((i) => i.user_id)),
    caseDirector: director?.user_id ?? null,
    subjects: new Map(subjects.map((s) => [s.id, { id: s.id, hasBsn: s.bsn_hash !== null }])),
    consents: new Map(
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
    ),
    thirdParties: new Map(
      thirdParties.map((t) => [
        t.user_id,
        {
          userId: t.user_id,
          partnerId: t.partner_id,
          hasBasis: t.basis !== null,
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
  };
  return { row, facts };
}
