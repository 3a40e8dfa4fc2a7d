import { describe, expect, it } from 'vitest';
import { meetingItemsForSubject } from './meeting-items.js';
import type { MeetingItem } from './meeting-items.js';

const item = (kind: MeetingItem['kind'], text: string, subjects: string[], domain: MeetingItem['domain'] = null): MeetingItem => ({ meetingId: 'm1', kind, date: '2026-12-01T10:00:00.000Z', domain, owner: null, text, subjects });

describe('13.1 meeting items of one household member', () => {
  const items = [
    item('meeting_reason', 'Huurachterstand', []),
    item('meeting_note', 'Over de ouder', ['alfa']),
    item('meeting_note', 'Over het kind', ['beta']),
    item('plan_goal', 'Het kind naar school', ['beta'], 'work_education'),
    item('plan_goal', 'Samen: woning behouden', ['alfa', 'beta'], 'housing'),
    item('plan_action', 'Behandeling ouder', ['alfa'], 'mental_functioning'),
  ];

  it('13.1 the parent sees its own items and the household\'s, never the child\'s', () => {
    const r = meetingItemsForSubject(items, 'alfa', true);
    expect(r.items.map((i) => i.text)).toEqual(['Huurachterstand', 'Over de ouder', 'Samen: woning behouden', 'Behandeling ouder']);
    expect(r.withheld).toBe(0);
    expect(r.meetings).toEqual(['m1']);
  });

  it('13.1 P8 an item under a special life domain is withheld from a reader that may not see special categories', () => {
    const r = meetingItemsForSubject(items, 'alfa', false);
    expect(r.items.map((i) => i.text)).not.toContain('Behandeling ouder');
    expect(r.withheld).toBe(1);
  });

  it('13.1 empty items are not part of the answer; nothing about the subject reads no meeting', () => {
    expect(meetingItemsForSubject([item('meeting_note', '  ', ['alfa']), item('meeting_note', 'x', ['beta'])], 'alfa', true)).toEqual({ items: [], withheld: 0, meetings: [] });
  });
});
