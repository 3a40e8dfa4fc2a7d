/**
 * Renders a document definition to PDF on the server with pdfmake (pure JavaScript over PDFKit; no
 * browser at run time). The font is Noto Sans, the typeface of the NL Design System's Utrecht
 * tokens, read from the `@fontsource/noto-sans` package: nothing is fetched from a network, and
 * pdfmake may read no file but those fonts and no URL at all.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const FONT_DIR = resolve(join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files'));
const font = (weight: 400 | 700, style: 'normal' | 'italic'): string => join(FONT_DIR, `noto-sans-latin-${weight}-${style}.woff`);

export const FONT_FAMILY = 'NotoSans';

let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ [FONT_FAMILY]: { normal: font(400, 'normal'), bold: font(700, 'normal'), italics: font(400, 'italic'), bolditalics: font(700, 'italic') } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(FONT_DIR));
  configured = true;
}

/** The PDF bytes of a document definition. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(definition).getBuffer();
}
