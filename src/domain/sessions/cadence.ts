/**
 * Sessions of a table, work area or team planned from the configured cadence (ADR 0050). Pure:
 * the configuration and a horizon in, slot dates out.
 *
 * - `per_work_area`: one series per work area, every `process.meetingEveryDays` days (Venlo).
 * - `per_team`: one series per table (the table is the team), every `process.meetingEveryDays`
 *   days (Nijmegen: the Regieteam every four weeks).
 * - `per_case`: one series per table with `frequency.meetingsPerYear`, planned at its minimum;
 *   the director may add sessions up to the maximum a year.
 */
import type { CollaborationConfig } from '../config/collaboration-config.schema.js';
import { daysFromCivil, DAY_MS } from '../time/date-math.js';
import { msToIsoDate } from '../time/iso-date.js';

export type SessionBodyKind = 'table' | 'work_area';

export type Cadence =
  /** Every `everyDays` days from the anchor; a slot on a weekend moves to the Monday after. */
  | { readonly kind: 'interval'; readonly everyDays: number }
  /** `perWeek` sessions every week, on the first weekdays (Monday first). */
  | { readonly kind: 'weekly'; readonly perWeek: number };

export interface SessionBody {
  readonly kind: SessionBodyKind;
  readonly id: string;
  readonly name: string;
  /** The chair as the configuration names the role; the session names the person. */
  readonly chair: string | null;
  readonly cadence: Cadence;
  /** Partner ids whose professionals are the standing participants. */
  readonly standingPartners: readonly string[];
  /** At most this many sessions a year (the table's `meetingsPerYear.max`); null: no cap. */
  readonly maxPerYear: number | null;
  /**
   * A group-level table (`individualsDiscussed: routing_only`, seed 000 PJO): its agenda holds
   * groups and themes; an individual is only routed to another table (ADR 0097).
   */
  readonly groupLevel: boolean;
  /** Partner ids that may be invited to the body's items (structural and incidental). */
  readonly partners: readonly string[];
  /** Internal sessions of a weekly series (000-R74): how many a week, and their only standing partners; null: none. */
  readonly internal: { readonly perWeek: number; readonly partners: readonly string[] } | null;
}

export type SessionComposition = 'internal' | 'external';

/**
 * Whether the session on `slot` (YYYY-MM-DD) is internal or external (000-R74): in a weekly series
 * with internal sessions, the first `perWeek` weekdays of the week are internal.
 */
export function slotComposition(body: Pick<SessionBody, 'cadence' | 'internal'>, slot: string): SessionComposition {
  if (body.internal === null || body.cadence.kind !== 'weekly') return 'external';
  const day = Math.floor(Date.parse(`${slot}T00:00:00Z`) / DAY_MS);
  return weekday(day) < body.internal.perWeek ? 'internal' : 'external';
}

/** The standing partners of a session: only the internal partners at an internal session. */
export function slotStandingPartners(body: Pick<SessionBody, 'cadence' | 'internal' | 'standingPartners'>, slot: string): readonly string[] {
  return slotComposition(body, slot) === 'internal' && body.internal !== null ? body.internal.partners : body.standingPartners;
}

/** Monday 1 January 2024: interval series count from here, so a later horizon gives the same dates. */
export const CADENCE_ANCHOR_DAY = daysFromCivil(2024, 1, 1);
export const DEFAULT_HORIZON_DAYS = 91;

/** The cadence a number of meetings a year stands for. */
export function cadenceFromMeetingsPerYear(perYear: number): Cadence {
  if (perYear >= 52) return { kind: 'weekly', perWeek: Math.min(5, Math.round(perYear / 52)) };
  return { kind: 'interval', everyDays: Math.floor(365 / perYear) };
}

type CadenceConfig = Pick<CollaborationConfig, 'process' | 'tables' | 'workAreas'>;
type ConfigTable = CollaborationConfig['tables'][number];

function tableLevel(t: ConfigTable): Pick<SessionBody, 'groupLevel' | 'partners' | 'internal'> {
  const c = t.frequency.composition;
  return {
    groupLevel: t.individualsDiscussed === 'routing_only',
    partners: [...new Set([...t.structuralPartners, ...t.incidentalPartners])],
    internal: c === undefined ? null : { perWeek: c.internalPerWeek, partners: c.internalPartners },
  };
}

/** Every body of the collaboration that meets in sessions, with its cadence. */
export function sessionBodies(config: CadenceConfig): SessionBody[] {
  const everyDays = config.process.meetingEveryDays;
  const allStructural = [...new Set(config.tables.flatMap((t) => t.structuralPartners))];
  if (config.process.meetingScheduling === 'per_work_area' && everyDays !== null) {
    const chair = config.tables[0]?.chair ?? null;
    const partners = [...new Set(config.tables.flatMap((t) => [...t.structuralPartners, ...t.incidentalPartners]))];
    return config.workAreas.map((w) => ({ kind: 'work_area', id: w.id, name: w.name, chair, cadence: { kind: 'interval', everyDays }, standingPartners: allStructural, maxPerYear: null, groupLevel: false, partners, internal: null }));
  }
  if (config.process.meetingScheduling === 'per_team' && everyDays !== null) {
    return config.tables.map((t) => ({ kind: 'table', id: t.id, name: t.name, chair: t.chair ?? null, cadence: { kind: 'interval', everyDays }, standingPartners: t.structuralPartners, maxPerYear: null, ...tableLevel(t) }));
  }
  return config.tables.flatMap((t): SessionBody[] => {
    const perYear = t.frequency.meetingsPerYear;
    if (perYear === null) return [];
    // The plan holds the minimum; sessions the cases need on top are added by hand, up to the maximum.
    const cadence = cadenceFromMeetingsPerYear(perYear.min);
    return [{ kind: 'table', id: t.id, name: t.name, chair: t.chair ?? null, cadence, standingPartners: t.structuralPartners, maxPerYear: perYear.max, ...tableLevel(t) }];
  });
}

export function findSessionBody(config: CadenceConfig, kind: SessionBodyKind, id: string): SessionBody | undefined {
  return sessionBodies(config).find((b) => b.kind === kind && b.id === id);
}

/** 0 = Monday … 6 = Sunday. */
function weekday(day: number): number {
  return (((day - CADENCE_ANCHOR_DAY) % 7) + 7) % 7;
}

/**
 * The slot dates (YYYY-MM-DD) of a cadence in [from, from + days): deterministic, so planning a
 * horizon twice, or an overlapping later one, names the same slots.
 */
export function planSlots(cadence: Cadence, fromMs: number, days: number): string[] {
  const first = Math.floor(fromMs / DAY_MS);
  const end = first + days;
  const slots: string[] = [];
  if (cadence.kind === 'weekly') {
    for (let day = first; day < end; day++) if (weekday(day) < cadence.perWeek) slots.push(msToIsoDate(day * DAY_MS));
    return slots;
  }
  const step = cadence.everyDays;
  // The first series day on or after `first - 2` (a Saturday or Sunday slot just before may move into the horizon).
  const offset = (((first - 2 - CADENCE_ANCHOR_DAY) % step) + step) % step;
  for (let day = first - 2 + (offset === 0 ? 0 : step - offset); day < end; day += step) {
    const wd = weekday(day);
    const held = wd === 5 ? day + 2 : wd === 6 ? day + 1 : day;
    if (held >= first && held < end) slots.push(msToIsoDate(held * DAY_MS));
  }
  return slots;
}

/** Half a year either side: the year a session is counted in against `maxPerYear`. */
export function yearAround(atMs: number): { readonly from: number; readonly to: number } {
  return { from: atMs - 182 * DAY_MS, to: atMs + 183 * DAY_MS };
}
