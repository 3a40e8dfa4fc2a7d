/**
 * The iCalendar invitation (`ics`) that goes with a meeting invitation's e-mail: when, how long,
 * which table, and where to read the rest after signing in. No case number, no subject, no
 * participant: the calendar entry travels outside the protected system like the e-mail itself.
 */
import { createEvent } from 'ics';
import type { DateTime } from 'ics';
import { inboxUrl } from './notify.js';

/** A meeting's planned length when nothing else is known. */
export const MEETING_MINUTES = 90;

const utc = (d: Date): DateTime => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

export function meetingIcal(input: { meetingId: string; scheduledAt: Date; tableName: string; collaborationName: string; publicUrl: string; now: Date }): string | null {
  const { error, value } = createEvent({
    productId: '-//Casustafel//NL',
    method: 'REQUEST',
    uid: `${input.meetingId}@casustafel`,
    start: utc(input.scheduledAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: MEETING_MINUTES },
    created: utc(input.now),
    title: `Ronde Tafel Overleg: ${input.tableName}`,
    description: `Overleg van ${input.collaborationName}. Agenda en stukken leest u na het inloggen in Casustafel: ${inboxUrl(input.publicUrl)}`,
    url: inboxUrl(input.publicUrl),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  return error === null || error === undefined ? (value ?? null) : null;
}
