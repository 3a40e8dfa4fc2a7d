import { describe, expect, it } from 'vitest';
import { followUpMeetingIds } from './follow-up.js';

describe('follow-up RTOs', () => {
  it('a meeting prepared after an earlier, held meeting is a follow-up; the first one is not', () => {
    const ids = followUpMeetingIds([
      { id: 'follow', createdAt: '2026-08-01T10:00:00Z', status: 'planned' },
      { id: 'first', createdAt: '2026-06-01T10:00:00Z', status: 'held' },
      { id: 'third', createdAt: '2026-09-01T10:00:00Z', status: 'held' },
    ]);
    expect([...ids].sort()).toEqual(['follow', 'third']);
  });

  it('a cancelled earlier meeting does not make the next one a follow-up', () => {
    const ids = followUpMeetingIds([
      { id: 'cancelled', createdAt: '2026-06-01T10:00:00Z', status: 'cancelled' },
      { id: 'next', createdAt: '2026-08-01T10:00:00Z', status: 'planned' },
    ]);
    expect(ids.size).toBe(0);
  });
});
