/**
 * The steps the UI may offer now: the moves the collaboration configures from the case's phase,
 * each with its name in the collaboration's words and pre-checked by the phase machine for this
 * actor. Steps that need input the UI has not given yet (the table to refer to, the partner
 * picking up, the reason to re-open, the closing criterion) are checked with that input assumed
 * valid; the reporter's agreement is not assumed, it is the reporter's to record. The step itself
 * is decided again when it is taken.
 */
import type { CaseState } from '../../domain/process/case-state.js';
import { availableEvents, findMove, transition } from '../../domain/process/phase-machine.js';
import type { ProcessEvent, ProcessEventKind } from '../../domain/process/phase-machine.js';
import { reasonMessage } from '../../domain/process/reasons.js';
import { withActor } from '../access-gate.js';
import type { Messages } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadProcess, processActor } from './process-context.js';

export interface AvailableTransition {
  readonly event: ProcessEventKind;
  /** The step in the collaboration's own words. */
  readonly label: string;
  /** The step closes the case (closing criterion, reporter's voice, retention from closing). */
  readonly closes: boolean;
  readonly allowed: boolean;
  readonly refusal: { readonly rule: string; readonly reason: string; readonly messages: Messages } | null;
}

export interface AvailableTransitions {
  readonly phase: string;
  readonly version: number;
  readonly events: readonly AvailableTransition[];
}

export async function availableTransitions(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<AvailableTransitions> {
  return withActor(deps, actor, async (trx) => {
    const ctx = await loadProcess(deps, trx, caseId, { forWrite: false });
    const by = processActor(actor);
    const now = deps.now().getTime();
    const events = availableEvents(ctx.state.phase, ctx.config.process).map((kind): AvailableTransition => {
      const event: ProcessEvent =
        kind === 'refer'
          ? { kind, by, toTable: 'other' }
          : kind === 'close_without_meeting'
            ? { kind, by, pickedUpBy: ctx.state.leadPartner }
            : kind === 'hand_over'
              ? { kind, by, party: { id: 'pre-check', partnerId: null }, reason: 'help_question' }
              : kind === 'reopen'
              ? { kind, by, reason: 'pre-check' }
              : { kind, by };
      const move = findMove(ctx.config.process, kind, ctx.state.phase);
      const named = { event: kind, label: move?.label ?? kind, closes: move?.closes ?? false };
      const result = transition(move?.closes === true ? closingGiven(ctx.state, ctx.config.process.closingCriteria, now) : ctx.state, event, ctx.config.process, now);
      return result.ok
        ? { ...named, allowed: true, refusal: null }
        : { ...named, allowed: false, refusal: { rule: result.rule, reason: result.reason, messages: reasonMessage(result.reason) } };
    });
    return { phase: ctx.state.phase, version: ctx.row.version, events };
  });
}

/** The closing record the closing form asks for (a configured criterion), assumed given; the reporter's voice stays as recorded. */
function closingGiven(state: CaseState, criteria: readonly { readonly id: string }[], now: number): CaseState {
  const at = new Date(now).toISOString();
  return { ...state, closing: { criterionId: criteria[0]?.id ?? null, reporterAgreedAt: null, decidedAt: at, note: '' } };
}
