/**
 * Records a subject's consent, or its refusal (P6): the partners it covers named one by one,
 * the scope, when it was given and who obtained it. Recorded by the staff acting in the case
 * or a professional designated in it, with a date neither in the future nor before the case.
 */
import { contributionCategories } from '../../domain/tables/data-set.js';
import { caseTable } from '../tables/table-context.js';
import { checkActsInCase } from '../../domain/process/contribution-control.js';
import { CONSENT_DATE_MESSAGES, consentDateIssue } from '../../domain/process/consent-records.js';
import { toJson } from '../../store/schema.js';
import type { ConsentKind } from '../../store/schema.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';

export interface RecordConsentInput {
  readonly caseId: string;
  readonly subjectId: string;
  readonly partners: readonly string[];
  readonly scope: string;
  readonly givenAt: string;
  readonly refused: boolean;
  /** `household_domain_crossing`: the household's consent to processing across care domains (seed 004 stap 4). */
  readonly kind?: ConsentKind | undefined;
  /** The kinds of data (contribution categories of the case's table) the consent is asked for (seed 004 stap 4). */
  readonly categories?: readonly string[] | undefined;
}

export async function recordConsent(deps: ServiceDeps, actor: SessionActor, input: RecordConsentInput): Promise<{ id: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { facts, row } = await requireCaseForWrite(trx, input.caseId);
    const entry = auditEntry(deps, actor, { action: input.refused ? 'consent.refusal' : 'consent.record', caseId: input.caseId, subjectId: input.subjectId, legalBasisKind: 'consent' });
    enforce(entry, checkActsInCase(caseActor(actor, facts, entry.at), row.phase));
    const issues: FieldIssue[] = [];
    if (!facts.subjects.has(input.subjectId)) issues.push({ field: 'subjectId', message: 'not a subject of this case' });
    input.partners.forEach((p, i) => {
      if (!facts.partners.has(p)) issues.push({ field: `partners.${i}`, message: 'unknown organisation of this collaboration' });
    });
    if (new Set(input.partners).size !== input.partners.length) issues.push({ field: 'partners', message: 'an organisation is named twice' });
    if (input.categories !== undefined) {
      const allowed = contributionCategories(caseTable(await deps.collaborationConfig(trx, actor.collaborationId), row.tableId));
      input.categories.forEach((c, i) => {
        if (!allowed.includes(c)) issues.push({ field: `categories.${i}`, message: `geen soort gegevens van deze overlegtafel: ${allowed.join(', ')}` });
      });
    }
    const dateIssue = consentDateIssue(new Date(input.givenAt).getTime(), row.createdAt.getTime(), now.getTime());
    if (dateIssue !== null) issues.push({ field: 'givenAt', message: CONSENT_DATE_MESSAGES[dateIssue] });
    if (issues.length > 0) throw validationFailed(issues);
    const key = await caseKey(deps, trx, input.caseId);
    const consent = await trx
      .insertInto('consents')
      .values({
        case_id: input.caseId,
        collaboration_id: actor.collaborationId,
        subject_id: input.subjectId,
        partners: toJson(input.partners),
        scope_enc: sealCaseText(key, CASE_TEXT_FIELDS.consentScope, input.scope),
        kind: input.kind ?? 'sharing',
        given_at: input.givenAt,
        obtained_by: actor.userId,
        refused: input.refused,
        categories: input.categories === undefined ? null : toJson([...input.categories]),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return { id: consent.id };
  });
}
