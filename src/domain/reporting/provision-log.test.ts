import { describe, expect, it } from 'vitest';
import { provisionLogScope, validPeriod } from './provision-log.js';

describe('002-A24 P9 who reads the Wpg art. 32 provision log', () => {
  it('002-A24 P9 the privacy officer reads all; the police read what their organisation provided', () => {
    expect(provisionLogScope({ role: 'privacy_officer', partnerId: 'gemeente' }, 'gemeente')).toEqual({ kind: 'all' });
    expect(provisionLogScope({ role: 'professional', partnerId: 'politie' }, 'politie')).toEqual({ kind: 'provider', partnerId: 'politie' });
  });

  it('002-A24 P9 a professional of another partner, a statistician or a police third party is refused', () => {
    expect(provisionLogScope({ role: 'professional', partnerId: 'ggz' }, 'zorg')).toBeNull();
    expect(provisionLogScope({ role: 'statistician', partnerId: 'politie' }, 'politie')).toBeNull();
    expect(provisionLogScope({ role: 'third_party', partnerId: 'politie' }, 'politie')).toBeNull();
    expect(provisionLogScope({ role: 'process_director', partnerId: 'gemeente' }, 'gemeente')).toBeNull();
  });

  it('002-A24 a period runs from before to', () => {
    expect(validPeriod(1, 2)).toBe(true);
    expect(validPeriod(2, 2)).toBe(false);
    expect(validPeriod(null, 2)).toBe(true);
  });
});
