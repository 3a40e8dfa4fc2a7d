/** The table a case runs at, as its protocol (GET /api/cases/:id/table, seed 000 Bijlage 2). */
import type { TableCategory } from '../screens/category-field';

export interface TablePartner {
  readonly partnerId: string;
  readonly name: string;
  readonly participation: 'structural' | 'incidental';
  readonly sharedInformation: string | null;
}

export interface CaseTable {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  readonly purposeBinding: string | null;
  readonly frequency: { readonly description: string; readonly meetingsPerYear: { readonly min: number; readonly max: number } | null };
  readonly criteria: readonly string[];
  /** The criteria apply together: the screening counts only with all of them met. */
  readonly allCriteriaRequired: boolean;
  readonly followUpQuestions: readonly string[];
  readonly preconditions: readonly { readonly kind: string; readonly text: string; readonly before?: string }[];
  readonly chair: string | null;
  readonly responsibleOfficer: { readonly title: string; readonly partnerId: string; readonly partnerName: string } | null;
  readonly separateCovenant: string | null;
  readonly individualsDiscussed: 'full' | 'routing_only';
  readonly ageRange: { readonly minMonths: number; readonly maxYears?: number | undefined } | null;
  readonly dataSet: readonly { readonly id: string; readonly label: string; readonly special: boolean }[];
  readonly categories: readonly string[];
  readonly partners: readonly TablePartner[];
  readonly anyMemberMayJoin: boolean;
  /** The process director's screening at this table (staff of the case only). */
  readonly screening: {
    readonly tableId: string;
    readonly criteriaMet: readonly number[];
    readonly answers: readonly string[];
    readonly preconditionsConfirmed: readonly number[];
    readonly assessment: string;
    readonly at: string;
  } | null;
}

/** The categories with the data set's labels; a life domain has none (the catalogue names it). */
export function tableCategories(table: CaseTable | undefined): TableCategory[] {
  if (table === undefined) return [];
  const kinds = new Map(table.dataSet.map((d) => [d.id, d]));
  return table.categories.map((id) => {
    const kind = kinds.get(id);
    return kind === undefined ? { id, label: null } : { id, label: kind.label, special: kind.special };
  });
}
