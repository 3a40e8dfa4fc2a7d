/** Session lifetimes (ASVS V7): idle timeout and absolute lifetime, configurable. */
export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
  /**
   * A session's last activity is written at most this often: a read then costs no write. The
   * idle timeout can only end a session up to this much sooner, never later.
   */
  readonly touchEverySeconds: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMinutes: 15,
  absoluteHours: 10,
  touchEverySeconds: 30,
};
