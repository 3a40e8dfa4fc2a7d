import { describe, expect, it } from 'vitest';
import { addHours } from '../time/date-math.js';
import { incidentStatus, validateIncident } from './incident.js';
import type { SecurityIncident } from './incident.js';

const discovered = Date.UTC(2024, 2, 4, 9, 30);
const partners = ['gemeente', 'politie', 'ggz'];
const incident = (overrides: Partial<SecurityIncident> = {}): SecurityIncident => ({
  id: 'inc-1',
  collaborationId: 'zorgnetwerk-venlo',
  reportedBy: 'gemeente',
  discoveredAt: discovered,
  registeredAt: addHours(discovered, 1),
  partnerNotices: [],
  dpa: { kind: 'pending' },
  ...overrides,
});

describe('P17 security incidents', () => {
  it('P17 security incidents: partners are due a notice within 24 hours of discovery, the DPA within 72', () => {
    const s = incidentStatus(incident(), partners, addHours(discovered, 2));
    expect(s.partnerNotice).toEqual({ state: 'open', dueAt: addHours(discovered, 24), late: false, missing: ['politie', 'ggz'] });
    expect(s.dpaNotice).toEqual({ state: 'open', dueAt: addHours(discovered, 72), late: false });
  });

  it('P17 security incidents: the deadlines count from discovery, not from registration', () => {
    const s = incidentStatus(incident({ registeredAt: addHours(discovered, 30) }), partners, addHours(discovered, 30));
    expect(s.partnerNotice.state).toBe('overdue');
    expect(s.dpaNotice.state).toBe('open');
    expect(incidentStatus(incident(), partners, addHours(discovered, 72) + 1).dpaNotice.state).toBe('overdue');
  });

  it('P17 security incidents: the partner notice is done only when every other partner was told', () => {
    const partly = incident({ partnerNotices: [{ partnerId: 'politie', at: addHours(discovered, 3) }] });
    expect(incidentStatus(partly, partners, addHours(discovered, 25)).partnerNotice).toMatchObject({ state: 'overdue', missing: ['ggz'] });
    const all = incident({
      partnerNotices: [
        { partnerId: 'politie', at: addHours(discovered, 3) },
        { partnerId: 'ggz', at: addHours(discovered, 26) },
        { partnerId: 'ggz', at: addHours(discovered, 30) },
      ],
    });
    expect(incidentStatus(all, partners, addHours(discovered, 40)).partnerNotice).toEqual({
      state: 'done',
      dueAt: addHours(discovered, 24),
      late: true,
      missing: [],
    });
  });

  it('P17 security incidents: the DPA notice is done when sent, or when not required with a motivation', () => {
    const sent = incident({ dpa: { kind: 'notified', at: addHours(discovered, 48), reference: 'AP-123' } });
    expect(incidentStatus(sent, partners, addHours(discovered, 100)).dpaNotice).toMatchObject({ state: 'done', late: false });
    const assessed = incident({ dpa: { kind: 'not_required', decidedAt: addHours(discovered, 80), motivation: 'Versleutelde laptop.' } });
    expect(incidentStatus(assessed, partners, addHours(discovered, 100)).dpaNotice).toMatchObject({ state: 'done', late: true });
    const unmotivated = incident({ dpa: { kind: 'not_required', decidedAt: addHours(discovered, 10), motivation: '' } });
    expect(incidentStatus(unmotivated, partners, addHours(discovered, 100)).dpaNotice.state).toBe('overdue');
  });

  it('P17 security incidents: a discovery after registration or in the future is refused', () => {
    expect(validateIncident({ discoveredAt: discovered, registeredAt: discovered }, discovered)).toBeNull();
    expect(validateIncident({ discoveredAt: discovered + 1, registeredAt: discovered }, discovered + 1)).toBe('P17_discovered_after_registration');
    expect(validateIncident({ discoveredAt: discovered + 1, registeredAt: discovered + 1 }, discovered)).toBe('P17_discovered_in_future');
  });
});
