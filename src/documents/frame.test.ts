import { describe, expect, it } from 'vitest';
import { SHIPPED_COLLABORATIONS } from '../collaborations/index.js';
import { renderPdf } from './render.js';
import { DEFAULT_BAND, documentTheme, frame, p } from './frame.js';

const shipped = (id: string) => {
  const c = SHIPPED_COLLABORATIONS.find((x) => x.id === id);
  if (c === undefined) throw new Error(id);
  return structuredClone(c);
};

describe('the document frame (NL Design System look, §6 theme)', () => {
  it('§6 theme: the collaboration\'s header colour colours the documents; changing it in a copy of a shipped configuration changes the band', () => {
    const venlo = shipped('zorgnetwerk-venlo');
    expect(documentTheme(venlo.theme).band).toBe('#8a1538');
    const noord = shipped('zvh-noord-limburg');
    expect(documentTheme(noord.theme).band).toBe(DEFAULT_BAND);
    const changed = { ...noord, theme: { ...(noord.theme ?? {}), '--ct-header-background': '#1f6f50' } };
    expect(documentTheme(changed.theme).band).toBe('#1f6f50');
    // Only hex colours: anything else falls back to the default.
    expect(documentTheme({ '--ct-header-background': 'url(x)' }).band).toBe(DEFAULT_BAND);
  });

  it('renders a PDF with the bundled font and no network: the band is filled with the theme colour', async () => {
    const definition = frame({ title: 'Proef', collaborationName: 'Zorgnetwerk Venlo', theme: documentTheme(shipped('zorgnetwerk-venlo').theme), generatedAt: new Date('2026-06-01T10:00:00Z'), content: [p('Tekst')] });
    const header = (definition.header as unknown as (page: number, pages: number) => { layout: { fillColor: () => string } })(1, 1);
    expect(header.layout.fillColor()).toBe('#8a1538');
    const pdf = await renderPdf(definition);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/NotoSans/);
  });
});
