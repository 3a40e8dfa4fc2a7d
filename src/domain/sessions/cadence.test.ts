import { describe, expect, it } from 'vitest';
import { MAASTRICHT_HEUVELLAND as MAASTRICHT } from '../../collaborations/maastricht-heuvelland.js';
import { NIJMEGEN } from '../../collaborations/nijmegen.js';
import { VENLO } from '../../collaborations/venlo.js';
import { proposeAgenda } from './agenda.js';
import type { AgendaCandidate } from './agenda.js';
import { cadenceFromMeetingsPerYear, planSlots, sessionBodies } from './cadence.js';
import { itemVisibleTo, neutralLine, sessionOpenTo } from './need-to-know.js';
import { sessionReminders } from './reminders.js';

const DAY = 86_400_000;
const at = (d: string): number => Date.parse(`${d}T00:00:00Z`);

describe('issue 18 sessions: cadence (pure)', () => {
  it('the shipped configurations give their bodies: Venlo four work areas every 30 days, Nijmegen the Regieteam every 28, Maastricht each table with a frequency', () => {
    expect(sessionBodies(VENLO).map((b) => [b.kind, b.id, b.cadence])).toEqual(VENLO.workAreas.map((w) => ['work_area', w.id, { kind: 'interval', everyDays: 30 }]));
    expect(sessionBodies(NIJMEGEN).map((b) => [b.id, b.cadence])).toEqual([['regieteam', { kind: 'interval', everyDays: 28 }]]);
    const m = new Map(sessionBodies(MAASTRICHT).map((b) => [b.id, b]));
    expect(m.get('netwerkoverleg-huiselijk-geweld')?.cadence).toEqual({ kind: 'weekly', perWeek: 4 });
    expect(m.get('nazorg-ex-gedetineerden')?.cadence).toEqual({ kind: 'weekly', perWeek: 1 });
    expect(m.get('netwerkoverleg-risicojeugd')?.cadence).toEqual({ kind: 'interval', everyDays: 14 });
    expect(m.get('mdo-integrale-aanpak')).toMatchObject({ cadence: { kind: 'interval', everyDays: 91 }, maxPerYear: 12 });
  });

  it('meetings a year to a cadence: 13 → 28 days, 12 → 30, 24 → 15, 52 → weekly, 208 → four a week', () => {
    expect([13, 12, 24].map((n) => cadenceFromMeetingsPerYear(n))).toEqual([28, 30, 15].map((everyDays) => ({ kind: 'interval', everyDays })));
    expect(cadenceFromMeetingsPerYear(52)).toEqual({ kind: 'weekly', perWeek: 1 });
    expect(cadenceFromMeetingsPerYear(208)).toEqual({ kind: 'weekly', perWeek: 4 });
  });

  it('slots are deterministic: an overlapping later horizon names the same dates, never on a weekend', () => {
    const c = { kind: 'interval', everyDays: 30 } as const;
    const a = planSlots(c, at('2026-06-01'), 120);
    const b = planSlots(c, at('2026-07-01'), 120);
    expect(b.filter((d) => d < a[a.length - 1]!).every((d) => a.includes(d))).toBe(true);
    for (const d of [...a, ...b]) expect([0, 6]).not.toContain(new Date(d).getUTCDay());
    expect(planSlots({ kind: 'weekly', perWeek: 4 }, at('2026-06-01'), 7)).toEqual(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04']);
  });
});

describe('issue 18 sessions: agenda, need-to-know, reminders (pure)', () => {
  const body = sessionBodies(VENLO)[2]!;
  const base: AgendaCandidate = { caseId: 'c', number: '2026-001', phase: 'triage', tableId: 'zorgnetwerk-overleg', workArea: body.id, lastDiscussedAt: null, meetingPlanned: false, nextActionDueAt: null };
  it('Venlo: new cases and running cases of the work area where the person lives; not another area, not one already planned', () => {
    const items = proposeAgenda(body, at('2026-07-01'), [
      base,
      { ...base, caseId: 'r', number: '2026-002', phase: 'rto', lastDiscussedAt: at('2026-05-30') },
      { ...base, caseId: 'm', number: '2026-003', phase: 'monitoring', lastDiscussedAt: at('2026-06-20') },
      { ...base, caseId: 'f', number: '2026-004', phase: 'monitoring', lastDiscussedAt: at('2026-06-20'), nextActionDueAt: at('2026-06-28') },
      { ...base, caseId: 'x', number: '2026-005', workArea: 'blerick-not' },
      { ...base, caseId: 'p', number: '2026-006', meetingPlanned: true },
    ]);
    expect(items.map((i) => [i.caseId, i.reason])).toEqual([['f', 'follow_up'], ['r', 'update'], ['c', 'new']]);
  });

  it('need-to-know: only invited or staff see an item; the neutral line has the case number only', () => {
    expect(itemVisibleTo('u1', { invitedUserIds: ['u1'], staffUserIds: [] })).toBe(true);
    expect(itemVisibleTo('u2', { invitedUserIds: ['u1'], staffUserIds: ['pd'] })).toBe(false);
    expect(neutralLine('2026-VL-0007')).toBe('2026-VL-0007 — niet voor u');
    expect(sessionOpenTo({ userId: 'u2', role: 'professional' }, { chairUserId: 'pd', participantUserIds: [], items: [{ invitedUserIds: ['u1'], staffUserIds: [] }] })).toBe(false);
  });

  it('reminders on the right dates: an action a week before and after its date, a follow-up the week before, the evaluation after the interval', () => {
    const input = {
      actions: [{ id: 'a', caseId: 'c', dueAt: at('2026-07-10'), status: 'open', ownerPartnerId: 'gem', ownerUserId: null }],
      followUps: [{ meetingId: 'f', caseId: 'c', scheduledAt: at('2026-07-20'), users: ['u1', 'pd', 'u1'] }],
      running: [{ caseId: 'c', phase: 'monitoring', lastDiscussedAt: at('2026-06-10'), meetingPlanned: false, staff: ['pd'], evaluateEveryDays: 30 }],
      held: [],
    };
    expect(sessionReminders(at('2026-07-02'), input)).toEqual([]);
    expect(sessionReminders(at('2026-07-03'), input).map((r) => r.kind)).toEqual(['action_due']);
    expect(sessionReminders(at('2026-07-03'), input)[0]?.concerns).toEqual({ partnerId: 'gem' });
    expect(sessionReminders(at('2026-07-10') + DAY, input).map((r) => r.kind)).toEqual(['action_overdue', 'evaluation_due']);
    // The follow-up is one reminder per person (the invitee and the staff), each once.
    const at13 = sessionReminders(at('2026-07-13'), input);
    expect(at13.map((r) => r.kind)).toEqual(['action_overdue', 'evaluation_due', 'follow_up', 'follow_up']);
    expect(at13.filter((r) => r.kind === 'follow_up').map((r) => r.concerns.userId)).toEqual(['u1', 'pd']);
    expect(sessionReminders(at('2026-07-13'), { ...input, running: [{ ...input.running[0]!, evaluateEveryDays: null }] }).map((r) => r.kind)).toEqual(['action_overdue', 'follow_up', 'follow_up']);
    expect(sessionReminders(at('2026-07-21'), input).map((r) => r.kind)).toEqual(['action_overdue', 'evaluation_due']);
  });

  it('§3.3 the action list within a week: recalled to the case\'s process director three days before the week ends, overdue after it; nothing once sent', () => {
    const held = { meetingId: 'm', caseId: 'c', heldAt: at('2026-07-01'), actionListSentAt: null, director: 'pd' };
    const input = { actions: [], followUps: [], running: [], held: [held] };
    expect(sessionReminders(at('2026-07-04'), input)).toEqual([]);
    expect(sessionReminders(at('2026-07-05'), input)).toEqual([
      { kind: 'action_list_due', caseId: 'c', refId: 'm', dueAt: at('2026-07-08'), remindFrom: at('2026-07-05'), overdue: false, concerns: { userId: 'pd' } },
    ]);
    expect(sessionReminders(at('2026-07-08') + 1, input)[0]?.overdue).toBe(true);
    expect(sessionReminders(at('2026-07-09'), { ...input, held: [{ ...held, actionListSentAt: at('2026-07-09') }] })).toEqual([]);
    // Without a process director on the case, every process director is recalled.
    expect(sessionReminders(at('2026-07-06'), { ...input, held: [{ ...held, director: null }] })[0]?.concerns).toEqual({ role: 'process_director' });
  });
});
