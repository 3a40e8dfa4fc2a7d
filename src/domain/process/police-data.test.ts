import { describe, expect, it } from 'vitest';
import { checkPoliceData, isPoliceData, processesUnderWpg } from './police-data.js';

describe('P9 police data follows the partner\u2019s legal regimes (ADR 0086)', () => {
  it('a partner under the Wpg may mark its data as police data; a partner under the AVG alone may not', () => {
    expect(checkPoliceData(['Wpg'], true)).toEqual({ ok: true });
    expect(checkPoliceData(['AVG', 'Wjsg'], true)).toEqual({ ok: false, rule: 'P9', reason: 'police_data_outside_wpg' });
    expect(checkPoliceData(['AVG'], false)).toEqual({ ok: true });
  });

  it('the regime is named as the covenant writes it, whatever the case', () => {
    expect(processesUnderWpg([' wpg '])).toBe(true);
    expect(processesUnderWpg(['AVG', 'UAVG', 'WGBO'])).toBe(false);
  });

  it('002-A24 what a partner under the Wpg alone brings in is police data, marked or not; under the Wpg and another law it is as marked; under the AVG never', () => {
    expect(isPoliceData(['Wpg'], false)).toBe(true);
    expect(isPoliceData(['AVG', 'Wpg'], false)).toBe(false);
    expect(isPoliceData(['AVG', 'Wpg'], true)).toBe(true);
    expect(isPoliceData(['AVG'], true)).toBe(false);
    expect(isPoliceData([], true)).toBe(false);
  });
});
