/**
 * The access decision in isolation: one `decide` call over a case of 500 contributions and 10
 * organisations, and `filterCase` over the whole case.
 *
 * How a single decision is timed: a call takes well under a microsecond, about as long as one
 * `process.hrtime.bigint()` read, so timing calls one by one would mostly measure the timer.
 * Calls run in batches of BATCH consecutive requests between two timer reads; each batch gives
 * one sample, per call = batch time / BATCH (minus the measured cost of an empty batch). The
 * percentiles are over these samples: p99 is the slowest 1% of batches, which catches GC pauses
 * and deoptimisation but averages a single slow call with its BATCH-1 neighbours.
 */
import { decide } from '../src/domain/access/decide.js';
import { filterCase } from '../src/domain/access/filter-case.js';
import { BENCH_NOW, bigCase, requestMix } from './support/big-case.js';
import { percentile, round } from './support/stats.js';

export const BATCH = 10;

export interface AuthzResult {
  readonly authz_p50_us: number;
  readonly authz_p99_us: number;
  readonly authz_calls: number;
  readonly authz_allowed_share: number;
  readonly case_filter_p99_ms: number;
  readonly case_filter_p50_ms: number;
}

export function runAuthzBench(calls: number, filterRuns: number): AuthzResult {
  const c = bigCase();
  const mix = requestMix(c, 4096);
  const mask = mix.length - 1;
  const resources = mix.map((q) => ({ kind: 'contribution' as const, id: q.id }));
  let allowed = 0;
  const run = (from: number, n: number): void => {
    for (let i = 0; i < n; i++) {
      const k = (from + i) & mask;
      const q = mix[k]!;
      if (decide(q.actor, c.facts, resources[k]!, q.purpose, q.action, BENCH_NOW).allow) allowed++;
    }
  };
  // Warm up until the engine is optimised.
  for (let i = 0; i < 200_000; i += BATCH) run(i, BATCH);
  const emptyCost = timerCost();
  allowed = 0;
  const batches = Math.ceil(calls / BATCH);
  const samples = new Float64Array(batches);
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    run(b * BATCH, BATCH);
    const t1 = process.hrtime.bigint();
    samples[b] = Math.max(0, Number(t1 - t0) - emptyCost) / BATCH / 1000;
  }

  const readers = c.actors;
  for (let i = 0; i < 50; i++) filterCase(readers[i % readers.length]!, c.facts, 'rto', BENCH_NOW);
  const filterSamples = new Float64Array(filterRuns);
  let kept = 0;
  for (let i = 0; i < filterRuns; i++) {
    const t0 = process.hrtime.bigint();
    kept += filterCase(readers[i % readers.length]!, c.facts, 'rto', BENCH_NOW).allowed.length;
    filterSamples[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  if (kept === 0) throw new Error('the filter allowed nothing: the bench case is wrong');
  return {
    authz_p50_us: round(percentile(samples, 50)),
    authz_p99_us: round(percentile(samples, 99)),
    authz_calls: batches * BATCH,
    authz_allowed_share: round(allowed / (batches * BATCH)),
    case_filter_p99_ms: round(percentile(filterSamples, 99)),
    case_filter_p50_ms: round(percentile(filterSamples, 50)),
  };
}

/** The median cost of two back-to-back timer reads, in ns. */
function timerCost(): number {
  const s = new Float64Array(10_000);
  for (let i = 0; i < s.length; i++) {
    const t0 = process.hrtime.bigint();
    s[i] = Number(process.hrtime.bigint() - t0);
  }
  return percentile(s, 50);
}
