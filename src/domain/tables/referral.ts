/**
 * Referral (seed 003 fase 2 "Casus hoort beter thuis op een andere overlegtafel"; seed 000
 * Bijlage 2: Nwo RJ → regie van het Veiligheidshuis, PJO → OOV of Casusoverleg Jeugd).
 *
 * - To another table of the same collaboration the case moves with its dossier: the subjects, the
 *   registration, consents and informing records stay; a contribution given in triage or the RTO
 *   goes along only when its contributor approved taking it to that very table (P4: "triage data
 *   reaches another table only with its approval") and only when its kind belongs to the new
 *   table's data set; the rest is removed. The new table screens the case again.
 * - To a body outside the collaboration (ZSM, Veilig Thuis, another Zorg- en Veiligheidshuis, as
 *   configured) the contributions their contributors approved handing over to that very body are
 *   handed over once (P4), none withdrawn, erased or restricted (P15); then nothing identifying
 *   stays (P12) and the registrant registers the case there itself.
 * - A target that is neither is refused naming the field.
 * Pure: the caller gathers the contributions and applies the plan.
 */
import type { CollaborationConfig } from '../config/collaboration-config.schema.js';
import type { Phase } from '../model.js';
import { checkCategory } from './data-set.js';

export interface ReferralContribution {
  readonly id: string;
  readonly category: string;
  /** The table or outside body its contributor approved taking it to, or null. */
  readonly approvedFor: string | null;
  /** Withdrawn, erased or restricted: processed no further, so never handed over. */
  readonly stopped?: boolean;
}

/** The registration itself is the case: it goes along with the subjects. */
export const REGISTRATION_CATEGORY = 'registration';

export type ReferralPlan =
  | {
      readonly ok: true;
      readonly kind: 'table';
      readonly toTable: string;
      /** The new table screens the case again: its criteria, follow-up questions and preconditions. */
      readonly phase: Phase;
      readonly keep: readonly string[];
      /** Not approved for this table by its contributor. */
      readonly notApproved: readonly string[];
      /** Approved, but of a kind the new table does not record. */
      readonly outsideDataSet: readonly string[];
    }
  | {
      readonly ok: true;
      readonly kind: 'outside';
      readonly body: { readonly id: string; readonly name: string };
      /** Approved by their contributors for this body: handed over before the case is purged. */
      readonly handOver: readonly string[];
    }
  | { readonly ok: false; readonly field: 'toTable'; readonly reason: 'unknown_target' | 'same_table' };

type ReferralConfig = Pick<CollaborationConfig, 'tables' | 'referralBodies'>;

export const REFERRAL_MESSAGES = {
  unknown_target: (config: ReferralConfig, fromTable: string) =>
    `onbekende overlegtafel of instantie; kies uit: ${referralTargets(config, fromTable)
      .map((t) => `${t.id} (${t.name})`)
      .join('; ')}`,
  same_table: () => 'de casus loopt al aan deze overlegtafel; kies een andere tafel of instantie',
} as const;

/** Where a case at `fromTable` can be referred: the other tables, then the outside bodies. */
export function referralTargets(config: ReferralConfig, fromTable: string): readonly { readonly id: string; readonly name: string; readonly kind: 'table' | 'outside' }[] {
  return [
    ...config.tables.filter((t) => t.id !== fromTable).map((t) => ({ id: t.id, name: t.name, kind: 'table' as const })),
    ...(config.referralBodies ?? []).map((b) => ({ id: b.id, name: b.name, kind: 'outside' as const })),
  ];
}

export function planReferral(config: ReferralConfig, fromTable: string, target: string, contributions: readonly ReferralContribution[]): ReferralPlan {
  if (target === fromTable) return { ok: false, field: 'toTable', reason: 'same_table' };
  const table = config.tables.find((t) => t.id === target);
  if (table === undefined) {
    const body = (config.referralBodies ?? []).find((b) => b.id === target);
    if (body === undefined) return { ok: false, field: 'toTable', reason: 'unknown_target' };
    const handOver = contributions.filter((c) => c.approvedFor === body.id && c.stopped !== true).map((c) => c.id);
    return { ok: true, kind: 'outside', body: { id: body.id, name: body.name }, handOver };
  }
  const keep: string[] = [];
  const notApproved: string[] = [];
  const outsideDataSet: string[] = [];
  for (const c of contributions) {
    if (c.category === REGISTRATION_CATEGORY) keep.push(c.id);
    else if (c.approvedFor !== target) notApproved.push(c.id);
    else if (!checkCategory(table, c.category).ok) outsideDataSet.push(c.id);
    else keep.push(c.id);
  }
  return { ok: true, kind: 'table', toTable: target, phase: 'screening', keep, notApproved, outsideDataSet };
}
