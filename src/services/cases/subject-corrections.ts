/**
 * The corrections of a case's subjects (seed 000 art. 8.1c; row 000-R27; ADR 0206): which fields
 * were corrected, why, by whom and when, newest first. The old values were never kept. Read by
 * the people who may correct: the case's staff or a designated professional while the case runs
 * (`checkActsInCase`); the reason is decrypted with the case key and the read is audited.
 */
import { checkActsInCase } from '../../domain/process/contribution-control.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { auditEntry, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseActor, enforce } from '../contributions/case-writes.js';
import { caseKey, requireCase } from './case-context.js';

export const CORRECTED_FIELDS = ['name', 'birthDate', 'address', 'bsn'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

export interface SubjectCorrectionView {
  readonly id: string;
  readonly subjectId: string;
  readonly fields: readonly CorrectedField[];
  readonly reason: string;
  readonly correctedBy: string | null;
  readonly correctedAt: string;
}

const isField = (f: unknown): f is CorrectedField => (CORRECTED_FIELDS as readonly unknown[]).includes(f);

export function listSubjectCorrections(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<SubjectCorrectionView[]> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    const entry = auditEntry(deps, actor, { action: 'subject.corrections_read', caseId, onBehalfOfPartnerId: actor.partnerId });
    enforce(entry, checkActsInCase(caseActor(actor, loaded.facts, entry.at), loaded.row.phase));
    const rows = await trx
      .selectFrom('subject_corrections as c')
      .leftJoin('users as u', 'u.id', 'c.corrected_by')
      .select(['c.id', 'c.subject_id', 'c.fields', 'c.reason_enc', 'c.corrected_at', 'u.display_name'])
      .where('c.case_id', '=', caseId)
      .orderBy('c.corrected_at', 'desc')
      .execute();
    const key = rows.length === 0 ? null : await caseKey(deps, trx, caseId);
    await deps.audit.append(trx, entry);
    return rows.map((r) => {
      const fields: unknown = typeof r.fields === 'string' ? JSON.parse(r.fields) : r.fields;
      return {
        id: r.id,
        subjectId: r.subject_id,
        fields: Array.isArray(fields) ? fields.filter(isField) : [],
        reason: key === null ? '' : decryptField(key, 'subject.correction_reason', r.reason_enc),
        correctedBy: r.display_name,
        correctedAt: r.corrected_at.toISOString(),
      };
    });
  });
}
