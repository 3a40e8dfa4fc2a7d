/**
 * The statistics export (seed 004 Bijlage 2): the non-identifying counts of `buildStatistics` as
 * CSV or as an XLSX workbook (exceljs), for the statistician and the manager. Counting spans every
 * case, which these roles may not read, so after the role check the counting runs in the system
 * context, filtered to the actor's collaboration; only grouped counts leave the database. Each
 * export is audited and registered like every download.
 */
import ExcelJS from 'exceljs';
import { buildStatistics } from '../../domain/reporting/statistics.js';
import type { Statistics, StatisticsRow } from '../../domain/reporting/statistics.js';
import { CATEGORY_NL, labelOf, PHASE_NL } from '../../documents/labels.js';
import { systemContext } from '../../store/acting-context.js';
import { auditEntry, withActor } from '../access-gate.js';
import { toCsv } from '../exports/csv.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { mayDo, refuseAbility } from '../governance/role-guard.js';
import { reportedCaseCounts } from './case-counts.js';
import { chooseWorkArea } from './work-area-filter.js';
import type { WorkAreaChoice } from './work-area-filter.js';

const SECTION_NL: Readonly<Record<StatisticsRow['section'], string>> = {
  totals: 'Totalen',
  cases_by_phase: 'Casussen per fase',
  cases_by_table: 'Casussen per overlegtafel',
  contributions_by_category: 'Bijdragen per soort gegevens',
};
const TOTAL_NL: Readonly<Record<string, string>> = { cases: 'Casussen', contributions: 'Bijdragen' };
const HEAD = ['Onderdeel', 'Onderwerp', 'Aantal', 'Weggelaten (1 tot en met 4)'];

async function gather(deps: ServiceDeps, trx: Trx, collaborationId: string, year: number | null, workArea: string | null): Promise<Statistics> {
  const config = await deps.collaborationConfig(trx, collaborationId);
  const countedPartners = config.statisticsExcludeNonMunicipalContributions
    ? (await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('type', '=', 'gemeente').execute()).map((p) => p.id)
    : null;
  const from = year === null ? null : new Date(Date.UTC(year, 0, 1));
  const to = year === null ? null : new Date(Date.UTC(year + 1, 0, 1));
  const cases = await trx
    .selectFrom('cases')
    .select((eb) => ['phase', 'table_id', 'registrant_partner_id', eb.fn.countAll<string>().as('n')])
    .where('collaboration_id', '=', collaborationId)
    .where('phase', '<>', 'deleted')
    .$if(workArea !== null, (q) => q.where('work_area', '=', workArea ?? ''))
    .$if(from !== null, (q) => q.where('created_at', '>=', from ?? new Date(0)).where('created_at', '<', to ?? new Date(0)))
    .groupBy(['phase', 'table_id', 'registrant_partner_id'])
    .execute();
  const contributions = await trx
    .selectFrom('contributions')
    .select((eb) => ['contributions.category', 'contributions.by_partner_id', eb.fn.countAll<string>().as('n')])
    .where('contributions.collaboration_id', '=', collaborationId)
    .$if(workArea !== null, (q) => q.where((eb) => eb('contributions.case_id', 'in', eb.selectFrom('cases').select('cases.id').where('cases.collaboration_id', '=', collaborationId).where('cases.work_area', '=', workArea ?? ''))))
    .$if(from !== null, (q) => q.where('contributions.created_at', '>=', from ?? new Date(0)).where('contributions.created_at', '<', to ?? new Date(0)))
    .groupBy(['contributions.category', 'contributions.by_partner_id'])
    .execute();
  const protectedCases = (await reportedCaseCounts(deps, trx, collaborationId, year))({ workArea, statistics: true });
  return buildStatistics({
    year,
    countedPartners,
    protectedCases,
    cases: cases.map((c) => ({ phase: c.phase, tableId: c.table_id, registrantPartnerId: c.registrant_partner_id, count: Number(c.n) })),
    contributions: contributions.map((c) => ({ category: c.category, byPartnerId: c.by_partner_id, count: Number(c.n) })),
  });
}

/** The statistics, after the role check, for the whole collaboration or one work area; audited. */
export async function statistics(
  deps: ServiceDeps,
  actor: SessionActor,
  year: number | null,
  format: 'json' | 'csv' | 'xlsx',
  workArea?: string,
): Promise<{ stats: Statistics & WorkAreaChoice; tableName: (id: string) => string }> {
  const entry = auditEntry(deps, actor, { action: format === 'json' ? 'report.statistics' : `report.statistics.${format}`, purpose: 'statistics' });
  if (!mayDo(actor, 'reports.figures')) return withActor(deps, actor, () => Promise.resolve(refuseAbility('reports.figures', entry)));
  return deps.database.withTransaction(systemContext(actor.collaborationId), async (trx) => {
    const area = chooseWorkArea(await deps.collaborationConfig(trx, actor.collaborationId), workArea);
    const stats = { ...(await gather(deps, trx, actor.collaborationId, year, area.workArea?.id ?? null)), ...area };
    const tables = new Map((await deps.collaborationConfig(trx, actor.collaborationId)).tables.map((t) => [t.id, t.name]));
    await deps.audit.append(trx, entry);
    if (format !== 'json') {
      await trx
        .insertInto('document_downloads')
        .values({ collaboration_id: actor.collaborationId, user_id: actor.userId, partner_id: actor.partnerId, kind: `statistics_${format}`, purpose: 'onderzoek en statistiek', basis: 'art. 89 AVG', downloaded_at: deps.now() })
        .execute();
    }
    return { stats, tableName: (id) => tables.get(id) ?? id };
  });
}

function rowsOf(stats: Statistics, tableName: (id: string) => string): (string | number | null)[][] {
  return stats.rows.map((r) => {
    const item = r.section === 'totals' ? labelOf(TOTAL_NL, r.key) : r.section === 'cases_by_phase' ? labelOf(PHASE_NL, r.key) : r.section === 'cases_by_table' ? tableName(r.key) : labelOf(CATEGORY_NL, r.key);
    return [SECTION_NL[r.section], item, r.count, r.count === null ? 'ja' : 'nee'];
  });
}

function note(stats: Statistics & WorkAreaChoice): string[] {
  return [
    `Samenwerkingsverband: statistiek${stats.year === null ? ' over alle jaren' : ` over ${stats.year}`}.`,
    ...(stats.workArea === null ? [] : [`Alleen casussen van werkgebied ${stats.workArea.name}.`]),
    `Aantallen van 1 tot en met ${stats.threshold - 1} zijn weggelaten, omdat ze naar personen kunnen wijzen.`,
    ...(stats.onlyMunicipal ? ['Alleen gegevens die gemeentelijke partners hebben ingebracht tellen mee (convenant: niets van niet-gemeentelijke partners).'] : []),
    'Geen casusnummers, namen of gegevens per casus.',
  ];
}

const fileNameOf = (year: number | null, workArea: string | undefined, ext: string): string => `statistiek-${year ?? 'alle-jaren'}${workArea === undefined ? '' : `-${workArea}`}.${ext}`;

export async function statisticsCsv(deps: ServiceDeps, actor: SessionActor, year: number | null, workArea?: string): Promise<{ fileName: string; body: string }> {
  const { stats, tableName } = await statistics(deps, actor, year, 'csv', workArea);
  // A file read on its own names the work area it counts (the XLSX says so on its second sheet).
  const area = stats.workArea === null ? [] : [['Werkgebied', stats.workArea.name, null, null]];
  return { fileName: fileNameOf(year, workArea, 'csv'), body: toCsv(HEAD, [...area, ...rowsOf(stats, tableName)]) };
}

export async function statisticsXlsx(deps: ServiceDeps, actor: SessionActor, year: number | null, workArea?: string): Promise<{ fileName: string; body: Buffer }> {
  const { stats, tableName } = await statistics(deps, actor, year, 'xlsx', workArea);
  const book = new ExcelJS.Workbook();
  book.creator = 'Casustafel';
  book.created = deps.now();
  const sheet = book.addWorksheet('Statistiek');
  sheet.columns = HEAD.map((h, i) => ({ header: h, key: `c${i}`, width: i === 1 ? 48 : 28 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rowsOf(stats, tableName)) sheet.addRow(r);
  const about = book.addWorksheet('Toelichting');
  about.getColumn(1).width = 110;
  for (const line of note(stats)) about.addRow([line]);
  const body = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: fileNameOf(year, workArea, 'xlsx'), body };
}
