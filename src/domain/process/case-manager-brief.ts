/**
 * The case manager's brief (seed 004 Bijlage 3 stap 4): with the appointment the regieteam
 * formulates the substantive brief ("inhoudelijke opdrachtformulering") and the performance brief
 * ("prestatieopdracht"); "vanaf dit moment" the progress is watched and the performance brief is
 * adjusted during the process. Every version stays: the first is the brief as given, each later
 * one an adjustment with its reason. Step 8 closes the performance brief: once the case is closed
 * (archived) it is no longer changed.
 */
import type { Phase } from '../model.js';

export interface BriefVersion {
  /** The substantive brief: what the case manager is to achieve in this household. */
  readonly brief: string;
  /** The performance brief: what is delivered, by when, reported how. */
  readonly performanceBrief: string;
  /** Why it was adjusted; null for the brief as first given. */
  readonly reason: string | null;
  readonly by: string;
  readonly at: string;
}

export interface BriefInput {
  readonly brief: string;
  readonly performanceBrief: string;
  readonly reason?: string | undefined;
}

export type BriefOutcome =
  | { readonly ok: true; readonly history: readonly BriefVersion[] }
  | { readonly ok: false; readonly reason: 'no_case_director' | 'phase' }
  | { readonly ok: false; readonly reason: 'fields'; readonly fields: readonly { readonly field: 'brief' | 'performanceBrief' | 'reason'; readonly message: string }[] };

/** Steps 4 to 7: from the appointment until the performance brief is closed in step 8. */
const BRIEF_PHASES: readonly Phase[] = ['rto', 'monitoring', 'deescalation1'];

/**
 * Adds a version to the brief of the current appointment: the first needs a brief and a
 * performance brief; an adjustment also needs its reason. Nothing without a case director, and
 * nothing outside steps 4-7.
 */
export function addBriefVersion(
  phase: Phase,
  hasCaseDirector: boolean,
  history: readonly BriefVersion[],
  input: BriefInput,
  by: string,
  at: Date,
): BriefOutcome {
  if (!BRIEF_PHASES.includes(phase)) return { ok: false, reason: 'phase' };
  if (!hasCaseDirector) return { ok: false, reason: 'no_case_director' };
  const fields: { field: 'brief' | 'performanceBrief' | 'reason'; message: string }[] = [];
  if (input.brief.trim() === '') fields.push({ field: 'brief', message: 'de inhoudelijke opdracht is leeg' });
  if (input.performanceBrief.trim() === '') fields.push({ field: 'performanceBrief', message: 'de prestatieopdracht is leeg' });
  const reason = input.reason?.trim() ?? '';
  if (history.length > 0 && reason === '') fields.push({ field: 'reason', message: 'een bijstelling van de prestatieopdracht noemt haar reden' });
  if (fields.length > 0) return { ok: false, reason: 'fields', fields };
  const version: BriefVersion = { brief: input.brief.trim(), performanceBrief: input.performanceBrief.trim(), reason: history.length === 0 ? null : reason, by, at: at.toISOString() };
  return { ok: true, history: [...history, version] };
}
