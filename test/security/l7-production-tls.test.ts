/**
 * Finding L7 (penetration test 2026-12-06): with NODE_ENV=production and no TLS setting, cookies
 * lacked Secure and there was no HSTS, and nothing was said. Now the production server refuses to
 * start until TLS is set either way; TLS=false starts with a loud warning.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, productionTlsCheck } from '../../src/config.js';
import { runMainUntilExit } from '../support/spawn-main.js';

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
    const { code, stderr } = await runMainUntilExit({ NODE_ENV: 'production', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain('TLS ontbreekt met NODE_ENV=production');
  }, 120_000);
});
