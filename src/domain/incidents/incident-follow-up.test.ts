import { describe, expect, it } from 'vitest';
import type { NoticeUser } from '../notifications/recipients.js';
import { checkIncidentClose, incidentReader, unacknowledged } from './incident-follow-up.js';
import type { IncidentStatus } from './incident.js';

const users: NoticeUser[] = [
  { id: 'po', partnerId: 'gemeente', role: 'privacy_officer', active: true },
  { id: 'gem-pro', partnerId: 'gemeente', role: 'professional', active: true },
  { id: 'pol-pro', partnerId: 'politie', role: 'professional', active: true },
  { id: 'ggz-man', partnerId: 'ggz', role: 'manager', active: true },
  { id: 'ggz-pro', partnerId: 'ggz', role: 'professional', active: true },
  { id: 'stat', partnerId: 'gemeente', role: 'statistician', active: true },
];
const partners = ['gemeente', 'politie', 'ggz'];
const told = { partnersTold: true, partners };
const status = (partner: 'open' | 'done', dpa: 'open' | 'done'): IncidentStatus => ({
  partnerNotice: { state: partner, dueAt: 0, late: false, missing: [] },
  dpaNotice: { state: dpa, dueAt: 0, late: false },
});

describe('002-A38 P17 incident follow-up', () => {
  it('002-A38 P17 the privacy office opens every incident, also before the partners are told', () => {
    expect(incidentReader({ userId: 'po', role: 'privacy_officer' }, { partnersTold: false, partners }, users)).toBe('office');
    expect(incidentReader({ userId: 'ggz-man', role: 'manager' }, { partnersTold: false, partners }, users)).toBe('office');
  });

  it('002-A38 P17 a told partner opens it through its privacy contacts only; before the notice nobody of it does', () => {
    expect(incidentReader({ userId: 'pol-pro', role: 'professional' }, told, users)).toBe('partner');
    expect(incidentReader({ userId: 'pol-pro', role: 'professional' }, { partnersTold: false, partners }, users)).toBeNull();
    // GGZ has a manager, so its professional is not the one told.
    expect(incidentReader({ userId: 'ggz-pro', role: 'professional' }, told, users)).toBeNull();
    // The municipality speaks through its privacy officer; its professional is not told.
    expect(incidentReader({ userId: 'gem-pro', role: 'professional' }, told, users)).toBeNull();
    expect(incidentReader({ userId: 'stat', role: 'statistician' }, told, users)).toBeNull();
    // A partner that is not among those told.
    expect(incidentReader({ userId: 'pol-pro', role: 'professional' }, { partnersTold: true, partners: ['ggz'] }, users)).toBeNull();
  });

  it('002-A38 P17 the partners still to acknowledge are those told without an acknowledgement', () => {
    expect(unacknowledged(partners, ['politie'])).toEqual(['gemeente', 'ggz']);
    expect(unacknowledged(partners, partners)).toEqual([]);
  });

  it('002-A39 P17 close: only after the partner notice and the DPA decision, and with an evaluation', () => {
    expect(checkIncidentClose({ closed: false, status: status('open', 'done'), evaluation: 'x' })).toBe('P17_partners_not_told');
    expect(checkIncidentClose({ closed: false, status: status('done', 'open'), evaluation: 'x' })).toBe('P17_dpa_undecided');
    expect(checkIncidentClose({ closed: false, status: status('done', 'done'), evaluation: '  ' })).toBe('P17_evaluation_missing');
    expect(checkIncidentClose({ closed: true, status: status('done', 'done'), evaluation: 'x' })).toBe('P17_already_closed');
    expect(checkIncidentClose({ closed: false, status: status('done', 'done'), evaluation: 'Werkwijze aangepast.' })).toBeNull();
  });
});
