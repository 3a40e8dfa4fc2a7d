/**
 * The case page as an RTO participant on a loaded database, and the same content queries
 * without the policy; then the retention sweep over the loaded cases.
 *
 * - Load: `cases` filler cases with one subject and `perCase` contributions each, inserted with
 *   `generate_series` in chunks straight into the tables (not through the API; their content is
 *   placeholder bytes that are never decrypted), then `measured` real cases created with their
 *   own data key and encrypted fields, in which the participant is designated and invited.
 * - Case page: `viewCase` (the service behind `GET /api/cases/:id`, without the HTTP layer):
 *   acting context and Row-Level Security, case facts, the engine, decryption, one audit append
 *   per personal-data read. Baseline: the same content queries (case, key, subjects,
 *   contributions) and decryption in a plain transaction, without RLS, facts, engine or audit.
 *   The two alternate call by call so that machine noise hits both alike.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createCaseKey, loadCaseKey } from '../src/crypto/case-keys.js';
import { decryptField, decryptJson, encryptField, encryptJson } from '../src/crypto/field-cipher.js';
import type { CaseRetentionHistory } from '../src/domain/retention/history.js';
import type { RetentionPolicy } from '../src/domain/retention/policy.js';
import { scheduleSweep } from '../src/domain/retention/schedule.js';
import type { Phase } from '../src/domain/model.js';
import type { ServerHandle } from '../src/server.js';
import { viewCase } from '../src/services/cases/view-case.js';
import type { ServiceDeps, SessionActor } from '../src/services/ports.js';
import { BENCH_CLOCK, noordLimburg, startBenchServer, userId } from './support/bench-server.js';
import { openBenchDatabase } from './support/bench-database.js';
import { msSince, percentile, round } from './support/stats.js';

export interface CasePageOptions {
  readonly usePostgres: boolean;
  readonly cases: number;
  readonly perCase: number;
  readonly measured: number;
  readonly iterations: number;
  readonly log: (message: string) => void;
}

export interface CasePageResult {
  readonly case_page_p95_ms: number;
  readonly case_page_p50_ms: number;
  readonly case_page_baseline_p95_ms: number;
  readonly case_page_baseline_p50_ms: number;
  readonly policy_overhead_ratio: number;
  readonly case_page_cases: number;
  readonly case_page_contributions: number;
  readonly bulk_load_s: number;
  readonly retention_sweep_per_100k_s: number;
  readonly retention_sweep_pure_per_100k_s: number;
  readonly retention_sweep_cases: number;
  readonly db_engine: 'postgres' | 'pglite';
}

interface World {
  readonly collaborationId: string;
  readonly partners: readonly string[];
  readonly pd: string;
  readonly participant: SessionActor;
  readonly policy: RetentionPolicy;
}

export async function runCasePageBench(o: CasePageOptions): Promise<CasePageResult> {
  const bench = await openBenchDatabase(o.usePostgres);
  let handle: ServerHandle | null = null;
  try {
    handle = await startBenchServer(bench.database);
    const world = worldOf(handle);
    const t0 = process.hrtime.bigint();
    await bulkLoad(handle.deps, world, o);
    const measured = await createMeasuredCases(handle.deps, world, o.measured, o.perCase);
    await sql`analyze`.execute(bench.database.db);
    const bulkLoadS = msSince(t0) / 1000;
    o.log(`  loaded ${o.cases + o.measured} cases, ${(o.cases + o.measured) * o.perCase} contributions in ${bulkLoadS.toFixed(1)} s (${bench.engine})`);

    const deps = handle.deps;
    for (let i = 0; i < Math.min(50, o.iterations); i++) {
      await viewCase(deps, world.participant, measured[i % measured.length]!);
      await bareCasePage(deps, measured[i % measured.length]!);
    }
    const page = new Float64Array(o.iterations);
    const bare = new Float64Array(o.iterations);
    for (let i = 0; i < o.iterations; i++) {
      const caseId = measured[i % measured.length]!;
      const first = i % 2 === 0;
      if (first) bare[i] = await timed(() => bareCasePage(deps, caseId));
      page[i] = await timed(async () => {
        const v = await viewCase(deps, world.participant, caseId);
        if (v.contributions.length === 0) throw new Error('the participant saw nothing: the bench case is wrong');
      });
      if (!first) bare[i] = await timed(() => bareCasePage(deps, caseId));
    }

    const sweep = await retentionSweep(deps, world);
    return {
      case_page_p95_ms: round(percentile(page, 95)),
      case_page_p50_ms: round(percentile(page, 50)),
      case_page_baseline_p95_ms: round(percentile(bare, 95)),
      case_page_baseline_p50_ms: round(percentile(bare, 50)),
      policy_overhead_ratio: round(percentile(page, 50) / percentile(bare, 50), 2),
      case_page_cases: o.cases + o.measured,
      case_page_contributions: (o.cases + o.measured) * o.perCase,
      bulk_load_s: round(bulkLoadS, 1),
      retention_sweep_per_100k_s: round((sweep.totalMs / 1000) * (100_000 / sweep.cases)),
      retention_sweep_pure_per_100k_s: round((sweep.pureMs / 1000) * (100_000 / sweep.cases)),
      retention_sweep_cases: sweep.cases,
      db_engine: bench.engine,
    };
  } finally {
    if (handle !== null) await handle.close();
    else await bench.database.close();
    await bench.close().catch(() => undefined);
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return msSince(t0);
}

function worldOf(handle: ServerHandle): World {
  const s = noordLimburg(handle);
  const partners = [...s.installed.partners.entries()].filter(([slug]) => s.users.has(`${slug}@noord-limburg`)).slice(0, 10);
  if (partners.length < 4) throw new Error('too few demo partners');
  const [participantSlug, participantPartner] = partners[1]!;
  return {
    collaborationId: s.installed.id,
    partners: partners.map(([, id]) => id),
    pd: userId(s, 'procesregisseur@noord-limburg'),
    participant: {
      sessionId: 'bench',
      userId: userId(s, `${participantSlug}@noord-limburg`),
      partnerId: participantPartner,
      role: 'professional',
      collaborationId: s.installed.id,
      displayName: 'bench participant',
    },
    policy: s.config.retention,
  };
}

const PHASES_MIX: readonly Phase[] = ['screening', 'triage', 'rto', 'monitoring', 'deescalation1'];

async function bulkLoad(deps: ServiceDeps, w: World, o: CasePageOptions): Promise<void> {
  const db = deps.database.db;
  const chunk = 10_000;
  for (let from = 1; from <= o.cases; from += chunk) {
    const to = Math.min(o.cases, from + chunk - 1);
    // One statement per chunk: the children are inserted from the CTE of the new cases.
    await sql`
      with c as (
        insert into cases (collaboration_id, number, table_id, phase, registrant_partner_id, lead_partner_id, created_at, phase_changed_at, closed_at)
        select ${w.collaborationId}::uuid, 'B-' || g, 'rto-complexe-casuistiek',
          (${PHASES_MIX}::text[])[1 + g % 5],
          (${w.partners}::uuid[])[1 + g % ${w.partners.length}],
          (${w.partners}::uuid[])[1 + g % ${w.partners.length}],
          ${BENCH_CLOCK}::timestamptz - (g % 900) * interval '1 day',
          ${BENCH_CLOCK}::timestamptz - (g % 400) * interval '1 day',
          case when g % 5 = 4 then ${BENCH_CLOCK}::timestamptz - (g % 500) * interval '1 day' end
        from generate_series(${from}::int, ${to}::int) g
        returning id, collaboration_id, phase, phase_changed_at),
      s as (insert into subjects (collaboration_id, case_id, name_enc) select c.collaboration_id, c.id, '\\x00'::bytea from c),
      st as (insert into case_staff (case_id, collaboration_id, user_id, role) select c.id, c.collaboration_id, ${w.pd}::uuid, 'process_director' from c),
      k as (
        insert into contributions (case_id, collaboration_id, by_partner_id, author_user_id, given_in, category, purposes, basis, released_for_rto, content_enc)
        select c.id, c.collaboration_id, (${w.partners}::uuid[])[1 + k % ${w.partners.length}], ${w.pd}::uuid, 'triage', 'overig',
          '["triage","rto","monitoring"]'::jsonb, '{"kind":"public_task","law":"Gemeentewet art. 172"}'::jsonb, '"all"'::jsonb,
          decode(repeat('ab', 120), 'hex')
        from c cross join generate_series(1, ${o.perCase}::int) k),
      d as (
        insert into deescalation_decisions (case_id, collaboration_id, decided_at, decided_by, archive_due_at, delete_due_at)
        select c.id, c.collaboration_id, c.phase_changed_at, ${w.pd}::uuid, c.phase_changed_at + interval '6 months', c.phase_changed_at + interval '12 months'
        from c where c.phase = 'deescalation1')
      select count(*) from c`.execute(db);
    o.log(`  bulk: ${to} / ${o.cases} cases`);
  }
}

/** Real cases with encrypted content: the participant is designated, invited and released to. */
async function createMeasuredCases(deps: ServiceDeps, w: World, count: number, perCase: number): Promise<string[]> {
  const db = deps.database.db;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const caseId = randomUUID();
    ids.push(caseId);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('cases')
        .values({ id: caseId, collaboration_id: w.collaborationId, number: `M-${i}`, table_id: 'rto-complexe-casuistiek', phase: 'rto', registrant_partner_id: w.partners[0]!, lead_partner_id: w.partners[0]! })
        .execute();
      const key = await createCaseKey(trx, deps.keys, { caseId, collaborationId: w.collaborationId });
      await trx
        .insertInto('subjects')
        .values({ collaboration_id: w.collaborationId, case_id: caseId, name_enc: encryptField(key, 'subject.name', `Betrokkene ${i}`), address_enc: encryptField(key, 'subject.address', 'Markt 1, Venlo') })
        .execute();
      await trx.insertInto('case_staff').values({ case_id: caseId, collaboration_id: w.collaborationId, user_id: w.pd, role: 'process_director' }).execute();
      await trx.insertInto('involvement').values({ case_id: caseId, collaboration_id: w.collaborationId, partner_id: w.participant.partnerId, user_id: w.participant.userId }).execute();
      const meeting = await trx
        .insertInto('meetings')
        .values({ case_id: caseId, collaboration_id: w.collaborationId, table_id: 'rto-complexe-casuistiek', scheduled_at: BENCH_CLOCK })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('meeting_invitations')
        .values({ meeting_id: meeting.id, case_id: caseId, collaboration_id: w.collaborationId, user_id: w.participant.userId, partner_id: w.participant.partnerId, participant_role: 'expert' })
        .execute();
      for (let k = 0; k < perCase; k++) {
        await trx
          .insertInto('contributions')
          .values({
            case_id: caseId,
            collaboration_id: w.collaborationId,
            by_partner_id: w.partners[k % w.partners.length]!,
            author_user_id: w.pd,
            given_in: 'triage',
            category: 'overig',
            purposes: JSON.stringify(['triage', 'rto', 'plan_execution', 'monitoring']),
            basis: JSON.stringify({ kind: 'public_task', law: 'Gemeentewet art. 172' }),
            released_for_rto: JSON.stringify(k % 3 === 2 ? [w.partners[0]!] : 'all'),
            content_enc: encryptJson(key, 'contribution.content', { text: `Bijdrage ${k} over de situatie van betrokkene ${i}. `.repeat(4) }),
          })
          .execute();
      }
    });
  }
  return ids;
}

/** The same content queries as the case page, without RLS, facts, engine or audit. */
async function bareCasePage(deps: ServiceDeps, caseId: string): Promise<number> {
  return deps.database.db.transaction().execute(async (trx) => {
    await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const key = await loadCaseKey(trx, deps.keys, caseId);
    const subjects = await trx.selectFrom('subjects').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
    let n = 0;
    for (const s of subjects) n += decryptField(key, 'subject.name', s.name_enc).length;
    const rows = await trx.selectFrom('contributions').selectAll().where('case_id', '=', caseId).execute();
    for (const c of rows) n += (decryptJson(key, 'contribution.content', c.content_enc) as { text: string }).text.length;
    return n;
  });
}

/** Reads every case's retention history from the database and plans the sweep. */
async function retentionSweep(deps: ServiceDeps, w: World): Promise<{ totalMs: number; pureMs: number; cases: number }> {
  const t0 = process.hrtime.bigint();
  const rows = await deps.database.db
    .selectFrom('cases as c')
    .leftJoin('deescalation_decisions as d', 'd.case_id', 'c.id')
    .select(['c.id', 'c.collaboration_id', 'c.phase', 'c.created_at', 'c.lead_partner_id', 'c.closed_at', 'd.decided_at'])
    .execute();
  const histories: CaseRetentionHistory[] = rows.map((r) => ({
    caseId: r.id,
    collaborationId: r.collaboration_id,
    phase: r.phase as Phase,
    registeredAt: r.created_at.getTime(),
    leadPartner: r.lead_partner_id,
    caseDirectorPartner: null,
    deescalationDecidedAt: r.decided_at?.getTime() ?? null,
    closedAt: r.closed_at?.getTime() ?? null,
    rejectedAt: null,
    referredAt: null,
    purgedAt: null,
    exceptions: [],
    subjectInformedOfDeletionAt: null,
    pickedUpAt: null,
  }));
  const t1 = process.hrtime.bigint();
  const result = scheduleSweep(histories, new Map([[w.collaborationId, w.policy]]), BENCH_CLOCK.getTime());
  const pureMs = msSince(t1);
  if (result.actions.length === 0) throw new Error('the sweep found nothing due: the loaded cases are wrong');
  return { totalMs: msSince(t0), pureMs, cases: histories.length };
}
