/**
 * Accepting a case in Midden- or Noord-Limburg (seed 003 B3-F1, art. 9.2a): the director's judgement
 * by the criteria of Bijlage 2, the substance and the consultation with the registrant, over the
 * API for set-ups and on the accept screen for the stories.
 */
import type { Locator, Page } from 'playwright-core';

/** How the form is filled: directly, or through a story's counter (which counts each action). */
interface Hands {
  fill(target: Locator, value: string): Promise<void>;
  check(target: Locator): Promise<void>;
}

const direct: Hands = { fill: (target, value) => target.fill(value), check: (target) => target.check() };

const today = (): string => new Date().toISOString().slice(0, 10);

/** The accept step's body with the judgement: impact on the system, several chains, multi-problem. */
export const ACCEPT_BODY = {
  event: 'accept',
  assessment: {
    criteriaMet: [1, 2, 3],
    substance: 'Schulden en overlast; de ketens komen er alleen niet uit.',
    consultation: { with: 'Casemanager van de aanmelder', at: today(), outcome: 'Eens met aanname.' },
  },
};

/**
 * The accept body for a collaboration by its demo users' domain (`procesregisseur@<short>`): Noord- and
 * Midden-Limburg judge by the Bijlage 2 criteria in consultation with the registrant (their shipped
 * `criteriaGroups` and `acceptInConsultationWithRegistrant`); the others accept without it.
 */
export function acceptBodyFor(short: string): object {
  return short === 'noord-limburg' || short === 'midden-limburg' ? ACCEPT_BODY : { event: 'accept' };
}

/** Fills in the judgement on the accept form the page shows (case page or process steps). */
export async function fillAcceptance(page: Page, hands: Hands = direct, criteria: readonly number[] = [2, 3, 4]): Promise<void> {
  for (const n of criteria) await hands.check(page.getByLabel(new RegExp(`^${n}\\. `)));
  await hands.fill(page.getByLabel('Inhoudelijke afweging'), 'Schulden en overlast; de ketens komen er alleen niet uit.');
  await hands.fill(page.getByLabel('Met wie van de aanmelder overlegd'), 'Casemanager van de aanmelder');
  await hands.fill(page.getByLabel('Datum van het overleg'), today());
  await hands.fill(page.getByLabel('Uitkomst van het overleg'), 'Eens met aanname.');
}
