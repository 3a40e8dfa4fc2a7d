/**
 * The table a case runs at, as its protocol (seed 000 Bijlage 2): purpose, frequency, criteria,
 * follow-up questions, preconditions, chair, the partners with their place at the table and what
 * each is expected to share, the data set and the categories a contribution may carry. Whoever
 * may see the case (RLS decides) sees its table; the protocol holds no personal data.
 */
import type { CollaborationTable } from '../../domain/config/collaboration-config.schema.js';
import { contributionCategories } from '../../domain/tables/data-set.js';
import { participation, type Participation } from '../../domain/tables/participation.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { caseTable, tableParticipants } from './table-context.js';
import type { TableScreening } from '../../domain/tables/preconditions.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { loadScreening } from './record-screening.js';

export interface TablePartnerView {
  readonly partnerId: string;
  readonly name: string;
  readonly participation: Exclude<Participation, 'none'>;
  /** Gedeelde informatie: what the table expects this partner to share, when the seed says. */
  readonly sharedInformation: string | null;
}

export interface CaseTableView {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly purposeBinding: string | null;
  readonly frequency: CollaborationTable['frequency'];
  readonly criteria: readonly string[];
  /** The criteria apply together (e.g. Nijmegen's step 2): the screening counts only with all of them met. */
  readonly allCriteriaRequired: boolean;
  readonly followUpQuestions: readonly string[];
  readonly preconditions: CollaborationTable['preconditions'];
  readonly chair: string | null;
  /** Who directs the table's cases day to day (seed 000 art. 10.2), with the partner that employs them. */
  readonly responsibleOfficer: { readonly title: string; readonly partnerId: string; readonly partnerName: string } | null;
  readonly separateCovenant: string | null;
  readonly individualsDiscussed: CollaborationTable['individualsDiscussed'];
  readonly ageRange: { readonly minMonths: number; readonly maxYears?: number | undefined } | null;
  readonly dataSet: CollaborationTable['allowedDataSet'];
  /** The categories a contribution at this table may carry: the life domains, then the data set's kinds. */
  readonly categories: readonly string[];
  /** Partners that may take part, with their place at the table; `anyMemberMayJoin` adds every other member. */
  readonly partners: readonly TablePartnerView[];
  readonly anyMemberMayJoin: boolean;
  /** The table another table of the collaboration referred the case from (000-R63), by name. */
  readonly referredFrom: { readonly id: string; readonly name: string } | null;
  /** The process director's screening at this table; shown to the case's staff only. */
  readonly screening: TableScreening | null;
}

/** What the table expects a partner to share (by partner id), or null. */
export async function sharedInformationFor(trx: Trx, table: CollaborationTable, partnerId: string): Promise<string | null> {
  const row = await trx.selectFrom('partners').select('slug').where('id', '=', partnerId).executeTakeFirst();
  return row === undefined ? null : (table.sharedInformation.find((i) => i.partnerId === row.slug)?.description ?? null);
}

function officerOf(table: CollaborationTable, partners: readonly { id: string; slug: string; name: string }[]): CaseTableView['responsibleOfficer'] {
  const officer = table.responsibleOfficer;
  if (officer === undefined) return null;
  const partner = partners.find((p) => p.slug === officer.partnerId);
  return { title: officer.title, partnerId: partner?.id ?? officer.partnerId, partnerName: partner?.name ?? officer.partnerId };
}

export async function tableView(trx: Trx, collaborationId: string, table: CollaborationTable): Promise<Omit<CaseTableView, 'referredFrom' | 'screening'>> {
  const participants = await tableParticipants(trx, collaborationId, table);
  const rows = await trx.selectFrom('partners').select(['id', 'slug', 'name', 'member', 'active']).where('collaboration_id', '=', collaborationId).orderBy('name').execute();
  const partners: TablePartnerView[] = [];
  for (const p of rows) {
    const place = participation(participants, p.id, p.member && p.active);
    if (place === 'none' || place === 'any_member') continue;
    partners.push({ partnerId: p.id, name: p.name, participation: place, sharedInformation: table.sharedInformation.find((i) => i.partnerId === p.slug)?.description ?? null });
  }
  return {
    id: table.id,
    name: table.name,
    purpose: table.purpose,
    purposeBinding: table.purposeBinding ?? null,
    frequency: table.frequency,
    criteria: table.criteria,
    allCriteriaRequired: table.allCriteriaRequired ?? false,
    followUpQuestions: table.followUpQuestions,
    preconditions: table.preconditions,
    chair: table.chair ?? null,
    responsibleOfficer: officerOf(table, rows),
    separateCovenant: table.separateCovenant ?? null,
    individualsDiscussed: table.individualsDiscussed,
    ageRange: table.ageRange ?? null,
    dataSet: table.allowedDataSet,
    categories: contributionCategories(table),
    partners,
    anyMemberMayJoin: table.anyMemberMayJoin,
  };
}

export async function viewCaseTable(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<CaseTableView> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    const config = await deps.collaborationConfig(trx, loaded.row.collaborationId);
    const view = await tableView(trx, loaded.row.collaborationId, caseTable(config, loaded.row.tableId));
    const row = await trx.selectFrom('cases').select('referred_from_table').where('id', '=', caseId).executeTakeFirst();
    const from = row?.referred_from_table ?? null;
    const staff = loaded.facts.processDirectors.has(actor.userId) || loaded.facts.support.has(actor.userId);
    const key = staff ? await optionalCaseKey(deps, trx, caseId) : undefined;
    return {
      ...view,
      referredFrom: from === null ? null : { id: from, name: config.tables.find((t) => t.id === from)?.name ?? from },
      screening: staff ? await loadScreening(trx, { row: loaded.row, key }) : null,
    };
  });
}
