/**
 * Changing a table of the covenant (Bijlage 2) is an amendment of the covenant (seed 000 art. 16.2:
 * "kan slechts worden gewijzigd indien alle convenantpartners hiermee schriftelijk instemmen"; ADR
 * 0205). The admin proposes the change with its diff, field by field; each partner's consent is
 * recorded by one of its managers; the amendment is adopted (and the table changed) only when every
 * partner that was a member when it was proposed has consented, and a single refusal ends it.
 */

/** Who must consent to a change of the covenant's tables: every partner, or the admin alone. */
export type AmendmentRule = 'all_partners' | 'admin';

/** One field that differs between the table before and after; `null` where the field is absent. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The changes between two versions of a table, field by field: nested objects by dotted path, a
 * list as a whole (its order is part of its meaning). Equal fields are left out; a new table shows
 * every field with `before` null.
 */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>, prefix = ''): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    const field = `${prefix}${key}`;
    const a = before?.[key];
    const b = after[key];
    if (isObject(a) && isObject(b)) return diffFields(a, b, `${field}.`);
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    return [{ field, before: a ?? null, after: b ?? null }];
  });
}

export interface AmendmentConsent {
  readonly partnerId: string;
  readonly approved: boolean;
}

export type AmendmentStatus = 'pending' | 'adopted' | 'rejected';

/** Where an amendment stands: the partners whose consent is still missing, and who refused. */
export interface AmendmentState {
  readonly missing: readonly string[];
  readonly refusedBy: readonly string[];
  readonly mayBeAdopted: boolean;
}

/**
 * The partners whose consent counts are `voters` (the members when it was proposed). Under
 * `admin` nobody's consent is needed. A refusal by any of them means the amendment cannot be adopted.
 */
export function amendmentState(rule: AmendmentRule, voters: readonly string[], consents: readonly AmendmentConsent[]): AmendmentState {
  if (rule === 'admin') return { missing: [], refusedBy: [], mayBeAdopted: true };
  const approved = new Set(consents.filter((c) => c.approved).map((c) => c.partnerId));
  const refusedBy = voters.filter((v) => consents.some((c) => c.partnerId === v && !c.approved));
  const missing = voters.filter((v) => !approved.has(v) && !refusedBy.includes(v));
  return { missing, refusedBy, mayBeAdopted: missing.length === 0 && refusedBy.length === 0 };
}

export type ConsentRefusal = 'amendment_not_pending' | 'amendment_consent_not_manager' | 'amendment_consent_not_a_party' | 'amendment_consent_already_given';

/** Only a manager signs for its partner (checked before the amendment is read at all). */
export const consentRoleRefusal = (role: string): ConsentRefusal | null => (role === 'manager' ? null : 'amendment_consent_not_manager');

/** Whether a user may record its partner's consent or refusal now. */
export function checkConsent(
  amendment: { readonly status: AmendmentStatus; readonly voters: readonly string[]; readonly consents: readonly AmendmentConsent[] },
  by: { readonly partnerId: string; readonly role: string },
): ConsentRefusal | null {
  const role = consentRoleRefusal(by.role);
  if (role !== null) return role;
  if (amendment.status !== 'pending') return 'amendment_not_pending';
  if (!amendment.voters.includes(by.partnerId)) return 'amendment_consent_not_a_party';
  if (amendment.consents.some((c) => c.partnerId === by.partnerId)) return 'amendment_consent_already_given';
  return null;
}

export const CONSENT_REFUSALS: Record<ConsentRefusal, { readonly nl: string; readonly en: string }> = {
  amendment_not_pending: { nl: 'Over deze wijziging van het convenant is al beslist.', en: 'This amendment of the covenant has already been decided.' },
  amendment_consent_not_manager: {
    nl: 'Alleen een manager van een convenantpartner stemt namens die partner in met een wijziging van het convenant (art. 16.2).',
    en: 'Only a manager of a covenant partner consents to an amendment on behalf of that partner (art. 16.2).',
  },
  amendment_consent_not_a_party: {
    nl: 'Uw organisatie was geen convenantpartner toen deze wijziging werd voorgesteld; haar instemming is niet gevraagd.',
    en: 'Your organisation was not a covenant partner when this amendment was proposed; its consent is not asked.',
  },
  amendment_consent_already_given: { nl: 'De instemming van uw organisatie met deze wijziging is al vastgelegd.', en: "Your organisation's consent to this amendment is already recorded." },
};
