/**
 * The information letter to the subject (P10): that data about him or her is processed in the
 * collaboration, on whose behalf, which partners are involved, the rights and how to use them.
 * Variants tell the outcome of the RTO, that a third party joined, or that the dossier is deleted
 * at de-escalation.
 */
import type { TDocumentDefinitions, Content } from 'pdfmake/interfaces.js';
import type { LetterTopic } from '../../domain/documents/document-kinds.js';
import { bullets, dataList, frame, h2, p, small } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { dateNl } from '../labels.js';

export interface InformationLetterData {
  readonly topic: LetterTopic;
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly caseNumber: string;
  readonly subject: { readonly name: string; readonly address: string | null };
  /** The lead partner on whose behalf the subject is informed. */
  readonly onBehalfOf: string;
  readonly sender: { readonly name: string; readonly partner: string };
  readonly partners: readonly string[];
  readonly registeredAt: Date;
  readonly contact: string;
  readonly rightsTerm: string;
  /** Who is responsible for the data, in the covenant's words (`controller.description`). */
  readonly controllerDescription: string;
  /** The covenant the collaboration rests on (`source.title`, `source.date`). */
  readonly covenant: { readonly title: string; readonly date: Date | null };
  /** The registration letter: the steps of the collaboration's process, and which information is asked of whom and why (seed 003 B3-F1). */
  readonly registration?: { readonly steps: readonly string[]; readonly requests: readonly { readonly organisation: string; readonly purpose: string }[] } | undefined;
  readonly rtoOutcome?: { readonly heldAt: Date | null; readonly caseDirector: string | null; readonly goals: readonly string[] } | undefined;
  readonly thirdParty?: { readonly organisation: string; readonly since: Date } | undefined;
  readonly deletion?: { readonly deleteAt: Date | null; readonly archiveAt: Date | null } | undefined;
}

const TITLES: Readonly<Record<LetterTopic, string>> = {
  registration: 'Informatie over de verwerking van uw gegevens',
  rto_outcome: 'De uitkomst van het Ronde Tafel Overleg',
  third_party: 'Een andere organisatie is bij uw situatie betrokken',
  deletion: 'Het opschonen van uw dossier',
};

function topicText(d: InformationLetterData): Content[] {
  switch (d.topic) {
    case 'registration':
      return [
        p(`${d.onBehalfOf} heeft uw situatie op ${dateNl(d.registeredAt)} aangemeld bij ${d.collaborationName}. In ${d.collaborationName} werken organisaties samen om mensen te helpen bij problemen die één organisatie niet alleen kan oplossen. Daarvoor worden gegevens over u verwerkt en, waar dat nodig en toegestaan is, tussen de betrokken organisaties gedeeld.`),
        ...(d.registration === undefined || d.registration.steps.length === 0 ? [] : [h2('De stappen'), bullets(d.registration.steps)]),
        ...(d.registration === undefined
          ? []
          : [
              h2('Welke informatie bij wie wordt opgevraagd en waarom'),
              d.registration.requests.length === 0
                ? p('Er is nog bij geen enkele organisatie informatie over u opgevraagd. Gebeurt dat, dan vraagt de procesregisseur alleen wat nodig is om te beoordelen of en hoe de organisaties u samen kunnen helpen.')
                : bullets(d.registration.requests.map((r) => `${r.organisation}: ${r.purpose}`)),
            ]),
      ];
    case 'rto_outcome': {
      const o = d.rtoOutcome;
      return [
        p(`In het Ronde Tafel Overleg${o?.heldAt ? ` van ${dateNl(o.heldAt)}` : ''} hebben de betrokken organisaties samen een plan van aanpak gemaakt.`),
        ...(o?.caseDirector ? [p(`${o.caseDirector} is uw casusregisseur: bij deze organisatie kunt u terecht met vragen over het plan.`)] : []),
        ...(o !== undefined && o.goals.length > 0 ? [h2('De doelen van het plan'), bullets(o.goals)] : []),
      ];
    }
    case 'third_party': {
      const t = d.thirdParty;
      return [
        p(`Voor de voortgang van uw situatie is ${t?.organisation ?? 'een organisatie die het convenant niet heeft ondertekend'}${t ? ` sinds ${dateNl(t.since)}` : ''} betrokken. Deze organisatie ontvangt alleen gegevens die voor die voortgang nodig zijn, met een wettelijke grondslag, met instemming van alle betrokken partners en na ondertekening van een geheimhoudingsverklaring.`),
      ];
    }
    case 'deletion': {
      const x = d.deletion;
      return [
        p(`Uw situatie wordt afgeschaald: de samenwerking in ${d.collaborationName} rond u wordt afgerond.${x?.archiveAt ? ` Vanaf ${dateNl(x.archiveAt)} is uw dossier gearchiveerd; alleen een beperkt administratief deel blijft zichtbaar.` : ''}${x?.deleteAt ? ` Op ${dateNl(x.deleteAt)} worden uw gegevens verwijderd;` : ' Daarna worden uw gegevens verwijderd;'} alleen niet tot u herleidbare beheersgegevens blijven bewaard.`),
        p('De organisaties die in het plan van aanpak een taak hadden, bewaren de gegevens die zij daarvoor nodig hadden volgens hun eigen bewaartermijnen.'),
        p(`Ook nadat uw dossier in ${d.collaborationName} is vernietigd, kunt u voor uw rechten terecht bij ${d.contact}. Voor de gegevens die een organisatie zelf bewaart, kunt u ook bij die organisatie zelf terecht.`),
      ];
    }
  }
}

export function informationLetter(d: InformationLetterData): TDocumentDefinitions {
  return frame({
    title: TITLES[d.topic],
    subtitle: `Casus ${d.caseNumber}`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: 'Vertrouwelijk',
    content: [
      { text: [d.subject.name, '\n', d.subject.address ?? ''], margin: [0, 0, 0, 14] },
      dataList([
        ['Datum', dateNl(d.generatedAt)],
        ['Namens', d.onBehalfOf],
        ['Afzender', `${d.sender.name} (${d.sender.partner})`],
      ]),
      p(`Geachte heer/mevrouw ${d.subject.name},`),
      ...topicText(d),
      p(`U wordt geïnformeerd namens ${d.onBehalfOf}; deze organisatie is verantwoordelijk voor de aanmelding. Elke organisatie blijft verantwoordelijk voor de gegevens die zij zelf inbrengt.`),
      h2('De betrokken organisaties'),
      bullets(d.partners),
      h2('Wie is verantwoordelijk voor uw gegevens'),
      p(d.controllerDescription),
      p(`De samenwerking berust op het ${d.covenant.title}${d.covenant.date === null ? '' : `, ondertekend op ${dateNl(d.covenant.date)}`}.`),
      h2('Uw rechten en hoe u ze gebruikt'),
      bullets([
        'Inzage: u mag weten welke gegevens over u worden verwerkt, met welk doel, van wie ze komen en aan wie ze zijn verstrekt.',
        'Correctie en verwijdering: u kunt vragen onjuiste gegevens te verbeteren of gegevens te verwijderen.',
        'Beperking en bezwaar: u kunt vragen de verwerking te beperken of er bezwaar tegen maken.',
        'Toestemming intrekken: als u toestemming gaf, kunt u die altijd intrekken, zonder terugwerkende kracht.',
        'Klacht: u kunt een klacht indienen bij de procesregisseur en bij de Autoriteit Persoonsgegevens.',
      ]),
      p(`Een verzoek dient u kosteloos in bij: ${d.contact}. U krijgt binnen ${d.rightsTerm} antwoord. Uw verzoek wordt doorgestuurd naar iedere organisatie van wie gegevens over u in het dossier staan.`),
      p('Met vriendelijke groet,'),
      p(`${d.sender.name}\n${d.sender.partner}, namens ${d.onBehalfOf}`),
      small('Politiegegevens kunt u inzien, maar niet in kopie ontvangen (art. 27 Wet politiegegevens).'),
    ],
  });
}
