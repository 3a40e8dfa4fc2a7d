/**
 * The covenant's grounds for sharing without consent (seed 002 Bijlage A art. 7.3–7.4; row
 * 002-A13): without consent the partner that asked for it weighs whether sharing is necessary
 * "gelet op zijn gegronde vermoeden: a. dat de betrokkene in een ernstige lichamelijk of geestelijk
 * gezondheidstoestand verkeert […]; en […] b. dat er een dringende noodzaak is voor het bieden van
 * hulp […]", after the subject refused (lid 3) or when asking was not reasonably possible because
 * the subject would refuse the urgently needed help (lid 4). A weighing in such a collaboration
 * motivates every ground and says which of the two applies; `weighingComplete` asks the same
 * before such a weighing carries a disclosure. Pure.
 */
import type { WithoutConsentBecause } from './records.js';
import { filled } from './text.js';

export interface NoConsentGround {
  readonly id: string;
  readonly text: string;
}

export interface GroundsInput {
  readonly noConsentGrounds?: Readonly<Record<string, string>> | undefined;
  readonly withoutConsentBecause?: WithoutConsentBecause | undefined;
}

export interface GroundIssue {
  readonly field: string;
  readonly message: string;
  readonly messages: { readonly nl: string; readonly en: string };
}

const issue = (field: string, nl: string, en: string): GroundIssue => ({ field, message: nl, messages: { nl, en } });

/**
 * What is wrong with the grounds of a weighing: grounds the covenant does not name (or any, where
 * it names none) always; each unmotivated ground and a missing "why without consent" when the
 * weighing is marked complete (a draft may leave them open).
 */
export function checkNoConsentGrounds(grounds: readonly NoConsentGround[], input: GroundsInput, complete: boolean): readonly GroundIssue[] {
  const given = Object.keys(input.noConsentGrounds ?? {});
  if (grounds.length === 0) {
    const none: GroundIssue[] = [];
    if (given.length > 0) none.push(issue('noConsentGrounds', 'Dit convenant noemt geen gronden voor delen zonder toestemming; laat dit leeg.', 'This covenant names no grounds for sharing without consent; leave this empty.'));
    if (input.withoutConsentBecause !== undefined) none.push(issue('withoutConsentBecause', 'Dit convenant vraagt niet waarom zonder toestemming; laat dit leeg.', 'This covenant does not ask why without consent; leave this empty.'));
    return none;
  }
  const known = new Set(grounds.map((g) => g.id));
  const issues: GroundIssue[] = given
    .filter((id) => !known.has(id))
    .map((id) => issue('noConsentGrounds', `Het convenant kent de grond "${id}" niet; het noemt: ${grounds.map((g) => g.text).join('; ')}.`, `The covenant names no ground "${id}".`));
  if (!complete) return issues;
  for (const g of grounds) {
    if (!filled(input.noConsentGrounds?.[g.id])) issues.push(issue(`noConsentGrounds.${g.id}`, `Motiveer het gegronde vermoeden: ${g.text}.`, `Motivate the grounded suspicion: ${g.text}.`));
  }
  if (input.withoutConsentBecause === undefined) {
    issues.push(issue('withoutConsentBecause', 'Kies waarom zonder toestemming: betrokkene weigerde, of kon redelijkerwijs niet gevraagd worden.', 'Choose why without consent: the subject refused, or could not reasonably be asked.'));
  }
  return issues;
}
