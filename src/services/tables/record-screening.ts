/**
 * The process director's screening at the case's table (seed 000 Bijlage 2 "Criteria",
 * "Vervolgvragen"; 000-R57, 000-R59): which of the table's criteria the case meets, an answer to
 * every follow-up question, the preconditions the director confirms, and the director's own
 * assessment. Stored encrypted under the case key; a table whose preconditions name
 * `screening_recorded` does not take the case into triage without it. Only in screening, only by
 * the process director of the case (staff); a bad field is a 400 naming it.
 */
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { CollaborationTable } from '../../domain/config/collaboration-config.schema.js';
import type { TableScreening } from '../../domain/tables/preconditions.js';
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { bumpCaseVersion } from '../cases/case-context.js';
import { loadProcess, refuseProcess, requireStaff } from '../phases/process-context.js';
import type { ProcessContext } from '../phases/process-context.js';
import { caseTable } from './table-context.js';

export interface ScreeningInput {
  readonly criteriaMet: readonly number[];
  readonly answers: readonly string[];
  readonly preconditionsConfirmed: readonly number[];
  readonly assessment: string;
  readonly version?: number | undefined;
}

function indexIssues(field: string, indexes: readonly number[], list: readonly unknown[], what: string): FieldIssue[] {
  return indexes.flatMap((i, n) => (i >= 0 && i < list.length ? [] : [{ field: `${field}.${n}`, message: `geen ${what} van deze overlegtafel (kies 0 tot en met ${list.length - 1})` }]));
}

/** What is wrong with the screening for this table, field by field. */
export function screeningIssues(table: CollaborationTable, input: ScreeningInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.criteriaMet.length === 0) issues.push({ field: 'criteriaMet', message: 'kies minstens één criterium van deze overlegtafel waaraan de casus voldoet' });
  issues.push(...indexIssues('criteriaMet', input.criteriaMet, table.criteria, 'criterium'));
  if (input.answers.length !== table.followUpQuestions.length) {
    issues.push({ field: 'answers', message: `beantwoord elk van de ${table.followUpQuestions.length} vervolgvragen van deze overlegtafel, in volgorde` });
  } else {
    input.answers.forEach((a, i) => {
      if (a.trim() === '') issues.push({ field: `answers.${i}`, message: `beantwoord de vervolgvraag "${table.followUpQuestions[i] ?? ''}"` });
    });
  }
  issues.push(...indexIssues('preconditionsConfirmed', input.preconditionsConfirmed, table.preconditions, 'randvoorwaarde'));
  if (input.assessment.trim() === '') issues.push({ field: 'assessment', message: 'leg de beoordeling van de procesregisseur vast' });
  return issues;
}

/** The screening on record for the case, when the actor can reach the case key. */
export async function loadScreening(trx: Trx, ctx: Pick<ProcessContext, 'row' | 'key'>): Promise<TableScreening | null> {
  if (ctx.key === undefined) return null;
  const row = await trx.selectFrom('cases').select('table_screening_enc').where('id', '=', ctx.row.id).executeTakeFirst();
  if (row === undefined || row.table_screening_enc === null) return null;
  return decryptJson(ctx.key, 'case.table_screening', row.table_screening_enc) as TableScreening;
}

export async function recordScreening(deps: ServiceDeps, actor: SessionActor, caseId: string, input: ScreeningInput): Promise<{ version: number; screening: TableScreening }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId, { version: input.version });
    const entry = requireStaff(auditEntry(deps, actor, { action: 'case.table_screening', caseId, purpose: 'screening', onBehalfOfPartnerId: ctx.state.leadPartner }), ctx, actor);
    if (actor.role !== 'process_director') refuseProcess(entry, processRefusal('actor_not_process_director'));
    if (ctx.state.phase !== 'screening') refuseProcess(entry, processRefusal('transition_not_allowed'));
    const table = caseTable(ctx.config, ctx.row.tableId);
    const issues = screeningIssues(table, input);
    if (issues.length > 0) throw validationFailed(issues);
    if (ctx.key === undefined) throw new AppError('conflict', { nl: 'De sleutel van deze casus ontbreekt.', en: 'The key of this case is missing.' });
    const screening: TableScreening = {
      tableId: table.id,
      criteriaMet: [...new Set(input.criteriaMet)].sort((a, b) => a - b),
      answers: input.answers.map((a) => a.trim()),
      preconditionsConfirmed: [...new Set(input.preconditionsConfirmed)].sort((a, b) => a - b),
      assessment: input.assessment.trim(),
      by: actor.userId,
      at: now.toISOString(),
    };
    const version = await bumpCaseVersion(trx, caseId, input.version, now);
    await trx.updateTable('cases').set({ table_screening_enc: encryptJson(ctx.key, 'case.table_screening', screening) }).where('id', '=', caseId).execute();
    await deps.audit.append(trx, entry);
    return { version, screening };
  });
}
