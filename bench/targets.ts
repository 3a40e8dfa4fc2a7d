/** The targets (issues 6 and 19), per figure: at most (`max`) or at least (`min`). */
export interface Target {
  readonly max?: number;
  readonly min?: number;
  readonly unit: string;
}

export const TARGETS: Readonly<Record<string, Target>> = {
  authz_p50_us: { max: 2, unit: 'µs' },
  authz_p99_us: { max: 20, unit: 'µs' },
  case_filter_p99_ms: { max: 1, unit: 'ms' },
  read_path_p99_ms: { max: 5, unit: 'ms' },
  case_page_p95_ms: { max: 20, unit: 'ms' },
  policy_overhead_ratio: { max: 1.5, unit: '×' },
  audit_append_per_s: { min: 5000, unit: '/s' },
  audit_verify_per_s: { min: 500_000, unit: '/s' },
  retention_sweep_per_100k_s: { max: 30, unit: 's' },
  first_start_s: { max: 5, unit: 's' },
  restart_s: { max: 1, unit: 's' },
  cli_start_s: { max: 0.5, unit: 's' },
};

export function meets(target: Target, value: number): boolean {
  return (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
}
