import { describe, expect, it } from 'vitest';
import type { SecurityIncident } from '../incidents/incident.js';
import { buildHistory, SEED_003 } from '../retention/fixtures.test-support.js';
import { addDays, addHours, addMonths } from '../time/date-math.js';
import { remindersDue } from './reminders.js';
import type { ReminderSources } from './reminders.js';

const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const none: ReminderSources = { postponements: [], rightsRequests: [], incidents: [], retention: { cases: [], policies: new Map() } };

describe('reminders', () => {
  it('P10 informing: a postponement reminds its responsible partner from the planned date until the subject is informed', () => {
    const postponement = { refId: 'pp1', caseId: 'c1', plannedAt: utc(2024, 5, 1), informedAt: null, responsiblePartner: 'gemeente', processDirector: 'pd-1' };
    const sources = { ...none, postponements: [postponement] };
    expect(remindersDue(sources, utc(2024, 4, 30))).toEqual([]);
    expect(remindersDue(sources, utc(2024, 5, 2))).toEqual([
      {
        kind: 'inform_subject',
        dueAt: utc(2024, 5, 1),
        remindFrom: utc(2024, 5, 1),
        overdue: true,
        concerns: { partnerId: 'gemeente', userId: 'pd-1' },
        caseId: 'c1',
        refId: 'pp1',
      },
    ]);
    expect(remindersDue({ ...none, postponements: [{ ...postponement, informedAt: utc(2024, 5, 1) }] }, utc(2024, 5, 2))).toEqual([]);
  });

  it('P15 data-subject rights: the handler is reminded a week before the four-week deadline, and it turns overdue', () => {
    const request = { refId: 'rr1', caseId: null, handler: 'po-1', receivedAt: utc(2024, 3, 1), extension: null, answeredAt: null, term: 'four_weeks' as const };
    const sources = { ...none, rightsRequests: [request] };
    expect(remindersDue(sources, utc(2024, 3, 21))).toEqual([]);
    expect(remindersDue(sources, utc(2024, 3, 22))).toEqual([
      {
        kind: 'rights_request_deadline',
        dueAt: utc(2024, 3, 29),
        remindFrom: utc(2024, 3, 22),
        overdue: false,
        concerns: { role: 'privacy_officer', userId: 'po-1' },
        refId: 'rr1',
      },
    ]);
    expect(remindersDue(sources, utc(2024, 4, 2))[0]!.overdue).toBe(true);
    expect(remindersDue({ ...none, rightsRequests: [{ ...request, answeredAt: utc(2024, 3, 25) }] }, utc(2024, 4, 2))).toEqual([]);
  });

  it('P17 security incidents: reminders for the 24-hour partner notice and the 72-hour DPA notice until done', () => {
    const discovered = utc(2024, 6, 3);
    const incident: SecurityIncident = {
      id: 'inc-1',
      collaborationId: 'venlo',
      reportedBy: 'gemeente',
      discoveredAt: discovered,
      registeredAt: discovered,
      partnerNotices: [],
      dpa: { kind: 'pending' },
    };
    const sources = { ...none, incidents: [{ incident, partners: ['gemeente', 'politie'] }] };
    const open = remindersDue(sources, addHours(discovered, 30));
    expect(open.map((r) => [r.kind, r.dueAt, r.overdue])).toEqual([
      ['incident_partner_notice', addHours(discovered, 24), true],
      ['incident_dpa_notice', addHours(discovered, 72), false],
    ]);
    expect(open[0]!.concerns).toEqual({ role: 'privacy_officer', partnerId: 'gemeente' });
    const told = { ...incident, partnerNotices: [{ partnerId: 'politie', at: addHours(discovered, 2) }] };
    expect(remindersDue({ ...none, incidents: [{ incident: told, partners: ['gemeente', 'politie'] }] }, addHours(discovered, 30)).map((r) => r.kind)).toEqual([
      'incident_dpa_notice',
    ]);
  });

  it('P13 retention: step reminders name the step date; deletion and informing reach the right partner', () => {
    const decided = utc(2024, 1, 15);
    const h = buildHistory({ deescalationDecidedAt: decided });
    const sources = { ...none, retention: { cases: [h], policies: new Map([[h.collaborationId, SEED_003]]) } };
    expect(remindersDue(sources, addDays(addMonths(decided, 6), -3))).toMatchObject([
      { kind: 'retention_step', dueAt: addMonths(decided, 6), remindFrom: addDays(addMonths(decided, 6), -14), overdue: false, concerns: { role: 'process_director', partnerId: 'gemeente-venlo' } },
    ]);
    const atDeletion = remindersDue(sources, addMonths(decided, 12));
    expect(atDeletion.map((r) => [r.kind, r.concerns])).toEqual([
      ['inform_subject_of_deletion', { partnerId: 'ggz' }],
      ['retention_step', { role: 'process_director' }],
    ]);
  });

  it('P10 informing: reminders are ordered by deadline', () => {
    const sources: ReminderSources = {
      ...none,
      postponements: [
        { refId: 'b', caseId: 'c2', plannedAt: utc(2024, 5, 3), informedAt: null, responsiblePartner: 'p', processDirector: null },
        { refId: 'a', caseId: 'c1', plannedAt: utc(2024, 5, 1), informedAt: null, responsiblePartner: 'p', processDirector: null },
      ],
    };
    expect(remindersDue(sources, utc(2024, 6, 1)).map((r) => r.refId)).toEqual(['a', 'b']);
  });
});
