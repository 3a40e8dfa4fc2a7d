/**
 * Dates as Dutch people type them: `31-03-1980`, `31-3-1980`, `31/03/1980` or `31.03.1980`
 * (and the ISO `1980-03-31`), sent to the API as ISO. Whether the day exists, the API says.
 */

/** The ISO form of a Dutch date; other input is returned trimmed, for the API to refuse with a clear message. */
export function isoDate(input: string): string {
  const text = input.trim();
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m === null) return text;
  const [, d = '', mo = '', y = ''] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Whether the text is a date that exists (after `isoDate`). */
export function isRealDate(input: string): boolean {
  const iso = isoDate(input);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return false;
  const d = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** An ISO date shown the Dutch way: `1980-03-31` → `31-03-1980`. */
export function dutchDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m === null ? (iso ?? '') : `${m[3] ?? ''}-${m[2] ?? ''}-${m[1] ?? ''}`;
}
