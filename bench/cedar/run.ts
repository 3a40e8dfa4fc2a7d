/**
 * Prints the Cedar race as JSON: `npx tsx bench/cedar/run.ts --calls 100000`.
 */
import { runCedarBench } from './cedar-bench.js';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const calls = Number(argument('calls') ?? 10_000);
if (!Number.isInteger(calls) || calls < 1) {
  console.error('usage: tsx bench/cedar/run.ts [--calls N] [--seed S]');
  process.exit(2);
}
const seed = argument('seed');
console.log(JSON.stringify(runCedarBench(seed === undefined ? { calls } : { calls, seed: Number(seed) }), null, 2));
