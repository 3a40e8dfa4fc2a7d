/**
 * How a collaboration runs the work process (§3), as configuration: the canonical seed-003
 * model and the Venlo and Nijmegen variants differ only in these settings, never in code.
 */
import { PHASES } from '../model.js';
import type { Phase } from '../model.js';
import type { ProcessEventKind } from './process-events.js';

/** One step a collaboration takes: from which phases, to which, in its own words. */
export interface ProcessTransition {
  readonly event: ProcessEventKind;
  readonly from: readonly Phase[];
  readonly to: Phase;
  /** The step as the collaboration names it, e.g. "5 Afsluiten in de maandelijkse vergadering, melder beslissend". */
  readonly label: string;
  /**
   * This step closes the case: it needs one of `closingCriteria` (when configured) and, when
   * `reporterDecisiveInClosing`, the reporter's own agreement; it sets the closing date that a
   * retention policy anchored on `closing` counts from.
   */
  readonly closes: boolean;
}

export interface ProcessVariant {
  /**
   * The steps this collaboration takes; a step not listed here is refused in its own words. The
   * phases the collaboration uses are the ones its steps lead from and to (`phasesOf`).
   */
  readonly transitions: readonly ProcessTransition[];
  /**
   * How partners are asked in triage:
   * - `selected`: the process director picks partners; asking all needs a recorded justification (§3.2).
   * - `presence_enrichment`: every core partner is asked "known / not known" only (Venlo, seed 002 Bijlage B).
   */
  readonly triageMode: 'selected' | 'presence_enrichment';
  /** Meetings per case, per work area (Venlo) or per neighbourhood team (Nijmegen). */
  readonly meetingScheduling: 'per_case' | 'per_work_area' | 'per_team';
  /** Days between standing meetings (Venlo monthly = 30, Nijmegen four-weekly = 28), null per case. */
  readonly meetingEveryDays: number | null;
  /** Closing criteria to record (Venlo: nuisance stopped, help started, no contact possible...). */
  readonly closingCriteria: readonly { readonly id: string; readonly label: string }[];
  /** The reporter has a decisive voice in closing (Venlo): it records its own agreement. */
  readonly reporterDecisiveInClosing: boolean;
  /** Nothing is stored before the case is picked up (Nijmegen step 5). */
  readonly storeOnlyAfterPickup: boolean;
  /** Domain-crossing processing needs the household's consent (Nijmegen step 4). */
  readonly domainCrossingNeedsConsent: boolean;
  /** The subject or a representative may attend the RTO (Venlo). */
  readonly subjectMayAttend: boolean;
  /** The subject attends its own RTO also without a consent record (Venlo, seed 002 art. 2j, 7.1); a representative still needs it. */
  readonly subjectMayAlwaysAttend?: boolean;
  /** The consent-or-weighing rule (P7) does not apply to a police provision on the art. 20 Wpg decision (Venlo, seed 002 Bijlage A art. 7.2). */
  readonly wpg20OutsideConsentRule?: boolean;
  /**
   * The result of the meeting may be a jointly supported proposal instead of an integral plan
   * (Venlo, seed 002 Bijlage B §3): the result step then needs no case director and no plan.
   */
  readonly proposalAsResult?: boolean;
  /**
   * The parties a case is handed over to after the enrichment (Venlo, seed 002 Bijlage B §1: the
   * neighbourhood team, or the "voorliggend veld"), each a covenant partner or (null) a party outside
   * the covenant, which receives nothing through the system. Taken by the `hand_over` step.
   */
  readonly handoverParties?: readonly { readonly id: string; readonly name: string; readonly partnerId: string | null }[];
  /** The first disclosure without consent is limited to who is involved and what kind of help (seed 002 art. 7.6). */
  readonly firstDisclosureWithoutConsentLimited: boolean;
  /** The accept records the consultation with the registering party (seed 001 and 003 art. 9.2a). */
  readonly acceptInConsultationWithRegistrant?: boolean;
  /**
   * §3.2 proportionality in `selected` triage: asking at least this share (0–1] of the core
   * partners in one case, over all its questions together, counts as asking (nearly) everyone
   * and needs a recorded justification. 1 means only asking literally every core partner.
   */
  readonly nearlyAllPartnersShare: number;
  /** Every process director of the collaboration acts in every case (§4: configurable). */
  readonly allDirectorsSeeAllCases: boolean;
  /** Named steps of the variant mapped onto phases, shown to users (e.g. Nijmegen's eight steps). */
  readonly steps: readonly { readonly id: string; readonly label: string; readonly phase: Phase }[];
}

/**
 * The phases a collaboration uses: registration (every case starts in screening) and every phase
 * one of its steps leads from or to, in the order of the canonical model. A list of its own would
 * say nothing the steps do not say already (ADR 0085).
 */
export function phasesOf(variant: { readonly transitions: readonly ProcessTransition[] }): Phase[] {
  const used = new Set<Phase>(['screening']);
  for (const t of variant.transitions) {
    for (const from of t.from) used.add(from);
    used.add(t.to);
  }
  return PHASES.filter((p) => used.has(p));
}

/** Phases a step leads to: where a case can get to after registration. */
export function reachedPhases(variant: { readonly transitions: readonly ProcessTransition[] }): Set<Phase> {
  return new Set<Phase>(['screening', ...variant.transitions.map((t) => t.to)]);
}
