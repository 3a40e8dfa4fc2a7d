/**
 * The alert on presence-lookup volume (finding M2 follow-up, P14): the per-hour limit stops a
 * burst, but a user who stays under it can still ask hundreds a day. When one user's answered
 * lookups within the configured window reach the threshold, the privacy officers are told once;
 * the next alert for that user comes only when the count reaches the threshold again after the
 * window has moved on.
 */

export interface LookupVolumeAlert {
  readonly lookups: number;
  readonly withinHours: number;
}

/** Used where a collaboration configures no alert. */
export const DEFAULT_LOOKUP_VOLUME_ALERT: LookupVolumeAlert = { lookups: 100, withinHours: 24 };

/**
 * True when this lookup brings the user's count within the window to exactly the threshold:
 * `before` is the count of answered lookups in the window before this one.
 */
export function crossesLookupThreshold(alert: LookupVolumeAlert, before: number): boolean {
  return before + 1 === alert.lookups;
}
