/**
 * Calendar arithmetic in UTC for periods counted in months (notice periods, P1; re-assessment
 * of a de-escalation exception, P13). Adding a month to 31 January gives the last day of
 * February: a period never silently spills into the month after.
 */

/** `at` plus `months` calendar months, clamped to the end of the target month: one implementation, in time/. */
export { addMonths } from '../time/date-math.js';

/** The first 1 January (00:00 UTC) at or after `at`. */
export function nextFirstOfJanuary(at: number): number {
  const d = new Date(at);
  const thisYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  return thisYear === at ? at : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}
