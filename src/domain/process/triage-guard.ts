/**
 * Triage questions (§3.2). The process director asks *selected* partners on behalf of the
 * registrant, stating task, purpose and why the data is needed; asking every core partner, or
 * nearly every one (a configured share), is disproportionate unless a justification is
 * recorded. It is judged per case, over all its questions, not per request. In Venlo's enrichment mode (seed 002
 * Bijlage B) all core partners are asked, but then only "known / not known" may come back.
 */
import type { PartnerId } from '../model.js';
import { isActiveMember } from '../membership/active.js';
import type { ProcessVariant } from './variant.js';
import type { CaseState } from './case-state.js';
import { findPartner } from './case-state.js';
import { ALLOWED, refuse, type GuardResult } from './reasons.js';
import type { TriageAnswer, TriageQuestion } from './records.js';
import { filled } from './text.js';

/** Enrichment counts only where the collaboration runs it; elsewhere a question is `selected`. */
function isEnrichment(question: TriageQuestion, variant: ProcessVariant): boolean {
  return question.mode === 'presence_enrichment' && variant.triageMode === 'presence_enrichment';
}

export function checkTriageQuestion(question: TriageQuestion, state: CaseState, variant: ProcessVariant, now: number): GuardResult {
  if (question.askedPartners.length === 0 || !filled(question.task) || !filled(question.purpose) || !filled(question.whyNeeded)) {
    return refuse('triage_question_incomplete');
  }
  if (question.onBehalfOf !== state.registrant) return refuse('triage_not_on_behalf_of_registrant');
  for (const id of question.askedPartners) {
    const partner = findPartner(state, id);
    if (partner === undefined || !isActiveMember(partner, now)) return refuse('asked_partner_not_active');
  }
  if (isEnrichment(question, variant)) return ALLOWED;

  if (filled(question.allPartnersJustification)) return ALLOWED;
  const core = state.partners.filter((p) => p.id !== state.registrant && isActiveMember(p, now)).map((p) => p.id);
  const before = new Set(state.triageQuestions.filter((q) => q.id !== question.id).flatMap((q) => q.askedPartners));
  const after = new Set([...before, ...question.askedPartners]);
  // Judged per case: the request that brings the case to (nearly) everyone needs the
  // justification; once an earlier, justified request did, later ones are covered by it.
  const crosses = asksNearlyAll(after, core, variant.nearlyAllPartnersShare) && !asksNearlyAll(before, core, variant.nearlyAllPartnersShare);
  return crosses ? refuse('all_partners_asked_without_justification') : ALLOWED;
}

/**
 * §3.2 proportionality, per case: whether the partners asked so far are every core partner or at
 * least `share` of them (a collaboration's `nearlyAllPartnersShare`). A single core partner is
 * never "everyone" in this sense.
 */
export function asksNearlyAll(asked: ReadonlySet<PartnerId>, core: readonly PartnerId[], share: number): boolean {
  if (core.length <= 1) return false;
  const count = core.filter((id) => asked.has(id)).length;
  return count === core.length || count / core.length >= share;
}

/** What an asked partner may send back: "known / not known" to an enrichment question, else its own contribution. */
export function answerKind(question: TriageQuestion): TriageAnswer['kind'] {
  return question.mode === 'presence_enrichment' ? 'presence' : 'contribution';
}

/** An answer to an enrichment question is "known / not known", nothing more. */
export function checkTriageAnswer(question: TriageQuestion, answer: TriageAnswer): GuardResult {
  return answerKind(question) === 'presence' && answer.kind !== 'presence' ? refuse('presence_answer_only') : ALLOWED;
}
