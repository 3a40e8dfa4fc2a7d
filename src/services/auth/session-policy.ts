/** Session lifetimes (ASVS V7): idle timeout and absolute lifetime, configurable. */
export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
  /** Failed logins before the account locks, and for how long. */
  readonly maxFailedLogins: number;
  readonly lockMinutes: number;
  /**
   * A session's last activity is written at most this often: a read then costs no write. The
   * idle timeout can only end a session up to this much sooner, never later.
   */
  readonly touchEverySeconds: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMinutes: 15,
  absoluteHours: 10,
  maxFailedLogins: 5,
  lockMinutes: 15,
  touchEverySeconds: 30,
};
