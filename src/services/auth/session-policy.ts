/** Session lifetimes (ASVS V7): idle timeout and absolute lifetime, configurable. */
export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
  /** Failed logins before the account locks, and for how long. */
  readonly maxFailedLogins: number;
  readonly lockMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMinutes: 15,
  absoluteHours: 10,
  maxFailedLogins: 5,
  lockMinutes: 15,
};
