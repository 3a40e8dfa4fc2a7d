/**
 * P8 by kind (seed 000 art. 1.5; AVG art. 9 and 10): whether data is a special category follows
 * from what it is about, not from a checkbox. Criminal and police-justice data, health (mental
 * and physical functioning), addiction, and the other art. 9 kinds are special whatever the
 * contributor marks; a contributor may mark any other kind as special too, never a special kind
 * as ordinary.
 */

/** The data kinds that are special categories by themselves. */
export const SPECIAL_KINDS: ReadonlySet<string> = new Set([
  // Life domains (seed 000 art. 5.1) whose content is special by nature.
  'police_justice',
  'addiction',
  'mental_functioning',
  'physical_functioning',
  // The kinds of AVG art. 9 and 10 and seed 000 art. 1.5, for contributions filed under them.
  'criminal_data',
  'health',
  'religion_belief',
  'ethnic_origin',
  'political_opinion',
  'sexual_life',
  'trade_union',
  'genetic',
  'biometric',
]);

/** Whether a data kind is a special category by itself. */
export function isSpecialKind(category: string): boolean {
  return SPECIAL_KINDS.has(category);
}

/** A contribution's effective P8 status: its kind, or the contributor's marking when stricter. */
export function isSpecialData(c: { readonly category: string; readonly special: boolean }): boolean {
  return c.special || SPECIAL_KINDS.has(c.category);
}
