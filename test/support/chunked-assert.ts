/**
 * Runs a fast-check property in chunks and yields to the event loop between them. A single
 * synchronous run of minutes starves the test worker's RPC with the runner (Vitest reports
 * "Timeout calling onTaskUpdate"). Each chunk has its own seed, printed on failure by fast-check.
 */
import fc from 'fast-check';

export async function assertInChunks<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, options: { runs: number; chunk?: number; seed?: number }): Promise<void> {
  const chunk = options.chunk ?? 5_000;
  const seed = options.seed ?? Date.now() % 2_147_483_647;
  for (let done = 0, i = 0; done < options.runs; done += chunk, i++) {
    fc.assert(fc.property(arbitrary, predicate), { numRuns: Math.min(chunk, options.runs - done), seed: seed + i });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
