import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, MigrationDriftError } from '../../src/store/migrate.js';
import { ENGINE_NAME, openTestDatabase } from '../support/db.js';
import type { TestDatabase } from '../support/db.js';

const EXPECTED_TABLES = [
  'absences', 'accountability_events', 'audit_chain_head', 'audit_log', 'case_director_appointments', 'case_keys', 'case_number_counters', 'case_staff', 'cases', 'casustafel_context_key',
  'collaborations', 'complaints', 'consents', 'contributions', 'deescalation_decisions',
  'deescalation_exceptions', 'deletion_informing', 'disputes', 'document_downloads', 'dossier_clearings', 'health_probe', 'incident_acknowledgements', 'incident_updates', 'incidents', 'informing_records', 'involvement', 'job_runs', 'login_backoff',
  'mail_outbox', 'meeting_attendance', 'meeting_invitations', 'meeting_session_items', 'meeting_session_participants', 'meeting_session_topic_actions', 'meeting_session_topic_partners', 'meeting_session_topics', 'meeting_sessions', 'meetings', 'membership_decisions', 'notice_messages', 'notifications', 'partner_delegates', 'partners', 'plan_actions',
  'police_provisions', 'presence_lookups', 'published_accountability_reports', 'reminders', 'restricted_meeting_items', 'rights_request_effects', 'rights_request_letters', 'rights_request_partner_answers', 'rights_requests', 'role_grants', 'schema_migrations',
  'sessions', 'subject_corrections', 'subjects', 'table_amendment_consents', 'table_amendments', 'table_designations', 'take_along_grants', 'third_parties', 'triage_questions', 'users', 'weighings', 'wpg20_decision_events',
];

describe(`migrations on ${ENGINE_NAME}`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await database.close();
  });

  async function tables(): Promise<string[]> {
    const result = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(database.db);
    return result.rows.map((row) => row.table_name);
  }

  it('applies every migration once, and a second run is a no-op', async () => {
    const files = await loadMigrations();
    expect(files.length).toBeGreaterThanOrEqual(5);
    const first = await migrate(database.db);
    expect(first.applied).toEqual(files.map((file) => file.name));
    expect(await tables()).toEqual(EXPECTED_TABLES);

    const second = await migrate(database.db);
    expect(second.applied).toEqual([]);
    expect(await tables()).toEqual(EXPECTED_TABLES);
    const recorded = await database.db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
    expect(recorded.map((row) => row.name)).toEqual(files.map((file) => file.name));
  });

  it('forces Row-Level Security on every table except the migration ledger', async () => {
    const result = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' order by c.relname`.execute(database.db);
    const unprotected = result.rows
      .filter((row) => !row.relrowsecurity || !row.relforcerowsecurity)
      .map((row) => row.relname);
    expect(unprotected).toEqual(['schema_migrations']);
    const roles = await sql<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>`
      select rolname, rolsuper, rolbypassrls, rolcanlogin from pg_roles
      where rolname in ('casustafel_app', 'casustafel_system') order by rolname`.execute(database.db);
    expect(roles.rows).toEqual([
      { rolname: 'casustafel_app', rolsuper: false, rolbypassrls: false, rolcanlogin: false },
      { rolname: 'casustafel_system', rolsuper: false, rolbypassrls: false, rolcanlogin: false },
    ]);
  });

  it('refuses a migration that changed after it was applied, and a failing one leaves nothing behind', async () => {
    const files = await loadMigrations();
    const changed = files.map((file, index) => (index === 0 ? { ...file, checksum: 'edited' } : file));
    await expect(migrate(database.db, changed)).rejects.toBeInstanceOf(MigrationDriftError);

    const broken = [...files, { name: '999-broken.sql', sql: 'create table half_done (x int); select 1/0;', checksum: 'x' }];
    await expect(migrate(database.db, broken)).rejects.toThrow();
    expect(await tables()).toEqual(EXPECTED_TABLES);
  });
});
