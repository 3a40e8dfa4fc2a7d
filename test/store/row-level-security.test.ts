import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/audit/append.js';
import { ActingContextError, systemContext } from '../../src/store/acting-context.js';
import type { ActingContext } from '../../src/store/acting-context.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';
import { actingAs, contribution, seedWorld } from './seed.js';
import type { World } from './seed.js';

describe(`Row-Level Security on ${ENGINE_NAME}`, () => {
  let database: TestDatabase;
  let world: World;
  beforeAll(async () => {
    database = await openTestDatabase();
    world = await seedWorld(database);
  });
  afterAll(async () => {
    await database.close();
  });

  /** What the acting context sees when it queries the tables directly, around any service. */
  async function visible(ctx: ActingContext) {
    return database.withTransaction(ctx, async (trx) => ({
      cases: (await trx.selectFrom('cases').select('id').execute()).map((row) => row.id).sort(),
      subjects: (await trx.selectFrom('subjects').select('id').execute()).map((row) => row.id).sort(),
      contributions: (await trx.selectFrom('contributions').select('id').execute()).map((row) => row.id).sort(),
    }));
  }

  it('the owner connection sees both collaborations (the data the other tests hide is there)', async () => {
    const rows = await database.db.selectFrom('contributions').select('id').execute();
    expect(rows).toHaveLength(2);
  });

  it('without any setting the application role sees 0 rows', async () => {
    const counts = await database.db.transaction().execute(async (trx) => {
      await sql`set local role casustafel_app`.execute(trx);
      const who = await sql<{ current_user: string }>`select current_user`.execute(trx);
      expect(who.rows[0]?.current_user).toBe('casustafel_app');
      return {
        cases: (await trx.selectFrom('cases').select('id').execute()).length,
        subjects: (await trx.selectFrom('subjects').select('id').execute()).length,
        contributions: (await trx.selectFrom('contributions').select('id').execute()).length,
        partners: (await trx.selectFrom('partners').select('id').execute()).length,
        audit: (await trx.selectFrom('audit_log').select('id').execute()).length,
      };
    });
    expect(counts).toEqual({ cases: 0, subjects: 0, contributions: 0, partners: 0, audit: 0 });
  });

  it('another collaboration sees 0 rows of this one', async () => {
    const seen = await visible(actingAs(world.directorB));
    expect(seen).toEqual({ cases: [world.b.caseId], subjects: [world.b.subjectId], contributions: [world.b.contributionId] });
    const direct = await database.withTransaction(actingAs(world.directorB), (trx) =>
      trx.selectFrom('contributions').select('id').where('case_id', '=', world.a.caseId).execute(),
    );
    expect(direct).toEqual([]);
  });

  it('a partner professional of the same collaboration who is not designated sees nothing of the case', async () => {
    expect(await visible(actingAs(world.bystanderA))).toEqual({ cases: [], subjects: [], contributions: [] });
  });

  it('a process director not assigned to the case sees nothing, unless the collaboration lets all directors see all', async () => {
    expect(await visible(actingAs(world.otherDirectorA))).toEqual({ cases: [], subjects: [], contributions: [] });
    await database.withTransaction(systemContext(), (trx) =>
      trx.updateTable('collaborations').set({ all_directors_see_all: true }).where('id', '=', world.a.id).execute(),
    );
    try {
      expect((await visible(actingAs(world.otherDirectorA))).contributions).toEqual([world.a.contributionId]);
      expect((await visible(actingAs(world.bystanderA))).contributions).toEqual([]);
    } finally {
      await database.withTransaction(systemContext(), (trx) =>
        trx.updateTable('collaborations').set({ all_directors_see_all: false }).where('id', '=', world.a.id).execute(),
      );
    }
  });

  it('staff of the case and designated professionals see it; a designation for another partner does not count', async () => {
    const expected = { cases: [world.a.caseId], subjects: [world.a.subjectId], contributions: [world.a.contributionId] };
    expect(await visible(actingAs(world.directorA))).toEqual(expected);
    expect(await visible(actingAs(world.involvedA))).toEqual(expected);
    // The same user acting for another partner is not the designated professional.
    expect(await visible({ ...actingAs(world.involvedA), partnerId: world.a.gemeente })).toEqual({
      cases: [],
      subjects: [],
      contributions: [],
    });
  });

  it('the privacy officer sees case content of its own collaboration only', async () => {
    expect((await visible(actingAs(world.privacyOfficerA))).contributions).toEqual([world.a.contributionId]);
  });

  it('a statistician may count case rows of its collaboration but sees no subject or contribution', async () => {
    expect(await visible(actingAs(world.statisticianA))).toEqual({ cases: [world.a.caseId], subjects: [], contributions: [] });
  });

  it('the system context is explicit and sees everything', async () => {
    const seen = await visible(systemContext());
    expect(seen.contributions).toHaveLength(2);
  });

  it('writes into another collaboration are refused, updates and deletes there touch 0 rows', async () => {
    const foreign = contribution(randomUUID(), world.a.caseId, world.a.id, world.a.politie, world.directorB.id);
    await expect(
      database.withTransaction(actingAs(world.directorB), (trx) => trx.insertInto('contributions').values(foreign).execute()),
    ).rejects.toThrow(/row-level security/);
    const touched = await database.withTransaction(actingAs(world.directorB), async (trx) => {
      const updated = await trx.updateTable('contributions').set({ special: true }).where('case_id', '=', world.a.caseId).executeTakeFirst();
      const deleted = await trx.deleteFrom('subjects').where('case_id', '=', world.a.caseId).executeTakeFirst();
      return [updated.numUpdatedRows, deleted.numDeletedRows];
    });
    expect(touched).toEqual([0n, 0n]);
    const after = await database.db.selectFrom('contributions').select('special').where('id', '=', world.a.contributionId).executeTakeFirstOrThrow();
    expect(after.special).toBe(false);
  });

  it('the access log accepts appends within the acting collaboration, and only the privacy officer reads them', async () => {
    const ctx = actingAs(world.involvedA);
    await database.withTransaction(ctx, (trx) =>
      appendAudit(trx, {
        userId: ctx.userId,
        partnerId: ctx.partnerId,
        role: ctx.role,
        collaborationId: ctx.collaborationId,
        caseId: world.a.caseId,
        action: 'contribution.read',
        accessPoint: 'api',
        outcome: 'allow',
      }),
    );
    const ownRead = await database.withTransaction(ctx, (trx) => trx.selectFrom('audit_log').select('id').execute());
    expect(ownRead).toEqual([]);
    const officer = await database.withTransaction(actingAs(world.privacyOfficerA), (trx) =>
      trx.selectFrom('audit_log').select('case_id').execute(),
    );
    expect(officer).toEqual([{ case_id: world.a.caseId }]);
    await expect(
      database.withTransaction(ctx, (trx) =>
        appendAudit(trx, {
          userId: ctx.userId,
          partnerId: ctx.partnerId,
          role: ctx.role,
          collaborationId: world.b.id,
          action: 'contribution.read',
          accessPoint: 'api',
          outcome: 'allow',
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      database.withTransaction(ctx, (trx) => trx.updateTable('audit_log').set({ action: 'x' }).execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it('refuses an incomplete or malformed acting context before touching the database', async () => {
    await expect(
      database.withTransaction({ ...actingAs(world.directorA), userId: null }, () => Promise.resolve(1)),
    ).rejects.toBeInstanceOf(ActingContextError);
    await expect(
      database.withTransaction({ ...actingAs(world.directorA), partnerId: "x' or '1'='1" }, () => Promise.resolve(1)),
    ).rejects.toBeInstanceOf(ActingContextError);
  });

  it('credentials are for the system context only: a colleague reads names and roles, never the password hash or TOTP secret', async () => {
    const colleague = actingAs(world.directorA);
    const names = await database.withTransaction(colleague, (trx) => trx.selectFrom('users').select(['id', 'display_name', 'role']).execute());
    expect(names.length).toBeGreaterThan(0);
    for (const column of ['password_hash', 'totp_secret', 'failed_logins', 'locked_until'] as const) {
      await expect(database.withTransaction(colleague, (trx) => trx.selectFrom('users').select(column).execute())).rejects.toThrow(/permission denied/);
    }
    await expect(database.withTransaction(colleague, (trx) => sql`select * from users`.execute(trx))).rejects.toThrow(/permission denied/);
    const system = await database.withTransaction(systemContext(), async (trx) => ({
      who: (await sql<{ who: string }>`select current_user as who`.execute(trx)).rows[0]?.who,
      rows: await trx.selectFrom('users').select(['password_hash', 'totp_secret']).execute(),
    }));
    expect(system.who).toBe('casustafel_system');
    expect(system.rows.length).toBeGreaterThan(0);
  });

  it('settings and role end with the transaction', async () => {
    await visible(actingAs(world.directorA));
    const after = await sql<{ role: string | null; who: string }>`
      select nullif(current_setting('app.role', true), '') as role, current_user as who`.execute(database.db);
    expect(after.rows[0]?.role ?? null).toBeNull();
    expect(after.rows[0]?.who).not.toBe('casustafel_app');
  });

  it('partner_delegates (migration 470): everyone of the collaboration reads the designations; a manager inserts for its own partner only, a professional not at all; nobody changes one', async () => {
    const manager: ActingContext = { ...actingAs(world.privacyOfficerA), role: 'manager' };
    const insert = (ctx: ActingContext, partnerId: string) =>
      database.withTransaction(ctx, async (trx) => {
        await trx
          .insertInto('partner_delegates')
          .values({ collaboration_id: world.a.id, partner_id: partnerId, user_ids: JSON.stringify([world.bystanderA.id]), designated_by: ctx.userId ?? '', designated_at: new Date() })
          .execute();
      });
    await insert(manager, world.a.gemeente);
    await expect(insert(manager, world.a.politie)).rejects.toThrow();
    await expect(insert(actingAs(world.bystanderA), world.a.gemeente)).rejects.toThrow();
    const seen = (ctx: ActingContext) => database.withTransaction(ctx, async (trx) => (await trx.selectFrom('partner_delegates').select('partner_id').execute()).map((r) => r.partner_id));
    expect(await seen(actingAs(world.involvedA))).toEqual([world.a.gemeente]);
    expect(await seen(actingAs(world.directorB))).toEqual([]);
    const changed = await database.withTransaction(manager, async (trx) => (await trx.updateTable('partner_delegates').set({ user_ids: '[]' }).executeTakeFirst()).numUpdatedRows).catch(() => 0n);
    expect(changed).toBe(0n);
    expect((await database.db.selectFrom('partner_delegates').select('user_ids').execute()).map((r) => r.user_ids)).toEqual([[world.bystanderA.id]]);
  });
});
