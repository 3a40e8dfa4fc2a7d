/**
 * Finding L7 (penetration test 2026-12-06): with NODE_ENV=production and no TLS setting, cookies
 * lacked Secure and there was no HSTS, and nothing was said. Now the production server refuses to
 * start until TLS is set either way; TLS=false starts with a loud warning.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, productionTlsCheck } from '../../src/config.js';

describe('L7 production without TLS settings', () => {
  it('L7 the check: refused without TLS, a warning with TLS=false, nothing with TLS=true or outside production', () => {
    const refused = productionTlsCheck(loadConfig({ NODE_ENV: 'production' }));
    expect(refused.refuse).toMatch(/TLS ontbreekt met NODE_ENV=production/);
    const knowingly = productionTlsCheck(loadConfig({ NODE_ENV: 'production', TLS: 'false' }));
    expect(knowingly).toEqual({ refuse: null, warning: expect.stringMatching(/^WAARSCHUWING: productie zonder TLS/) as unknown });
    expect(productionTlsCheck(loadConfig({ NODE_ENV: 'production', TLS: 'true' }))).toEqual({ refuse: null, warning: null });
    expect(productionTlsCheck(loadConfig({}))).toEqual({ refuse: null, warning: null });
    expect(loadConfig({ NODE_ENV: 'production', TLS: 'true' }).tls).toBe(true);
  });

  it('L7 the shipped start: `src/main.ts` in production without TLS exits 1 with the Dutch message, before opening anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casustafel-l7-'));
    try {
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DATA_DIR: join(dir, 'data'), PORT: '0' };
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain('TLS ontbreekt met NODE_ENV=production');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
