import type { PartnerId } from '../model.js';
import type { ProcessVariant } from './variant.js';

/**
 * 002-B03: the partners ticked when the triage form opens. Enrichment (Venlo, seed 002 Bijlage B,
 * 1: "Melder vraagt verrijking aan de partners") goes to the table's core partners by default, so
 * they come ticked (the director may untick one); a `selected` question starts with none ticked,
 * because asking every partner there needs a justification (§3.2).
 */
export function preselectedPartners(
  triageMode: ProcessVariant['triageMode'],
  candidates: readonly { readonly id: PartnerId; readonly participation: 'structural' | 'incidental' | 'none' }[],
): PartnerId[] {
  return triageMode === 'presence_enrichment' ? candidates.filter((c) => c.participation === 'structural').map((c) => c.id) : [];
}
