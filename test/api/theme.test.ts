import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeThemeToken, themeCss } from '../../src/services/governance/theme-stylesheet.js';
import { VENLO } from '../../src/collaborations/venlo.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

/** The custom-property declarations of a stylesheet, as name → value. */
function declarations(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/^\s*(--[a-z0-9-]+):\s*([^;]+);$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('§6 a collaboration theme as a same-origin stylesheet', () => {
  it("§6 a Venlo user gets text/css with exactly Venlo's validated tokens", async () => {
    const user = await s.login('politie-limburg@venlo');
    const res = await s.request('GET', '/api/collaboration/theme.css', user);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(declarations(res.body)).toEqual(VENLO.theme);
    expect(declarations(res.body)['--ct-header-background']).toBe('#8a1538');
    // One rule and nothing else: no imports, URLs, comments inside rules, or a second block.
    expect(res.body.match(/\{/g)).toHaveLength(1);
    expect(res.body).not.toMatch(/@import|url\(|<|>/);
  });

  it('§6 another collaboration gets its own theme: Noord-Limburg sets none, so no rules', async () => {
    const user = await s.login('procesregisseur@noord-limburg');
    const res = await s.request('GET', '/api/collaboration/theme.css', user);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(declarations(res.body)).toEqual({});
    expect(res.body).not.toContain('#8a1538');
    expect(res.body).not.toContain('{');
  });

  it('§6 without a session the stylesheet is refused', async () => {
    const res = await s.request('GET', '/api/collaboration/theme.css');
    expect(res.statusCode).toBe(401);
  });

  it('§6 only token-shaped values are written, never URLs, escapes, comments or rule breaks', () => {
    expect(isSafeThemeToken('--utrecht-color-primary', '#8a1538')).toBe(true);
    expect(isSafeThemeToken('--utrecht-font-family', "'Fira Sans', Arial, sans-serif")).toBe(true);
    expect(isSafeThemeToken('--x', 'rgb(0, 0, 0)')).toBe(true);
    for (const value of ['url(https://evil.example/x.png)', 'red;}body{display:none', '\\7d body{}', 'red /* x */', 'red</style>', "'unbalanced", 'a\nb']) {
      expect(isSafeThemeToken('--x', value), value).toBe(false);
    }
    expect(isSafeThemeToken('color', 'red')).toBe(false);
    expect(isSafeThemeToken('--X', 'red')).toBe(false);
    const css = themeCss({ '--ok': '#fff', '--bad': 'url(x)', color: 'red' });
    expect(declarations(css)).toEqual({ '--ok': '#fff' });
  });
});
