/**
 * Absences and substitutes (ADR 0116; seed 002 art. 6.3, seed 003 §3, seed 004 §4). The absent
 * person (or the collaboration's administrator) records "away from … to …, colleague X acts for
 * me"; the access engine lends the absent person's relation to X for those days only
 * (`substitutionsAt`), Row-Level Security agrees (migration 305), and every read made through it
 * is audited with the absent person. Setting and cancelling are audited.
 */
import { sql } from 'kysely';
import { ABSENCE_REFUSALS, checkAbsence, mayCancelAbsence } from '../../domain/governance/absence.js';
import type { AbsenceAccount } from '../../domain/governance/absence.js';
import type { Role } from '../../domain/model.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';

export interface AbsenceView {
  readonly id: string;
  readonly userId: string;
  readonly userName: string;
  readonly substituteUserId: string;
  readonly substituteName: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly startsOn: string;
  readonly endsOn: string;
  /** Running today (Europe/Amsterdam). */
  readonly running: boolean;
}

export interface AbsencesOverview {
  /** The user's own absences (or, for an admin, the one asked for) that are not cancelled or over. */
  readonly absences: readonly AbsenceView[];
  /** Absences in which this user is the substitute. */
  readonly substituting: readonly AbsenceView[];
  /** Who may be chosen as substitute: active colleagues of the same partner and role. */
  readonly candidates: readonly { readonly id: string; readonly name: string }[];
}

const ABSENCE = { nl: 'Afwezigheid', en: 'Absence' };
const USER = { nl: 'Gebruiker', en: 'User' };

/** Today's date in Europe/Amsterdam, `YYYY-MM-DD`. */
export function amsterdamDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

async function account(trx: Trx, collaborationId: string, userId: string): Promise<(AbsenceAccount & { name: string }) | null> {
  const u = await trx
    .selectFrom('users')
    .select(['id', 'collaboration_id', 'partner_id', 'role', 'active', 'display_name'])
    .where('id', '=', userId)
    .where('collaboration_id', '=', collaborationId)
    .executeTakeFirst();
  return u === undefined ? null : { userId: u.id, collaborationId: u.collaboration_id, partnerId: u.partner_id, role: u.role as Role, active: u.active, name: u.display_name };
}

interface AbsenceRow {
  id: string;
  user_id: string;
  user_name: string;
  substitute_user_id: string;
  substitute_name: string;
  starts_on: string;
  ends_on: string;
}

async function absencesWhere(trx: Trx, collaborationId: string, column: 'user_id' | 'substitute_user_id', userId: string, today: string): Promise<AbsenceView[]> {
  const rows = await sql<AbsenceRow>`
    select a.id, a.user_id, u.display_name as user_name, a.substitute_user_id, s.display_name as substitute_name,
           to_char(a.starts_on, 'YYYY-MM-DD') as starts_on, to_char(a.ends_on, 'YYYY-MM-DD') as ends_on
      from absences a join users u on u.id = a.user_id join users s on s.id = a.substitute_user_id
     where a.collaboration_id = ${collaborationId} and ${sql.ref(`a.${column}`)} = ${userId}
       and a.cancelled_at is null and a.ends_on >= ${today}::date
     order by a.starts_on, a.id`.execute(trx);
  return rows.rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    substituteUserId: r.substitute_user_id,
    substituteName: r.substitute_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    running: r.starts_on <= today && today <= r.ends_on,
  }));
}

/** Whose absences the actor may see and set: its own, or anyone's in the collaboration as its administrator. */
function mayManage(actor: SessionActor, userId: string): boolean {
  return actor.userId === userId || actor.role === 'admin';
}

export async function listAbsences(deps: ServiceDeps, actor: SessionActor, userId: string): Promise<AbsencesOverview> {
  return withActor(deps, actor, async (trx) => {
    const today = amsterdamDate(deps.now());
    if (!mayManage(actor, userId)) throw notFound(USER);
    const absent = await account(trx, actor.collaborationId, userId);
    if (absent === null) throw notFound(USER);
    const candidates = await trx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('collaboration_id', '=', actor.collaborationId)
      .where('partner_id', '=', absent.partnerId)
      .where('role', '=', absent.role)
      .where('active', '=', true)
      .where('id', '<>', absent.userId)
      .orderBy('display_name')
      .execute();
    return {
      absences: await absencesWhere(trx, actor.collaborationId, 'user_id', userId, today),
      substituting: await absencesWhere(trx, actor.collaborationId, 'substitute_user_id', userId, today),
      candidates: candidates.map((c) => ({ id: c.id, name: c.display_name })),
    };
  });
}

export interface SetAbsenceInput {
  readonly substituteUserId: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

export async function setAbsence(deps: ServiceDeps, actor: SessionActor, userId: string, input: SetAbsenceInput): Promise<AbsenceView> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const today = amsterdamDate(now);
    const entry = auditEntry(deps, actor, { action: 'absence.set', targetUserId: userId });
    const absent = await account(trx, actor.collaborationId, userId);
    if (absent === null) throw notFound(USER);
    const substitute = await account(trx, actor.collaborationId, input.substituteUserId);
    const others = await sql<{ starts_on: string; ends_on: string }>`
      select to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on
        from absences where user_id = ${userId} and cancelled_at is null`.execute(trx);
    const refusals = checkAbsence({
      setBy: actor,
      absent,
      // An unknown id is treated as a colleague of another organisation: nothing is told about it.
      substitute: substitute ?? { userId: input.substituteUserId, collaborationId: '', partnerId: '', role: 'professional', active: false },
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      today,
      otherPeriods: others.rows.map((o) => ({ startsOn: o.starts_on, endsOn: o.ends_on })),
    });
    if (refusals.includes('absence_not_yours')) {
      refuse(entry, { rule: 'P2', reason: 'absence_not_yours', messages: { nl: ABSENCE_REFUSALS.absence_not_yours.nl, en: ABSENCE_REFUSALS.absence_not_yours.en } });
    }
    if (refusals.length > 0) {
      throw validationFailed(
        refusals.map((r) => {
          const m = ABSENCE_REFUSALS[r];
          return { field: m.field ?? 'substituteUserId', message: m.nl, messages: { nl: m.nl, en: m.en } };
        }),
      );
    }
    const row = await trx
      .insertInto('absences')
      .values({
        collaboration_id: actor.collaborationId,
        user_id: userId,
        substitute_user_id: input.substituteUserId,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        set_by: actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return {
      id: row.id,
      userId,
      userName: absent.name,
      substituteUserId: input.substituteUserId,
      substituteName: substitute?.name ?? '',
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      running: input.startsOn <= today && today <= input.endsOn,
    };
  });
}

export async function cancelAbsence(deps: ServiceDeps, actor: SessionActor, userId: string, absenceId: string): Promise<{ cancelled: true }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'absence.cancel', targetUserId: userId });
    const row = await trx
      .selectFrom('absences')
      .select(['id', 'user_id', 'collaboration_id'])
      .where('id', '=', absenceId)
      .where('user_id', '=', userId)
      .where('cancelled_at', 'is', null)
      .executeTakeFirst();
    if (row === undefined) throw notFound(ABSENCE);
    if (!mayCancelAbsence(actor, { absentUserId: row.user_id, collaborationId: row.collaboration_id })) {
      refuse(entry, { rule: 'P2', reason: 'absence_not_yours', messages: { nl: ABSENCE_REFUSALS.absence_not_yours.nl, en: ABSENCE_REFUSALS.absence_not_yours.en } });
    }
    await trx.updateTable('absences').set({ cancelled_at: now, cancelled_by: actor.userId }).where('id', '=', absenceId).execute();
    await deps.audit.append(trx, entry);
    return { cancelled: true };
  });
}
