/**
 * The page frame every document shares, in the NL Design System look of the web interface: a
 * header band in the collaboration's theme colour with its name, Noto Sans (the Utrecht tokens'
 * typeface), headings and tables after the Utrecht components, and a footer with the page number
 * and the moment it was made. The collaboration's theme (§6) colours the band and the headings,
 * as it colours the web interface's header.
 */
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { FONT_FAMILY } from './render.js';
import { dateTimeNl } from './labels.js';

/** The web interface's default header colour (web/src/styles/app.css `--ct-header-background`). */
export const DEFAULT_BAND = '#1d4672';
const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

export interface DocumentTheme {
  readonly band: string;
  readonly bandText: string;
}

/** The document colours from a collaboration's theme tokens; anything but a hex colour is ignored. */
export function documentTheme(theme: Readonly<Record<string, string>> | undefined): DocumentTheme {
  const pick = (...names: string[]): string | undefined => names.map((n) => theme?.[n]?.trim()).find((v): v is string => v !== undefined && HEX.test(v));
  return {
    band: pick('--ct-header-background', '--utrecht-color-primary', '--utrecht-button-primary-action-background-color') ?? DEFAULT_BAND,
    bandText: pick('--ct-header-color') ?? '#ffffff',
  };
}

export interface FrameInput {
  readonly title: string;
  /** A line under the title, e.g. "Casus 2026-0001 · Ronde Tafel Overleg". */
  readonly subtitle?: string;
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  /** A line in the footer, e.g. "Vertrouwelijk: alleen voor de uitvoering van het plan". */
  readonly marking?: string;
  readonly content: Content[];
}

const GREY = '#5c5c5c';
const RULE = '#b3b3b3';

export function frame(input: FrameInput): TDocumentDefinitions {
  const { theme } = input;
  return {
    pageSize: 'A4',
    pageMargins: [56, 96, 56, 64],
    info: { title: input.title, author: input.collaborationName, creator: 'Casustafel', producer: 'Casustafel' },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.3, color: '#1a1a1a' },
    header: () => ({
      table: {
        widths: ['*', 120],
        body: [
          [
            { text: input.collaborationName, bold: true, fontSize: 12, color: theme.bandText, margin: [56, 22, 8, 18] },
            { text: 'Casustafel', fontSize: 10, color: theme.bandText, alignment: 'right', margin: [8, 24, 56, 18] },
          ],
        ],
      },
      layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => theme.band, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: [`Gemaakt ${dateTimeNl(input.generatedAt)}`, input.marking === undefined ? '' : ` · ${input.marking}`], fontSize: 8, color: GREY },
        { text: `Pagina ${page} van ${pages}`, fontSize: 8, color: GREY, alignment: 'right', width: 80 },
      ],
      margin: [56, 24, 56, 0],
    }),
    styles: {
      h1: { fontSize: 20, bold: true, color: theme.band, margin: [0, 0, 0, 4], lineHeight: 1.15 },
      subtitle: { fontSize: 11, color: GREY, margin: [0, 0, 0, 16] },
      h2: { fontSize: 14, bold: true, color: theme.band, margin: [0, 14, 0, 6], lineHeight: 1.15 },
      h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      p: { margin: [0, 0, 0, 8] },
      small: { fontSize: 9, color: GREY },
      th: { bold: true },
      notice: { fontSize: 10, bold: true, color: '#8a1538', margin: [0, 4, 0, 8] },
    },
    content: [
      { text: input.title, style: 'h1' },
      ...(input.subtitle === undefined ? [] : [{ text: input.subtitle, style: 'subtitle' } satisfies Content]),
      ...input.content,
    ],
  };
}

export const h2 = (text: string): Content => ({ text, style: 'h2' });
export const h3 = (text: string): Content => ({ text, style: 'h3' });
export const p = (text: string | Content[]): Content => (typeof text === 'string' ? { text, style: 'p' } : { text: text as never, style: 'p' });
export const small = (text: string): Content => ({ text, style: 'small', margin: [0, 0, 0, 6] });
export const bullets = (items: readonly string[]): Content => ({ ul: [...items], margin: [0, 0, 0, 8] });

/** A table in the Utrecht table's look: bold header with a dark rule, light rules between rows. */
export function table(head: readonly string[], rows: readonly (readonly (string | TableCell)[])[], widths?: readonly (string | number)[]): ContentTable {
  return {
    table: {
      headerRows: 1,
      widths: widths === undefined ? head.map(() => '*') : [...widths],
      body: [head.map((h) => ({ text: h, style: 'th' })), ...rows.map((r) => [...r])],
    },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 1.2 : i === 0 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i === 1 ? '#1a1a1a' : RULE),
      paddingLeft: (i: number) => (i === 0 ? 0 : 6),
      paddingRight: () => 6,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 2, 0, 10],
  };
}

/** Label-value pairs, like the Utrecht data list. */
export function dataList(items: readonly (readonly [string, string])[]): ContentTable {
  return {
    table: { widths: [150, '*'], body: items.map(([k, v]) => [{ text: k, bold: true }, { text: v }]) },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 8, paddingTop: () => 2, paddingBottom: () => 2 },
    margin: [0, 0, 0, 10],
  };
}

/** A line to sign on, with what is signed below it. */
export function signature(label: string): Content {
  return {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 28, x2: 220, y2: 28, lineWidth: 0.8, lineColor: '#1a1a1a' }] },
      { text: label, style: 'small', margin: [0, 2, 0, 10] },
    ],
    unbreakable: true,
  };
}
