/** The readable form of a run: the targeted figures with their verdict, then the rest. */
import { meets } from '../targets.js';
import type { Target } from '../targets.js';

export function formatTable(figures: Readonly<Record<string, number | string | boolean>>, targets: Readonly<Record<string, Target>>): string {
  const rows: string[][] = [['figure', 'value', 'target', '']];
  for (const [key, target] of Object.entries(targets)) {
    const v = figures[key];
    const bound = target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min ?? ''}`;
    if (typeof v !== 'number') {
      rows.push([key, 'n/a', `${bound} ${target.unit}`, '']);
      continue;
    }
    rows.push([key, String(v), `${bound} ${target.unit}`, meets(target, v) ? 'ok' : 'MISSED']);
  }
  rows.push(['', '', '', '']);
  for (const [key, v] of Object.entries(figures)) if (!(key in targets)) rows.push([key, String(v), '', '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}
