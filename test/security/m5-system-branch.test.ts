/**
 * Finding M5 (penetration test 2026-12-06), the part closed here: on the application role, the
 * setting app.role = 'system' switched on the policies' system branch and read (and wrote) every
 * collaboration. Now the branch also needs a role other than casustafel_app (migration 053): the
 * reproduction sees and touches nothing of the other collaboration, and cannot write audit rows
 * there; the real system context (casustafel_system) still sees everything. Open: a login that
 * cannot switch to casustafel_system at all (docs/security.md).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/store/acting-context.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';
import { seedWorld } from '../store/seed.js';
import type { World } from '../store/seed.js';

describe(`M5 the system branch is not a setting (${ENGINE_NAME})`, () => {
  let database: TestDatabase;
  let world: World;
  beforeAll(async () => {
    database = await openTestDatabase();
    world = await seedWorld(database);
  });
  afterAll(async () => {
    await database.close();
  });

  it("M5 the reproduction: set local role casustafel_app; set_config('app.role','system') reads, changes and logs nothing of another collaboration", async () => {
    const result = await database.db.transaction().execute(async (trx) => {
      await sql`set local role casustafel_app`.execute(trx);
      await sql`select set_config('app.collaboration_id', ${world.a.id}, true), set_config('app.role', 'system', true)`.execute(trx);
      const who = await sql<{ who: string; system: boolean }>`select current_user as who, casustafel_is_system() as system`.execute(trx);
      const seen = {
        cases: (await trx.selectFrom('cases').select('id').where('collaboration_id', '=', world.b.id).execute()).length,
        subjects: (await trx.selectFrom('subjects').select('id').where('collaboration_id', '=', world.b.id).execute()).length,
        contributions: (await trx.selectFrom('contributions').select('id').where('collaboration_id', '=', world.b.id).execute()).length,
        caseKeys: (await trx.selectFrom('case_keys').select('case_id').execute()).length,
      };
      const updated = await trx.updateTable('cases').set({ updated_at: new Date() }).where('collaboration_id', '=', world.b.id).executeTakeFirst();
      return { who: who.rows[0], seen, updated: Number(updated.numUpdatedRows) };
    });
    expect(result.who).toEqual({ who: 'casustafel_app', system: false });
    expect(result.seen).toEqual({ cases: 0, subjects: 0, contributions: 0, caseKeys: 0 });
    expect(result.updated).toBe(0);

    // An audit row forged out of band for the other collaboration is refused by the policy.
    const forged = database.db.transaction().execute(async (trx) => {
      await sql`set local role casustafel_app`.execute(trx);
      await sql`select set_config('app.role', 'system', true)`.execute(trx);
      await sql`insert into audit_log (at, collaboration_id, action, access_point, outcome) values (now(), ${world.b.id}, 'contribution.read', 'api', 'allow')`.execute(trx);
    });
    await expect(forged).rejects.toThrow(/row-level security|permission denied/);
  });

  it('M5 the system context proper (casustafel_system) still sees both collaborations', async () => {
    const seen = await database.withTransaction(systemContext(), async (trx) => ({
      who: (await sql<{ who: string }>`select current_user as who`.execute(trx)).rows[0]?.who,
      cases: (await trx.selectFrom('cases').select('id').where('id', 'in', [world.a.caseId, world.b.caseId]).execute()).length,
    }));
    expect(seen).toEqual({ who: 'casustafel_system', cases: 2 });
  });
});
