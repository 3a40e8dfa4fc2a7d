/**
 * A table's data set (seed 000 art. 5.1, 5.3 and Bijlage 2 "Gegevensset"): a contribution's
 * category is chosen from a controlled vocabulary, never free text: the nine life domains of
 * art. 5.1 and the data kinds the table may record. A kind the table's data set marks as special
 * makes the contribution special, whatever the contributor ticked (P8).
 */
import type { CollaborationTable } from '../config/collaboration-config.schema.js';
import { LIFE_DOMAINS } from '../model.js';
import { TABLE_OK, tableRefusal, type TableResult } from './table-reasons.js';

type DataSetTable = Pick<CollaborationTable, 'allowedDataSet' | 'coreDataSetOnly'>;

/**
 * The categories a contribution at this table may carry. A table that keeps a process file, not a
 * personal file (`coreDataSetOnly`, 004-P26), takes its core data set only, not the life domains.
 */
export function contributionCategories(table: DataSetTable): readonly string[] {
  const dataSet = table.allowedDataSet.map((d) => d.id);
  return table.coreDataSetOnly === true ? dataSet : [...LIFE_DOMAINS, ...dataSet];
}

export function checkCategory(table: DataSetTable, category: string): TableResult {
  if (contributionCategories(table).includes(category)) return TABLE_OK;
  return table.coreDataSetOnly === true
    ? tableRefusal('category_outside_process_file', `Kerngegevens / core data: ${table.allowedDataSet.map((d) => d.label).join('; ')}.`)
    : tableRefusal('category_not_in_data_set');
}

/** Special by kind: the table's data set decides, the contributor can only add to it. */
export function isSpecialCategory(table: DataSetTable, category: string, markedSpecial: boolean): boolean {
  return markedSpecial || table.allowedDataSet.some((d) => d.id === category && d.special);
}
