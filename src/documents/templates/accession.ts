/**
 * The accession declaration of a joining partner (seed 000 Bijlage 4; P1): the organisation, the
 * considerations (its task needs the covenant; every partner agreed as the covenant demands), the
 * three declarations, the approvals recorded, and the signature.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dataList, frame, h2, p, signature, small, table } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { dateNl } from '../labels.js';

export interface AccessionDeclarationData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly partner: string;
  readonly requestedAt: Date | null;
  /** The covenant's approval rule in words, e.g. "instemming van alle convenantpartners". */
  readonly approvalRule: string;
  readonly decisions: readonly { readonly by: string; readonly decision: string; readonly at: Date | null }[];
  readonly signedAt: Date | null;
  readonly joinedAt: Date | null;
}

export function accessionDeclaration(d: AccessionDeclarationData): TDocumentDefinitions {
  return frame({
    title: 'Verklaring toetreding tot het convenant',
    subtitle: d.partner,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    content: [
      dataList([
        ['Naam organisatie', d.partner],
        ['Verzoek tot toetreding', dateNl(d.requestedAt)],
        ['Verklaring ondertekend', d.signedAt === null ? 'nog niet ondertekend' : dateNl(d.signedAt)],
        ['Toegetreden', d.joinedAt === null ? 'nog niet toegetreden' : dateNl(d.joinedAt)],
      ]),
      p(`${d.partner}, voor deze rechtsgeldig (tekenbevoegd) vertegenwoordigd door ondergetekende,`),
      h2('Overwegende dat'),
      { ol: [`deelname aan het convenant van ${d.collaborationName} gelet op de taak, bevoegdheid en verantwoordelijkheid van ondergetekende noodzakelijk is voor een effectieve en goede vervulling van zijn taak, dan wel voor de taak van andere convenantpartners;`, `de convenantpartners met inachtneming van het convenant hebben ingestemd met de toetreding van ondergetekende (${d.approvalRule});`], margin: [0, 0, 0, 8] },
      h2('Verklaart het volgende'),
      { ol: ['Ondergetekende onderschrijft de in het convenant geformuleerde doelstellingen en is in dit kader gerechtigd tot informatie-uitwisseling met convenantpartners, waaronder de uitwisseling van persoonsgegevens.', 'De bestanden van ondergetekende van waaruit persoonsgegevens worden verstrekt aan de convenantpartners zijn overeenkomstig de waarborgen van de voor hem geldende (specifieke) privacywet- en regelgeving ingericht.', 'De verstrekking van persoonsgegevens aan de convenantpartners geschiedt overeenkomstig de voor hem geldende (specifieke) privacywet- en regelgeving.'], type: 'upper-roman', margin: [0, 0, 0, 8] },
      h2('Instemming van de convenantpartners'),
      d.decisions.length === 0 ? small('Er zijn nog geen besluiten vastgelegd.') : table(['Partner', 'Besluit', 'Datum'], d.decisions.map((x) => [x.by, x.decision, dateNl(x.at)]), ['*', 'auto', 'auto']),
      h2('Ondertekening'),
      dataList([
        ['Plaats', ''],
        ['Datum', d.signedAt === null ? '' : dateNl(d.signedAt)],
        ['Bevoegde functionaris', ''],
      ]),
      signature(`Handtekening namens ${d.partner}`),
    ],
  });
}
