/**
 * The agenda of a session as the reader may see it (issue 18, ADR 0050): date, place, chair, and
 * per item either the case discussion the reader is invited to or the neutral line "<case number>
 * — niet voor u". The document is built from the same need-to-know read as the screen.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dataList, frame, h2, table } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { dateTimeNl } from '../labels.js';

export interface AgendaLine {
  readonly position: number;
  readonly caseNumber: string;
  /** Null: the reader is not invited (the neutral line). */
  readonly open: { readonly title: string; readonly reason: string; readonly goal: string } | null;
  readonly line: string;
}

export interface SessionAgendaData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly bodyName: string;
  readonly scheduledAt: Date;
  readonly place: string;
  readonly chair: string;
  readonly items: readonly AgendaLine[];
}

export function sessionAgenda(d: SessionAgendaData): TDocumentDefinitions {
  return frame({
    title: `Agenda ${d.bodyName}`,
    subtitle: dateTimeNl(d.scheduledAt),
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: 'Vertrouwelijk: alleen de agendapunten waarvoor u bent uitgenodigd',
    content: [
      dataList([
        ['Datum', dateTimeNl(d.scheduledAt)],
        ['Plaats of link', d.place],
        ['Voorzitter', d.chair],
      ]),
      h2('Agendapunten'),
      table(
        ['#', 'Casus', 'Bespreking'],
        d.items.map((i) => [String(i.position), i.caseNumber, i.open === null ? i.line : `${i.open.title} — ${i.open.reason}: ${i.open.goal}`]),
        ['auto', 'auto', '*'],
      ),
    ],
  });
}
