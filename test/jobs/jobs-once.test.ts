/**
 * Issue 19 item 4: with several server processes, each interval's job run happens once — the
 * processes' timers derive the same run key from the clock, and a key used once makes every
 * later run under it a no-op (with the advisory lock against runs at the same moment).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intervalRunKey, runAllJobs } from '../../src/jobs/index.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ jobsEveryMs: 0 });
});
afterAll(async () => {
  await s.close();
});

describe('issue 19 jobs once across processes', () => {
  it('jobs once: two timers firing in the same interval run each job once; the next interval runs again', async () => {
    const hour = 3_600_000;
    const at = new Date('2026-06-01T09:10:00Z');
    const key = intervalRunKey(at, hour);
    expect(intervalRunKey(new Date('2026-06-01T09:59:59Z'), hour)).toBe(key);
    expect(intervalRunKey(new Date('2026-06-01T10:00:00Z'), hour)).not.toBe(key);
    const seen: string[] = [];
    const first = await runAllJobs(s.deps, () => undefined, key, (job, status) => seen.push(`${job}:${status}`));
    const second = await runAllJobs(s.deps, () => undefined, key, (job, status) => seen.push(`${job}:${status}`));
    const jobs = ['retention', 'reminders', 'notices'];
    expect(first.map((o) => o.status)).toEqual(jobs.map(() => 'succeeded'));
    expect(second.map((o) => (o.status === 'skipped' ? o.reason : o.status))).toEqual(jobs.map(() => 'already_ran'));
    expect(seen).toEqual([...jobs.map((j) => `${j}:succeeded`), ...jobs.map((j) => `${j}:skipped`)]);
    const next = await runAllJobs(s.deps, () => undefined, intervalRunKey(new Date('2026-06-01T10:00:00Z'), hour));
    expect(next.map((o) => o.status)).toEqual(jobs.map(() => 'succeeded'));
  });
});
