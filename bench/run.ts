/**
 * `npm run bench [-- --quick] [-- --json]`: every performance figure of docs/performance.md,
 * printed as a table (or, with --json, as one JSON object on the last line) and written to
 * bench/results/<YYYY-MM-DD>.json. DB-bound figures run on PostgreSQL at 127.0.0.1:5432 (a
 * scratch database) when it answers, else on PGlite.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { runAuditBench } from './audit.bench.js';
import { runAuthzBench } from './authz.bench.js';
import { runCasePageBench } from './case-page.bench.js';
import { runCliBench } from './cli.bench.js';
import { spawnSync } from 'node:child_process';
import { runReadPathBench } from './read-path.bench.js';
import { runStartupBench } from './startup.bench.js';
import { postgresAnswers } from './support/bench-database.js';
import { TARGETS } from './targets.js';
import { formatTable } from './support/table.js';

type Figures = Record<string, number | string | boolean>;

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const log = (m: string): void => {
  process.stderr.write(`${m}\n`);
};

async function cedarFigures(calls: number, warmup: number): Promise<Figures> {
  if (!existsSync(new URL('./cedar/cedar-bench.ts', import.meta.url))) return {};
  const mod = (await import('./cedar/cedar-bench.js')) as unknown as { runCedarBench?: (o: { calls: number; warmup: number }) => Record<string, unknown> };
  if (typeof mod.runCedarBench !== 'function') return {};
  const out: Figures = {};
  for (const [k, v] of Object.entries(mod.runCedarBench({ calls, warmup }))) {
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') continue;
    // Our own authz keys stay ours; the race's view of our engine is kept under its own name.
    out[k in TARGETS || k === 'calls' ? `cedar_race_${k}` : k] = v;
  }
  return out;
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const usePostgres = await postgresAnswers();
  const figures: Figures = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    engine: usePostgres ? 'postgres' : 'pglite',
    // Other work on the machine skews every figure: the 1-minute load average, before and after.
    load_avg_start: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
  log(`casustafel bench (${quick ? 'quick' : 'full'}), DB-bound figures on ${figures['engine']}`);

  // The machine is shared: the 1-minute load average as each section starts, next to its figures.
  const load = (section: string): void => {
    figures[`load_avg_${section}`] = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  };
  load('authz');
  log('authz: decide and filterCase over 500 contributions, 10 organisations');
  Object.assign(figures, runAuthzBench(quick ? 100_000 : 1_000_000, quick ? 1000 : 5000));

  log('cedar race');
  try {
    Object.assign(figures, await cedarFigures(quick ? 200 : 10_000, quick ? 50 : 2000));
  } catch (error) {
    figures['cedar_error'] = String(error);
  }

  load('read_path');
  log('read path over HTTP at 300 req/s');
  Object.assign(figures, await runReadPathBench(usePostgres, quick ? 8 : 30));

  load('case_page');
  log(`case page on ${quick ? '10k cases / 100k' : '100k cases / 1M'} contributions, and the retention sweep`);
  Object.assign(
    figures,
    await runCasePageBench({ usePostgres, cases: quick ? 10_000 : 100_000, perCase: 10, measured: quick ? 20 : 50, iterations: quick ? 200 : 1000, log }),
  );

  load('audit');
  log('audit: durable appends with sealing, then verification');
  Object.assign(figures, await runAuditBench(usePostgres, quick ? 5_000 : 20_000));

  log('build: the parts of `npm run build` older than their sources');
  const built = spawnSync(process.execPath, ['scripts/build.js', '--if-stale'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');

  load('cli');
  log('cli: `casustafel --help` and `casustafel config validate <file>`, compiled');
  Object.assign(figures, runCliBench());

  load('startup');
  log('npm start: first start on an empty DATA_DIR, then restart');
  Object.assign(figures, await runStartupBench());

  figures['load_avg_end'] = Math.round((loadavg()[0] ?? 0) * 10) / 10;
  figures['bench_duration_s'] = Math.round(Number(process.hrtime.bigint() - started) / 1e9);
  const day = new Date().toISOString().slice(0, 10);
  const dir = new URL('./results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL(`${day}.json`, dir), `${JSON.stringify(figures, null, 2)}\n`);
  if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else process.stdout.write(`${formatTable(figures, TARGETS)}\nwritten to bench/results/${day}.json\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
