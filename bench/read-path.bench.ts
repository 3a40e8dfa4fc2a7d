/**
 * The read path over HTTP: `GET /api/cases/:id/contributions/:cid?purpose=screening` as the
 * registrant — authenticate (session lookup), load facts, decide, query and decrypt, append the
 * audit record, respond. The server runs in a child process on 127.0.0.1; autocannon drives it
 * from this process at a fixed 300 requests/s over 10 connections.
 */
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/services/demo/demo-users.js';
import { startChild, TSX } from './support/child.js';
import { call, headers, login, registration } from './support/http-client.js';
import { round } from './support/stats.js';

export interface ReadPathResult {
  readonly read_path_p99_ms: number;
  readonly read_path_p50_ms: number;
  readonly read_path_rate: number;
  readonly read_path_requests: number;
  readonly read_path_non2xx: number;
  readonly read_path_engine: string;
}

export async function runReadPathBench(usePostgres: boolean, durationS: number): Promise<ReadPathResult> {
  const child = startChild(TSX, ['bench/support/serve-read-path.ts', ...(usePostgres ? ['--postgres'] : [])]);
  try {
    const m = await child.waitFor(/\{"port":(\d+),"engine":"(\w+)"\}/, 120_000);
    const base = `http://127.0.0.1:${m[1]}`;
    const session = await login(base, 'reclassering-nederland@noord-limburg', DEMO_PASSWORD);
    const created = await call(base, 'POST', '/api/cases', session, registration(1));
    if (created.status !== 201) throw new Error(`register: ${created.status} ${created.body}`);
    const { id, registrationId } = JSON.parse(created.body) as { id: string; registrationId: string };
    const url = `${base}/api/cases/${id}/contributions/${registrationId}?purpose=screening`;
    const probe = await call(base, 'GET', url.slice(base.length), session);
    if (probe.status !== 200) throw new Error(`read: ${probe.status} ${probe.body}`);
    const hdrs = headers(session, false);
    await autocannon({ url, connections: 10, overallRate: 300, duration: 2, headers: hdrs });
    const r = await autocannon({ url, connections: 10, overallRate: 300, duration: durationS, headers: hdrs });
    return {
      read_path_p99_ms: round(r.latency.p99),
      read_path_p50_ms: round(r.latency.p50),
      read_path_rate: round(r.requests.average, 1),
      read_path_requests: r.requests.total,
      read_path_non2xx: r.non2xx + r.errors + r.timeouts,
      read_path_engine: m[2] ?? 'unknown',
    };
  } finally {
    await child.stop();
  }
}
