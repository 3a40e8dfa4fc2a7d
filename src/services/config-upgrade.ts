/**
 * Configurations stored before a collaboration's steps became configuration (`process.transitions`)
 * still load: a shipped collaboration gets its shipped steps; another gets the moves the runtime
 * used to apply to its listed phases (the canonical ones, plus closing without a meeting where it
 * was switched on), so it behaves exactly as before. New configurations must list their steps.
 *
 * The list of phases (`process.phases`) left the configuration when the phases became what the
 * steps lead from and to (ADR 0085): a stored configuration loses it here (and in migration 180),
 * after it has served to rebuild the steps of a configuration that had none.
 */
import { findShippedCollaboration } from '../collaborations/index.js';
import { CANONICAL_TRANSITIONS } from '../collaborations/canonical.js';
import type { Phase } from '../domain/model.js';
import type { ProcessTransition } from '../domain/process/variant.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function legacyTransitions(phases: readonly Phase[], closeWithoutMeeting: boolean): ProcessTransition[] {
  const moves: ProcessTransition[] = CANONICAL_TRANSITIONS.filter((t) => phases.includes(t.to));
  if (closeWithoutMeeting && phases.includes('monitoring')) {
    moves.push({ event: 'close_without_meeting', from: ['triage'], to: 'monitoring', label: 'Afsluiten zonder overleg', closes: true });
  }
  return moves;
}

export function upgradeStoredConfig(raw: unknown): unknown {
  if (!isObject(raw) || !isObject(raw.process)) return raw;
  const { closeWithoutMeeting, phases: listed, ...process } = raw.process;
  if ('transitions' in process) return 'phases' in raw.process ? { ...raw, process } : raw;
  const shipped = typeof raw.id === 'string' ? findShippedCollaboration(raw.id) : undefined;
  if (shipped !== undefined) {
    return { ...raw, process: { ...process, transitions: shipped.process.transitions, steps: shipped.process.steps }, retention: shipped.retention };
  }
  const phases = Array.isArray(listed) ? (listed as Phase[]) : [];
  return { ...raw, process: { ...process, transitions: legacyTransitions(phases, closeWithoutMeeting === true) } };
}
