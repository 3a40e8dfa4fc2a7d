/**
 * Who informs the subject of a meeting's outcome when the subject was not there (seed 000 Bijlage 2,
 * MDO, Huiselijk geweld, JCO, stadsdelen, OOV: "Er is vastgelegd wie betrokkene zal informeren over
 * de uitkomsten van het overleg wanneer deze niet zelf aanwezig is"). A held meeting that no subject
 * of the case attended needs a named informant; a meeting the subject attended does not. Pure.
 */
import type { SubjectId, UserId } from '../model.js';

export interface InformantMeeting {
  readonly attended: readonly string[];
  readonly record: null | { readonly status: string; readonly outcomeInformant?: { readonly userId: UserId } | null };
}

/** Whether a held meeting needs an informant: no subject of the case attended it. */
export function needsOutcomeInformant(meeting: InformantMeeting, subjects: readonly SubjectId[]): boolean {
  return meeting.record !== null && meeting.record.status === 'held' && !meeting.attended.some((a) => subjects.includes(a));
}

/** Every held meeting without the subject names who informs the subject of its outcome. */
export function outcomeInformantsRecorded(meetings: readonly InformantMeeting[], subjects: readonly SubjectId[]): boolean {
  return meetings.every((m) => !needsOutcomeInformant(m, subjects) || (m.record?.outcomeInformant ?? null) !== null);
}
