import { describe, expect, it } from 'vitest';
import { SHIPPED_COLLABORATIONS } from '../../collaborations/index.js';
import { demoUsers } from './demo-users.js';

describe('demo accounts', () => {
  it('§7 every demo user has its own reserved, undeliverable e-mail address, so notices by e-mail can be tried out', () => {
    const all = SHIPPED_COLLABORATIONS.flatMap((c) => demoUsers(c));
    expect(all.length).toBeGreaterThan(40);
    for (const u of all) expect(u.email, u.username).toMatch(/^[a-z0-9.-]+@demo\.casustafel\.example$/);
    expect(new Set(all.map((u) => u.email)).size).toBe(all.length);
    expect(all.find((u) => u.username === 'privacy@venlo')?.email).toBe('privacy.venlo@demo.casustafel.example');
  });
});
