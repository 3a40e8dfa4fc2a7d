/**
 * Seed 000 art. 13.2: a partner leaves after two months' notice, "tenzij alle convenantpartners
 * gezamenlijk en unaniem instemmen met directe opzegging. Lopende trajecten dienen wel eerst te
 * worden afgerond." The notice records the consents; only with every other active member's consent
 * does the membership end at once (its professionals still finish their running cases, as after any
 * notice); without all of them the ordinary notice applies.
 */

export type UnanimousTermination = { readonly immediate: true } | { readonly immediate: false; readonly missing: readonly string[] };

/**
 * Whether the partners that consented (`consents`, partner ids) are all of `members` (the other
 * active members when the notice is given); which are missing when not.
 */
export function unanimousTermination(members: readonly string[], consents: readonly string[]): UnanimousTermination {
  const given = new Set(consents);
  const missing = members.filter((m) => !given.has(m));
  return missing.length === 0 ? { immediate: true } : { immediate: false, missing };
}
