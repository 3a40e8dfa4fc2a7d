/**
 * The record and the action list of an RTO (seed 003 fase 3; §3.3). The record: date, who was
 * present, reason, status, the state of affairs (seed 002 Bijlage B, 2), the plan with its goals
 * per life domain and its actions with owner and due date, the case director. The action list:
 * the actions, and per action the contributions the reader was granted to take along (P4); what
 * the reader may not take along is not in it.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { bullets, dataList, frame, h2, h3, p, small, table } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { ACTION_STATUS_NL, CATEGORY_NL, dateNl, dateTimeNl, labelOf, LIFE_DOMAIN_NL } from '../labels.js';

export interface PlanActionLine {
  readonly id: string;
  readonly description: string;
  readonly owner: string;
  readonly lifeDomain: string | null;
  readonly dueAt: Date | null;
  readonly status: string;
}

interface MeetingHeader {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly caseNumber: string;
  readonly tableName: string;
  readonly subjects: readonly string[];
  readonly heldAt: Date | null;
}

export interface MeetingRecordData extends MeetingHeader {
  readonly status: string;
  readonly reason: string;
  /** The state of affairs (seed 002 Bijlage B, 2), when recorded. */
  readonly stateOfAffairs: readonly string[];
  readonly present: readonly string[];
  readonly goals: readonly { readonly domain: string; readonly goal: string }[];
  readonly actions: readonly PlanActionLine[];
  readonly caseDirector: string | null;
}

function actionsTable(actions: readonly PlanActionLine[]): Content {
  if (actions.length === 0) return p('Er zijn geen acties vastgelegd.');
  return table(
    ['Actie', 'Eigenaar', 'Leefgebied', 'Uiterlijk', 'Status'],
    actions.map((a) => [a.description, a.owner, a.lifeDomain === null ? '—' : labelOf(LIFE_DOMAIN_NL, a.lifeDomain), dateNl(a.dueAt), labelOf(ACTION_STATUS_NL, a.status)]),
    ['*', 100, 80, 'auto', 'auto'],
  );
}

export function meetingRecord(d: MeetingRecordData): TDocumentDefinitions {
  return frame({
    title: 'Verslag Ronde Tafel Overleg',
    subtitle: `Casus ${d.caseNumber} · ${d.tableName}`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: 'Vertrouwelijk: alleen voor de deelnemers',
    content: [
      dataList([
        ['Datum', dateTimeNl(d.heldAt)],
        ['Betrokkene(n)', d.subjects.join(', ')],
        ['Status', d.status],
        ['Casusregisseur', d.caseDirector ?? 'nog niet benoemd'],
      ]),
      h2('Aanwezig'),
      bullets(d.present.length === 0 ? ['niet vastgelegd'] : d.present),
      h2('Aanleiding'),
      p(d.reason === '' ? '—' : d.reason),
      h2('Stand van zaken'),
      ...(d.stateOfAffairs.length === 0 ? [p('niet vastgelegd')] : d.stateOfAffairs.map((text) => p(text))),
      h2('Plan van aanpak: doelen'),
      d.goals.length === 0 ? p('Er zijn geen doelen vastgelegd.') : table(['Leefgebied', 'Doel'], d.goals.map((g) => [labelOf(LIFE_DOMAIN_NL, g.domain), g.goal]), [140, '*']),
      h2('Acties'),
      actionsTable(d.actions),
      small('Dit verslag bevat geen bijdragen van partners. Gegevens van een andere partner neemt u alleen mee als die partner dat voor uw actie heeft toegestaan (zie uw actielijst).'),
    ],
  });
}

export interface TakenAlong {
  readonly actionLabel: string;
  readonly items: readonly { readonly by: string; readonly category: string; readonly content: string }[];
}

export interface ActionListData extends MeetingHeader {
  readonly reader: { readonly name: string; readonly partner: string };
  readonly sendBy: Date | null;
  readonly sentAt: Date | null;
  readonly actions: readonly PlanActionLine[];
  readonly takenAlong: readonly TakenAlong[];
  /** Contributions granted to others or not to be taken along by the reader: counted, not shown. */
  readonly notForReader: number;
}

export function actionList(d: ActionListData): TDocumentDefinitions {
  return frame({
    title: 'Actielijst Ronde Tafel Overleg',
    subtitle: `Casus ${d.caseNumber} · ${d.tableName}`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: `Voor ${d.reader.name} (${d.reader.partner})`,
    content: [
      dataList([
        ['Overleg van', dateTimeNl(d.heldAt)],
        ['Betrokkene(n)', d.subjects.join(', ')],
        ['Verzenden uiterlijk', dateNl(d.sendBy)],
        ['Verzonden', d.sentAt === null ? 'nog niet' : dateNl(d.sentAt)],
        ['Voor', `${d.reader.name} (${d.reader.partner})`],
      ]),
      h2('Acties'),
      actionsTable(d.actions),
      h2('Gegevens die u mag meenemen'),
      small('Per actie de bijdragen die de inbrengende partner u heeft toegestaan mee te nemen naar uw eigen organisatie (P4). Andere gegevens uit het overleg neemt u niet mee.'),
      ...(d.takenAlong.length === 0
        ? [p('Er zijn geen gegevens die u mag meenemen.')]
        : d.takenAlong.flatMap((t): Content[] => [h3(t.actionLabel), table(['Van', 'Categorie', 'Gegevens'], t.items.map((i) => [i.by, labelOf(CATEGORY_NL, i.category), i.content]), [100, 90, '*'])])),
      ...(d.notForReader > 0 ? [small(`${d.notForReader} bijdrage(n) uit dit overleg mag u niet meenemen; die staan niet op deze lijst.`)] : []),
    ],
  });
}
