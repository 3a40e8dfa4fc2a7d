/**
 * A small world for storage tests: two collaborations, their partners and users, one case each
 * with a subject and a contribution. Seeded in the system context, as a job or the CLI would.
 */
import { randomUUID } from 'node:crypto';
import type { ActingContext } from '../../src/store/acting-context.js';
import { systemContext } from '../../src/store/acting-context.js';
import type { AppDatabase } from '../../src/store/database.js';
import { toJson } from '../../src/store/schema.js';

export interface SeededUser {
  readonly id: string;
  readonly partnerId: string;
  readonly collaborationId: string;
  readonly role: ActingContext['role'];
}

export interface World {
  readonly a: { readonly id: string; readonly gemeente: string; readonly politie: string; readonly caseId: string; readonly subjectId: string; readonly contributionId: string };
  readonly b: { readonly id: string; readonly gemeente: string; readonly caseId: string; readonly subjectId: string; readonly contributionId: string };
  /** Process director acting in case A. */
  readonly directorA: SeededUser;
  /** A police professional designated in case A. */
  readonly involvedA: SeededUser;
  /** A municipal professional of collaboration A, not designated in the case. */
  readonly bystanderA: SeededUser;
  /** A process director of A who is not assigned to the case. */
  readonly otherDirectorA: SeededUser;
  readonly privacyOfficerA: SeededUser;
  readonly statisticianA: SeededUser;
  readonly directorB: SeededUser;
}

export function actingAs(user: SeededUser): ActingContext {
  return { collaborationId: user.collaborationId, partnerId: user.partnerId, userId: user.id, role: user.role };
}

export async function seedWorld(database: AppDatabase): Promise<World> {
  const id = () => randomUUID();
  const a = { id: id(), gemeente: id(), politie: id(), caseId: id(), subjectId: id(), contributionId: id() };
  const b = { id: id(), gemeente: id(), caseId: id(), subjectId: id(), contributionId: id() };
  const user = (collaborationId: string, partnerId: string, role: SeededUser['role']): SeededUser => ({
    id: id(),
    collaborationId,
    partnerId,
    role,
  });
  const directorA = user(a.id, a.gemeente, 'process_director');
  const involvedA = user(a.id, a.politie, 'professional');
  const bystanderA = user(a.id, a.gemeente, 'professional');
  const otherDirectorA = user(a.id, a.gemeente, 'process_director');
  const privacyOfficerA = user(a.id, a.gemeente, 'privacy_officer');
  const statisticianA = user(a.id, a.gemeente, 'statistician');
  const directorB = user(b.id, b.gemeente, 'process_director');

  await database.withTransaction(systemContext(), async (trx) => {
    await trx
      .insertInto('collaborations')
      .values([
        { id: a.id, slug: `zvh-a-${a.id}`, name: 'ZVH A', config: toJson({ tables: [] }) },
        { id: b.id, slug: `zvh-b-${b.id}`, name: 'ZVH B', config: toJson({ tables: [] }) },
      ])
      .execute();
    await trx
      .insertInto('partners')
      .values([
        { id: a.gemeente, collaboration_id: a.id, slug: 'gemeente', name: 'Gemeente A', type: 'gemeente', may_use_bsn: true },
        { id: a.politie, collaboration_id: a.id, slug: 'politie', name: 'Politie', type: 'politie', may_see_special: true },
        { id: b.gemeente, collaboration_id: b.id, slug: 'gemeente', name: 'Gemeente B', type: 'gemeente' },
      ])
      .execute();
    await trx
      .insertInto('users')
      .values(
        [directorA, involvedA, bystanderA, otherDirectorA, privacyOfficerA, statisticianA, directorB].map((u) => ({
          id: u.id,
          collaboration_id: u.collaborationId,
          partner_id: u.partnerId,
          username: `user-${u.id}`,
          display_name: `User ${u.role}`,
          role: u.role,
        })),
      )
      .execute();
    for (const [side, registrant] of [
      [a, a.gemeente],
      [b, b.gemeente],
    ] as const) {
      await trx
        .insertInto('cases')
        .values({
          id: side.caseId,
          collaboration_id: side.id,
          number: '2025-0001',
          table_id: 'rto',
          phase: 'triage',
          registrant_partner_id: registrant,
          lead_partner_id: registrant,
        })
        .execute();
      await trx
        .insertInto('subjects')
        .values({ id: side.subjectId, collaboration_id: side.id, case_id: side.caseId, name_enc: Buffer.from('ciphertext') })
        .execute();
    }
    await trx
      .insertInto('case_staff')
      .values([
        { case_id: a.caseId, collaboration_id: a.id, user_id: directorA.id, role: 'process_director' },
        { case_id: b.caseId, collaboration_id: b.id, user_id: directorB.id, role: 'process_director' },
      ])
      .execute();
    await trx
      .insertInto('involvement')
      .values({ case_id: a.caseId, collaboration_id: a.id, partner_id: a.politie, user_id: involvedA.id })
      .execute();
    await trx
      .insertInto('contributions')
      .values([
        contribution(a.contributionId, a.caseId, a.id, a.politie, involvedA.id),
        contribution(b.contributionId, b.caseId, b.id, b.gemeente, directorB.id),
      ])
      .execute();
  });
  return { a, b, directorA, involvedA, bystanderA, otherDirectorA, privacyOfficerA, statisticianA, directorB };
}

export function contribution(id: string, caseId: string, collaborationId: string, partnerId: string, authorId: string) {
  return {
    id,
    case_id: caseId,
    collaboration_id: collaborationId,
    by_partner_id: partnerId,
    author_user_id: authorId,
    given_in: 'triage',
    category: 'police_justice',
    police: true,
    purposes: toJson(['triage', 'rto']),
    basis: toJson({ kind: 'public_task', law: 'Politiewet art. 3' }),
    content_enc: Buffer.from('ciphertext'),
  };
}
