/**
 * The written answer to an access request (P15; seed 002 art. 11.3): the data about the subject,
 * the purposes, categories, recipients, retention and sources, free of charge. Police data is
 * shown for inspection but marked not to be copied (P9; art. 27 Wpg).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { bullets, dataList, frame, h2, p, small, table } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { dateNl } from '../labels.js';

export interface AccessAnswerData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly subjectName: string;
  readonly caseNumber: string;
  readonly receivedAt: Date;
  readonly deadlineAt: Date;
  readonly items: readonly { readonly source: string; readonly category: string; readonly special: boolean; readonly police: boolean; readonly content: string }[];
  /** Meeting notes, plan goals and actions about the subject (or the household as a whole). */
  readonly meetingItems?: readonly { readonly date: Date; readonly kind: string; readonly domain: string; readonly text: string }[];
  readonly purposes: readonly string[];
  readonly categories: readonly string[];
  readonly recipients: readonly string[];
  readonly sources: readonly string[];
  readonly retentionRule: string;
  readonly deleteAt: Date | null;
  readonly withheld: number;
  readonly handler: string;
}

export const POLICE_MARK = 'Politiegegevens — ter inzage, niet kopiëren (art. 27 Wpg)';

export function accessAnswer(d: AccessAnswerData): TDocumentDefinitions {
  const none = (xs: readonly string[]): string[] => (xs.length === 0 ? ['geen'] : [...xs]);
  return frame({
    title: 'Antwoord op uw verzoek om inzage',
    subtitle: `${d.subjectName} · casus ${d.caseNumber}`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: d.items.some((i) => i.police) ? 'Bevat politiegegevens: niet kopiëren' : 'Vertrouwelijk',
    content: [
      dataList([
        ['Betrokkene', d.subjectName],
        ['Verzoek ontvangen', dateNl(d.receivedAt)],
        ['Uiterste antwoorddatum', dateNl(d.deadlineAt)],
        ['Behandeld door', d.handler],
        ['Kosten', 'kosteloos'],
      ]),
      p(`Geachte heer/mevrouw ${d.subjectName},`),
      p(`U vroeg welke gegevens ${d.collaborationName} over u verwerkt. Hieronder staan de gegevens, de doelen, de categorieën, de ontvangers, de bewaartermijn en de bronnen (AVG art. 15).`),
      h2('De gegevens'),
      d.items.length === 0
        ? p('Er worden geen gegevens over u verwerkt.')
        : table(
            ['Bron', 'Categorie', 'Gegevens'],
            d.items.map((i) => [
              i.source,
              `${i.category}${i.special ? ' (bijzonder persoonsgegeven)' : ''}`,
              i.police ? { stack: [{ text: POLICE_MARK, bold: true, color: '#8a1538' }, { text: i.content }] } : i.content,
            ]),
            [100, 90, '*'],
          ),
      ...((d.meetingItems ?? []).length === 0
        ? []
        : [
            h2('Overleggen en plan van aanpak'),
            table(
              ['Datum', 'Soort', 'Leefgebied', 'Tekst'],
              (d.meetingItems ?? []).map((m) => [dateNl(m.date), m.kind, m.domain, m.text]),
              [60, 80, 80, '*'],
            ),
          ]),
      ...(d.withheld > 0 ? [small(`${d.withheld} gegeven(s) konden niet worden getoond; de organisatie die ze inbracht beantwoordt dat deel zelf.`)] : []),
      h2('Doelen'),
      bullets(none(d.purposes)),
      h2('Categorieën'),
      bullets(none(d.categories)),
      h2('Ontvangers'),
      bullets(none(d.recipients)),
      h2('Bronnen'),
      bullets(none(d.sources)),
      h2('Bewaartermijn'),
      p(`${d.retentionRule}${d.deleteAt === null ? '' : `. Geplande verwijdering: ${dateNl(d.deleteAt)}`}.`),
      ...(d.items.some((i) => i.police) ? [{ text: `${POLICE_MARK}. Deze gegevens toont de organisatie u ter inzage; u ontvangt er geen kopie van.`, style: 'notice' }] : []),
      p('U kunt vragen gegevens te verbeteren, te verwijderen of de verwerking te beperken, en bezwaar maken of een klacht indienen. Dit antwoord is kosteloos.'),
    ],
  });
}
