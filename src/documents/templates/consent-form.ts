/**
 * The consent form for the subject (seed 000 Bijlage 5; P6): who gives consent, to the process
 * director of the collaboration and the case director, to exchange information with the partners
 * named one by one, for which purpose and scope, when and obtained by whom; with the right to
 * revoke it at any time (without retroactive effect) and where to ask for access.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { bullets, dataList, frame, h2, p, signature, small } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { dateNl } from '../labels.js';

export interface ConsentFormData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly caseNumber: string;
  readonly subject: { readonly name: string; readonly birthDate: string | null; readonly address: string | null };
  /** The partners the consent covers, by name (P6: named specifically). */
  readonly partners: readonly string[];
  readonly scope: string;
  readonly givenAt: Date;
  readonly obtainedBy: { readonly name: string; readonly partner: string };
  readonly caseDirector: { readonly name: string; readonly partner: string } | null;
  readonly refused: boolean;
  readonly revokedAt: Date | null;
  /** Where the subject asks for access or revokes (the collaboration's contact for rights requests). */
  readonly contact: string;
}

export function consentForm(d: ConsentFormData): TDocumentDefinitions {
  const caseManager = d.caseDirector === null ? 'de casusregisseur' : `de casusregisseur ${d.caseDirector.name} van ${d.caseDirector.partner}`;
  return frame({
    title: d.refused ? 'Weigering van toestemming' : 'Toestemmingsverklaring',
    subtitle: `Betrokkene/cliënt · casus ${d.caseNumber}`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: 'Vertrouwelijk',
    content: [
      dataList([
        ['Naam', d.subject.name],
        ['Geboortedatum', d.subject.birthDate === null ? '—' : dateNl(d.subject.birthDate)],
        ['Adres', d.subject.address ?? '—'],
        ['Datum', dateNl(d.givenAt)],
        ['Verkregen door', `${d.obtainedBy.name} (${d.obtainedBy.partner})`],
      ]),
      d.refused
        ? p(`Ondergetekende, ${d.subject.name}, geeft géén toestemming aan de procesregisseur van ${d.collaborationName} en ${caseManager} om informatie over zijn/haar persoon in te winnen bij of uit te wisselen met de hieronder genoemde convenantpartners. Deze weigering is vastgelegd in het dossier.`)
        : p(`Ondergetekende, ${d.subject.name}, verleent hierbij toestemming aan de procesregisseur van ${d.collaborationName} en ${caseManager} om informatie omtrent zijn/haar persoon in te winnen bij en uit te wisselen met de hieronder genoemde convenantpartners, gedurende de looptijd van het traject.`),
      h2('De partners waarvoor deze toestemming geldt'),
      small('Partners worden specifiek benoemd, zodat u weet aan wie u toestemming geeft. Voor andere partners geldt deze verklaring niet.'),
      bullets(d.partners),
      h2('Doel en reikwijdte'),
      p(`Het betreft de informatie die nodig is om te komen tot het oplossen van uw problematiek en/of het verbeteren van uw situatie. Reikwijdte: ${d.scope}`),
      h2('Intrekken van uw toestemming'),
      p('U kunt uw toestemming op ieder moment intrekken. De intrekking heeft geen terugwerkende kracht: nadat u het verzoek om de toestemming in te trekken kenbaar hebt gemaakt, wordt de gegevensverwerking die op deze toestemming rust per direct beëindigd.'),
      p(`Inzage in uw persoonsgegevens of het intrekken van uw toestemming vraagt u aan bij: ${d.contact}.`),
      ...(d.revokedAt === null ? [] : [{ text: `Deze toestemming is ingetrokken op ${dateNl(d.revokedAt)}.`, style: 'notice' }]),
      h2('Ondertekening'),
      dataList([
        ['Datum', dateNl(d.givenAt)],
        ['Plaats', ''],
      ]),
      signature(`Handtekening ${d.subject.name}`),
      small(`${d.collaborationName} hecht grote waarde aan uw privacy. Uw persoonsgegevens worden zorgvuldig behandeld en beveiligd en slechts gebruikt voor het doel waarvoor u deze gegevens aanreikt. U kunt altijd inzage in het convenant vragen.`),
    ],
  });
}
