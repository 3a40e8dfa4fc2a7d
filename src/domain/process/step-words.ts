/**
 * A refused step in the collaboration's own words (issue "Bad input"): which step was asked for and
 * at which step the case stands, as the collaboration's configuration names them, e.g. "In
 * Zorgnetwerk Venlo kan '5 Afsluiten in de maandelijkse vergadering, melder beslissend' niet bij
 * '1 Melding door convenantpartner'."
 */
import type { Phase } from '../model.js';
import type { Message } from '../validation/result.js';
import { EVENT_NAMES, type ProcessEventKind } from './process-events.js';
import type { ProcessVariant } from './variant.js';

/** The collaboration's name(s) for the step a case in this phase stands at. */
export function currentStepLabel(variant: Pick<ProcessVariant, 'steps'>, phase: Phase): string {
  const labels = variant.steps.filter((s) => s.phase === phase).map((s) => s.label);
  return labels.length === 0 ? phase : labels.join(' / ');
}

/** The collaboration's name for a kind of step, or its generic name when it does not take it. */
export function eventLabel(variant: Pick<ProcessVariant, 'transitions'>, kind: ProcessEventKind, phase?: Phase): { readonly nl: string; readonly en: string } {
  const configured = variant.transitions.find((t) => t.event === kind && (phase === undefined || t.from.includes(phase))) ?? variant.transitions.find((t) => t.event === kind);
  return configured === undefined ? EVENT_NAMES[kind] : { nl: configured.label, en: configured.label };
}

/** The message for a step the collaboration does not take (`phase_not_in_variant`) or not from here (`transition_not_allowed`). */
export function describeRefusedStep(
  variant: Pick<ProcessVariant, 'steps' | 'transitions'>,
  collaborationName: string,
  phase: Phase,
  kind: ProcessEventKind,
  reason: 'phase_not_in_variant' | 'transition_not_allowed',
): Message {
  const step = eventLabel(variant, kind);
  const here = currentStepLabel(variant, phase);
  const from = [...new Set(variant.transitions.filter((t) => t.event === kind).flatMap((t) => t.from.map((p) => currentStepLabel(variant, p))))];
  if (reason === 'phase_not_in_variant') {
    return {
      nl: `${collaborationName} kent de stap "${step.nl}" niet; de casus staat bij "${here}".`,
      en: `${collaborationName} does not take the step "${step.en}"; the case stands at "${here}".`,
    };
  }
  return {
    nl: `"${step.nl}" kan in ${collaborationName} niet bij "${here}", alleen bij: ${from.map((f) => `"${f}"`).join(', ')}.`,
    en: `"${step.en}" is not possible in ${collaborationName} at "${here}", only at: ${from.map((f) => `"${f}"`).join(', ')}.`,
  };
}
