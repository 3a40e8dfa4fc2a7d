/**
 * `cli_start_s`: the compiled CLI as an operator runs it — `casustafel --help` and `casustafel
 * config validate <file>` (one shipped-format configuration) — each a fresh process, five runs
 * after a warm-up; the figure is the slower of the two medians.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { round } from './support/stats.js';

const BIN = fileURLToPath(new URL('../bin/casustafel.js', import.meta.url));
const CONFIG = fileURLToPath(new URL('../src/domain/config/zorgnetwerk-oost-fictief.fixture.json', import.meta.url));

export interface CliResult {
  readonly cli_start_s: number;
  readonly cli_help_s: number;
  readonly cli_validate_s: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`casustafel ${args.join(' ')} exited ${String(r.status)}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export function runCliBench(runs = 5): CliResult {
  const measure = (args: string[]): number => {
    time(args);
    return median(Array.from({ length: runs }, () => time(args)));
  };
  const help = measure(['--help']);
  const validate = measure(['config', 'validate', CONFIG]);
  return { cli_start_s: round(Math.max(help, validate), 3), cli_help_s: round(help, 3), cli_validate_s: round(validate, 3) };
}
