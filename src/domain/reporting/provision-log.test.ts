import { describe, expect, it } from 'vitest';
import { provisionLogScope, validPeriod } from './provision-log.js';

describe('002-A24 P9 who reads the Wpg art. 32 provision log', () => {
  it('002-A24 P9 the privacy officer reads all; the police read what their organisation provided', () => {
    expect(provisionLogScope({ role: 'privacy_officer', partnerId: 'gemeente' }, ['AVG'])).toEqual({ kind: 'all' });
    expect(provisionLogScope({ role: 'professional', partnerId: 'politie' }, ['Wpg'])).toEqual({ kind: 'provider', partnerId: 'politie' });
  });

  it('002-A24 P9 a professional of another partner, a statistician or a police third party is refused', () => {
    expect(provisionLogScope({ role: 'professional', partnerId: 'ggz' }, ['AVG', 'UAVG', 'WGBO'])).toBeNull();
    expect(provisionLogScope({ role: 'statistician', partnerId: 'politie' }, ['Wpg'])).toBeNull();
    expect(provisionLogScope({ role: 'third_party', partnerId: 'politie' }, ['Wpg'])).toBeNull();
    expect(provisionLogScope({ role: 'process_director', partnerId: 'gemeente' }, ['AVG'])).toBeNull();
  });

  it('002-A24 P9 the regime decides, not the type: a municipality with enforcement officers under the Wpg reads its own provisions', () => {
    expect(provisionLogScope({ role: 'professional', partnerId: 'gemeente' }, ['AVG', 'Wpg'])).toEqual({ kind: 'provider', partnerId: 'gemeente' });
  });

  it('002-A24 a period runs from before to', () => {
    expect(validPeriod(1, 2)).toBe(true);
    expect(validPeriod(2, 2)).toBe(false);
    expect(validPeriod(null, 2)).toBe(true);
  });
});
