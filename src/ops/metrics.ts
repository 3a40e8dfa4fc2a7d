/**
 * Prometheus metrics of one server process: request latency per route, access decisions by
 * outcome and rule (counted where they are audited), job runs, and — read from the database at
 * scrape time, so every process reports the same truth — the audit sealer's lag and the last run
 * of each job. Labels carry route patterns, rule ids and job names only: never an id, a name or
 * a query string.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditPort } from '../services/ports.js';
import type { Database } from '../store/schema.js';

export interface Metrics {
  readonly registry: Registry;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  countJobRun(job: string, status: string): void;
  /** Wraps an audit port so that every audited decision is counted by outcome and rule. */
  countingAudit(audit: AuditPort): AuditPort;
}

export function createMetrics(db: Kysely<Database>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'casustafel_process_' });
  const requests = new Histogram({
    name: 'casustafel_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const decisions = new Counter({
    name: 'casustafel_access_decisions_total',
    help: 'Audited decisions by outcome (allow/deny), rule id and action',
    labelNames: ['outcome', 'rule', 'action'],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'casustafel_job_runs_total',
    help: 'Job runs started by this process, by job and outcome (succeeded, skipped, failed)',
    labelNames: ['job', 'status'],
    registers: [registry],
  });
  new Gauge({
    name: 'casustafel_audit_unsealed_records',
    help: 'Audit records appended but not yet chained by the sealer',
    registers: [registry],
    collect: async function (this: Gauge) {
      const lag = await auditLag(db);
      this.set(lag.unsealed);
    },
  });
  new Gauge({
    name: 'casustafel_audit_lag_seconds',
    help: 'Age of the oldest audit record not yet chained by the sealer (0: none)',
    registers: [registry],
    collect: async function (this: Gauge) {
      const lag = await auditLag(db);
      this.set(lag.oldestSeconds);
    },
  });
  new Gauge({
    name: 'casustafel_job_last_run_timestamp_seconds',
    help: 'When each job last finished, by job and status, from the shared job_runs table',
    labelNames: ['job', 'status'],
    registers: [registry],
    collect: async function (this: Gauge) {
      const rows = await sql<{ job: string; status: string; at: Date | null }>`
        select job, status, max(finished_at) as at from job_runs group by job, status`.execute(db);
      this.reset();
      for (const row of rows.rows) if (row.at !== null) this.set({ job: row.job, status: row.status }, new Date(row.at).getTime() / 1000);
    },
  });

  const count = (entries: readonly AuditEntry[]): void => {
    for (const e of entries) decisions.inc({ outcome: e.outcome, rule: e.rule ?? 'none', action: e.action });
  };
  return {
    registry,
    observeRequest: (method, route, status, seconds) => requests.observe({ method, route, status: String(status) }, seconds),
    countJobRun: (job, status) => jobRuns.inc({ job, status }),
    countingAudit: (audit) => ({
      append: async (trx, entry) => {
        await audit.append(trx, entry);
        count([entry]);
      },
      appendMany: async (trx, entries) => {
        await audit.appendMany(trx, entries);
        count(entries);
      },
      appendCommitted: async (entries) => {
        await audit.appendCommitted(entries);
        count(entries);
      },
    }),
  };
}

async function auditLag(db: Kysely<Database>): Promise<{ unsealed: number; oldestSeconds: number }> {
  const result = await sql<{ n: string; oldest: Date | null }>`
    select count(*) as n, min(at) as oldest from audit_log where seal_seq is null`.execute(db);
  const row = result.rows[0];
  const oldest = row?.oldest ?? null;
  return { unsealed: Number(row?.n ?? 0), oldestSeconds: oldest === null ? 0 : Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) };
}
