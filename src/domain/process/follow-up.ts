/**
 * Follow-up RTOs (§3.3: "plan + case director + monitoring in follow-up RTOs"): a meeting of a
 * case is a follow-up when a meeting of that case prepared before it has been held. Pure:
 * derived from the meetings' preparation order and status, nothing stored.
 */

export interface MeetingDates {
  readonly id: string;
  /** When the meeting was prepared (ISO). */
  readonly createdAt: string;
  readonly status: string;
}

/** The ids of the meetings that follow up on an earlier held meeting of the same case. */
export function followUpMeetingIds(meetings: readonly MeetingDates[]): ReadonlySet<string> {
  const held = meetings.filter((m) => m.status === 'held');
  const result = new Set<string>();
  for (const m of meetings) {
    const prepared = Date.parse(m.createdAt);
    if (held.some((h) => h.id !== m.id && Date.parse(h.createdAt) < prepared)) result.add(m.id);
  }
  return result;
}
