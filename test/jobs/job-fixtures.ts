/** Cases straight into the database at a given stage, for the job tests. */
import { createCaseKey } from '../../src/crypto/case-keys.js';
import { encryptField } from '../../src/crypto/field-cipher.js';
import type { Phase } from '../../src/domain/model.js';
import type { ServiceDeps } from '../../src/services/ports.js';
import { systemContext } from '../../src/store/acting-context.js';

export interface CaseAt {
  readonly collaboration: string;
  readonly phase: Phase;
  readonly createdAt: Date;
  readonly closedAt?: Date;
  readonly deescalatedAt?: Date;
  /** Exceptions on step 2 (archive) or 3 (delete); `byLead: false` records one by another partner. */
  readonly exceptions?: readonly { step: 2 | 3; decidedAt: Date; reassessAt: Date; byLead?: boolean }[];
}

export interface Collaboration {
  readonly id: string;
  readonly lead: string;
  readonly other: string;
  readonly user: string;
}

export async function collaboration(deps: ServiceDeps, slug: string): Promise<Collaboration> {
  return deps.database.withTransaction(systemContext(), async (trx) => {
    const c = await trx.selectFrom('collaborations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const partners = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', c.id).where('member', '=', true).orderBy('slug').limit(2).execute();
    const user = await trx.selectFrom('users').select('id').where('collaboration_id', '=', c.id).limit(1).executeTakeFirstOrThrow();
    return { id: c.id, lead: partners[0]!.id, other: partners[1]!.id, user: user.id };
  });
}

let counter = 0;

export async function insertCase(deps: ServiceDeps, at: CaseAt): Promise<string> {
  const c = await collaboration(deps, at.collaboration);
  return deps.database.withTransaction(systemContext(), async (trx) => {
    counter++;
    const row = await trx
      .insertInto('cases')
      .values({
        collaboration_id: c.id,
        number: `T-${counter}-${Math.random().toString(36).slice(2, 8)}`,
        table_id: 'test',
        phase: at.phase,
        registrant_partner_id: c.lead,
        lead_partner_id: c.lead,
        created_at: at.createdAt,
        updated_at: at.createdAt,
        phase_changed_at: at.closedAt ?? at.deescalatedAt ?? at.createdAt,
        closed_at: at.closedAt ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const key = await createCaseKey(trx, deps.keys, { caseId: row.id, collaborationId: c.id });
    await trx.insertInto('subjects').values({ collaboration_id: c.id, case_id: row.id, name_enc: encryptField(key, 'subject.name', 'Piet Proef') }).execute();
    if (at.deescalatedAt !== undefined) {
      await trx
        .insertInto('deescalation_decisions')
        .values({ case_id: row.id, collaboration_id: c.id, decided_at: at.deescalatedAt, decided_by: c.user, archive_due_at: at.deescalatedAt, delete_due_at: at.deescalatedAt })
        .execute();
    }
    for (const e of at.exceptions ?? []) {
      await trx
        .insertInto('deescalation_exceptions')
        .values({
          case_id: row.id,
          collaboration_id: c.id,
          step: e.step,
          decided_by: c.user,
          decided_by_partner_id: e.byLead === false ? c.other : c.lead,
          decided_at: e.decidedAt,
          reassess_at: e.reassessAt,
          motivation_enc: encryptField(key, 'deescalation.exception', 'Terugval dreigt; dossier nog nodig.'),
        })
        .execute();
    }
    return row.id;
  });
}

export async function caseState(deps: ServiceDeps, caseId: string): Promise<{ phase: string; key: boolean; subjects: number }> {
  const db = deps.database.db;
  const c = await db.selectFrom('cases').select('phase').where('id', '=', caseId).executeTakeFirstOrThrow();
  const key = await db.selectFrom('case_keys').select('case_id').where('case_id', '=', caseId).executeTakeFirst();
  const subjects = await db.selectFrom('subjects').select('id').where('case_id', '=', caseId).execute();
  return { phase: c.phase, key: key !== undefined, subjects: subjects.length };
}

export const months = (from: Date, n: number, plusDays = 0): Date => {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + n);
  return new Date(d.getTime() + plusDays * 86_400_000);
};
