/**
 * CSV for exports (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
 * accents): every cell quoted when needed, and a cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe.
 */
export type CsvCell = string | number | boolean | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(head: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
