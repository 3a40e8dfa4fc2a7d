/**
 * The acting collaboration's theme (§6) as a stylesheet: its NL Design System token overrides,
 * served same-origin so the strict CSP (`style-src 'self'`) allows it. Only tokens from the
 * validated configuration (config-consistency.ts: `--name` keys, no `; { } < >` in values) are
 * written, and each is checked once more here against a narrower pattern: a design-token value
 * is a colour, a length or a font list, never a URL, an escape, a comment or an at-rule.
 */
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { readCollaboration } from './view-collaboration.js';

const TOKEN_NAME = /^--[a-z0-9-]+$/;
/** Letters, digits, spaces and the punctuation of colours, lengths and font lists. */
const TOKEN_VALUE = /^[a-zA-Z0-9#%., ()+\-'"]+$/;
const FORBIDDEN = /url\s*\(|expression\s*\(|image-set\s*\(|\/\*|\\/i;

/** Whether one token may be written into the stylesheet. */
export function isSafeThemeToken(name: string, value: string): boolean {
  return TOKEN_NAME.test(name) && value.length <= 200 && TOKEN_VALUE.test(value) && !FORBIDDEN.test(value) && balancedQuotes(value);
}

function balancedQuotes(value: string): boolean {
  return (value.match(/'/g) ?? []).length % 2 === 0 && (value.match(/"/g) ?? []).length % 2 === 0;
}

/** The stylesheet for a theme: one rule on the root, after the bundled tokens so it wins. */
export function themeCss(theme: Readonly<Record<string, string>> | undefined): string {
  const lines = Object.entries(theme ?? {})
    .filter(([name, value]) => isSafeThemeToken(name, value))
    .map(([name, value]) => `  ${name}: ${value.trim()};`);
  const header = '/* Casustafel: the design tokens of this collaboration (NL Design System). */\n';
  return lines.length === 0 ? header : `${header}:root.utrecht-theme,\n.utrecht-theme {\n${lines.join('\n')}\n}\n`;
}

export async function themeStylesheet(deps: ServiceDeps, actor: SessionActor): Promise<string> {
  return withActor(deps, actor, async (trx) => themeCss((await readCollaboration(trx, actor.collaborationId)).config.theme));
}
