/**
 * ASVS 5.0 3.4.3: the Content-Security-Policy names `object-src 'none'` and `base-uri 'none'`
 * explicitly (no plug-in content, no `<base>` that redirects relative URLs), on the web UI and on
 * the API alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('ASVS 3.4.3 Content-Security-Policy', () => {
  it('3.4.3 every answer forbids plug-in objects and a base URL, and keeps script and frames to itself', async () => {
    for (const url of ['/', '/api/health', '/api/auth/me']) {
      const res = await s.request('GET', url);
      const directives = new Map(
        String(res.headers['content-security-policy'] ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0] !== '')
          .map((d) => [d[0] ?? '', d.slice(1)]),
      );
      expect(directives.get('object-src'), url).toEqual(["'none'"]);
      expect(directives.get('base-uri'), url).toEqual(["'none'"]);
      expect(directives.get('script-src'), url).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors'), url).toEqual(["'none'"]);
    }
  });
});
