/**
 * The case's table as the services use it: the table's configuration, its partners resolved from
 * slugs to partner ids, and turning a table rule's refusal into an audited 403.
 */
import type { CollaborationConfig, CollaborationTable } from '../../domain/config/collaboration-config.schema.js';
import { checkCategory, contributionCategories, isSpecialCategory } from '../../domain/tables/data-set.js';
import type { TableParticipants } from '../../domain/tables/participation.js';
import type { TableRefusal, TableResult } from '../../domain/tables/table-reasons.js';
import { tableMessage } from '../../domain/tables/table-reasons.js';
import { refuse } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { AuditEntry, Trx } from '../ports.js';

/** The table a case runs at. A case's table always exists in its collaboration's configuration. */
export function caseTable(config: CollaborationConfig, tableId: string): CollaborationTable {
  const table = config.tables.find((t) => t.id === tableId);
  if (table === undefined) throw new AppError('internal', { nl: 'De overlegtafel van deze casus staat niet in de configuratie.', en: "This case's table is not in the configuration." });
  return table;
}

/** The table's partners by partner id; slugs that name no partner of the collaboration are left out. */
export async function tableParticipants(trx: Trx, collaborationId: string, table: CollaborationTable): Promise<TableParticipants> {
  const rows = await trx.selectFrom('partners').select(['id', 'slug']).where('collaboration_id', '=', collaborationId).execute();
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const ids = (slugs: readonly string[]): string[] => slugs.flatMap((s) => bySlug.get(s) ?? []);
  return { structural: ids(table.structuralPartners), incidental: ids(table.incidentalPartners), anyMemberMayJoin: table.anyMemberMayJoin };
}

/** The configuration's name (slug) of a partner, by partner id; '' when there is none. */
export async function partnerSlug(trx: Trx, partnerId: string): Promise<string> {
  const row = await trx.selectFrom('partners').select('slug').where('id', '=', partnerId).executeTakeFirst();
  return row?.slug ?? '';
}

/** Throws a table rule's refusal as an audited 403 naming its rule. */
export function refuseTable(entry: AuditEntry, refusal: TableRefusal): never {
  refuse(entry, { rule: refusal.rule, reason: refusal.reason, messages: tableMessage(refusal) });
}

export function enforceTable(entry: AuditEntry, result: TableResult): void {
  if (!result.ok) refuseTable(entry, result);
}

/**
 * A contribution's category at this table: required, from the table's vocabulary (life domains
 * and its data set), and special when the data set says the kind is special (seed 000 art. 5.1, 5.3).
 */
export function tableCategory(entry: AuditEntry, table: CollaborationTable, category: string | undefined, markedSpecial: boolean): { readonly category: string; readonly special: boolean } {
  if (category === undefined) {
    throw validationFailed([{ field: 'category', message: `kies een soort gegevens van deze overlegtafel: ${contributionCategories(table).join(', ')}` }]);
  }
  enforceTable(entry, checkCategory(table, category));
  return { category, special: isSpecialCategory(table, category, markedSpecial) };
}
