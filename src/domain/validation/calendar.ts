/**
 * Calendar arithmetic in UTC for periods counted in months (notice periods, P1; re-assessment
 * of a de-escalation exception, P13). Adding a month to 31 January gives the last day of
 * February: a period never silently spills into the month after.
 */

/** `at` (epoch ms) plus `months` calendar months, clamped to the end of the target month. */
export function addMonths(at: number, months: number): number {
  const d = new Date(at);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** The first 1 January (00:00 UTC) at or after `at`. */
export function nextFirstOfJanuary(at: number): number {
  const d = new Date(at);
  const thisYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  return thisYear === at ? at : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}
