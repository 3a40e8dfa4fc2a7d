/**
 * The agenda a session proposes (ADR 0050, seed 002 Bijlage B §4: "update lopende casussen" and
 * "bespreken van de nieuwe casuïstiek"). Pure: the service gathers the cases of the body, the
 * domain decides which come up and why.
 */
import { DAY_MS } from '../time/date-math.js';
import type { SessionBody } from './cadence.js';

export const AGENDA_REASONS = ['new', 'update', 'evaluation', 'follow_up', 'added', 'routing'] as const;
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export interface AgendaCandidate {
  readonly caseId: string;
  readonly number: string;
  readonly phase: string;
  readonly tableId: string;
  readonly workArea: string | null;
  /** When the case was last discussed (a held meeting), epoch ms. */
  readonly lastDiscussedAt: number | null;
  /** A meeting of the case is planned and not held (on another session or per case). */
  readonly meetingPlanned: boolean;
  /** The earliest due date of an open action of the case's plan. */
  readonly nextActionDueAt: number | null;
}

export interface ProposedItem {
  readonly caseId: string;
  readonly number: string;
  readonly reason: AgendaReason;
}

const RUNNING = new Set(['rto', 'monitoring', 'deescalation1']);
const ORDER: Readonly<Record<AgendaReason, number>> = { follow_up: 0, update: 1, evaluation: 2, new: 3, routing: 3, added: 4 };

function belongs(body: SessionBody, c: AgendaCandidate): boolean {
  return body.kind === 'work_area' ? c.workArea === body.id : c.tableId === body.id;
}

/** The interval after which a running case is discussed again: the body's own cadence. */
export function discussionInterval(body: SessionBody): number {
  return body.cadence.kind === 'interval' ? body.cadence.everyDays : 7;
}

/**
 * Proposes the agenda of a session of `body` at `sessionAt`: running cases first (a follow-up
 * action due before the session, then updates in the RTO, then evaluations in monitoring), new
 * cases (accepted, no meeting yet) last — at a group-level table to be routed, not discussed; a case
 * already planned elsewhere is not proposed twice.
 */
export function proposeAgenda(body: SessionBody, sessionAt: number, candidates: readonly AgendaCandidate[]): ProposedItem[] {
  const interval = discussionInterval(body) * DAY_MS;
  const items: ProposedItem[] = [];
  for (const c of candidates) {
    if (!belongs(body, c) || c.meetingPlanned) continue;
    if (c.phase === 'triage') {
      // A group-level table discusses an individual only to decide where its case goes (seed 000 PJO).
      items.push({ caseId: c.caseId, number: c.number, reason: body.groupLevel ? 'routing' : 'new' });
      continue;
    }
    if (!RUNNING.has(c.phase)) continue;
    if (c.nextActionDueAt !== null && c.nextActionDueAt <= sessionAt) {
      items.push({ caseId: c.caseId, number: c.number, reason: 'follow_up' });
      continue;
    }
    // A day's slack: a session moved by a day still takes up the cases of the previous one.
    if (c.lastDiscussedAt === null || sessionAt - c.lastDiscussedAt >= interval - DAY_MS) {
      items.push({ caseId: c.caseId, number: c.number, reason: c.phase === 'rto' ? 'update' : 'evaluation' });
    }
  }
  return items.sort((a, b) => ORDER[a.reason] - ORDER[b.reason] || a.number.localeCompare(b.number));
}
