/**
 * Shared by the case documents: the case with its facts and abilities, the actor's relation to it
 * (domain/documents), the subjects' identity read through the access gate (each read audited), and
 * names of people and organisations.
 */
import { computeAbilities } from '../../domain/access/abilities.js';
import type { CaseAbilities } from '../../domain/access/abilities.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import { caseDocumentRelation, EXPORT_REFUSALS, exportRefusal } from '../../domain/documents/document-kinds.js';
import type { CaseDocumentRelation, LetterTopic } from '../../domain/documents/document-kinds.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { auditEntry, domainActor, gate, refuse } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import type { LoadedCase } from '../cases/case-context.js';
import { optionalCaseKey } from '../phases/process-context.js';

export interface DocumentCase {
  readonly loaded: LoadedCase;
  readonly abilities: CaseAbilities;
  readonly relation: CaseDocumentRelation;
}

export async function loadDocumentCase(
  deps: ServiceDeps,
  trx: Trx,
  actor: SessionActor,
  caseId: string,
  kind: 'consent_form' | 'information_letter' | 'meeting_record' | 'action_list',
  extra: { consentObtainer?: string | null; topic?: LetterTopic | null } = {},
): Promise<DocumentCase> {
  const loaded = await requireCase(trx, caseId);
  const abilities = computeAbilities(domainActor(actor), loaded.facts, deps.now().getTime());
  const relation = caseDocumentRelation(domainActor(actor), loaded.facts, abilities, extra.consentObtainer ?? null, extra.topic ?? null);
  const refusal = exportRefusal(kind, relation);
  if (refusal !== null) {
    const r = EXPORT_REFUSALS[refusal];
    refuse(auditEntry(deps, actor, { action: `document.${kind}.download`, caseId, onBehalfOfPartnerId: loaded.facts.leadPartner }), { rule: r.rule, reason: refusal, messages: { nl: r.nl, en: r.en } });
  }
  return { loaded, abilities, relation };
}

export interface SubjectIdentity {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly address: string | null;
}

/** The subjects' identity, each read decided and audited by the access gate (the administrative set). */
export async function readSubjects(deps: ServiceDeps, trx: Trx, actor: SessionActor, doc: DocumentCase, kind: string, only?: string): Promise<SubjectIdentity[]> {
  const key = await optionalCaseKey(deps, trx, doc.loaded.row.id);
  if (key === undefined) return [];
  let q = trx.selectFrom('subjects').selectAll().where('case_id', '=', doc.loaded.row.id).orderBy('created_at');
  if (only !== undefined) q = q.where('id', '=', only);
  const rows = await q.execute();
  const purpose = defaultPurpose(doc.loaded.facts.phase) ?? 'monitoring';
  const out: SubjectIdentity[] = [];
  for (const s of rows) {
    await gate(deps, trx, actor, doc.loaded.facts, { resource: { kind: 'admin_set' }, purpose, action: 'read', subjectId: s.id, auditAction: `document.${kind}.subject` });
    out.push({
      id: s.id,
      name: decryptField(key, 'subject.name', s.name_enc),
      birthDate: s.birth_date_enc === null ? null : decryptField(key, 'subject.birth_date', s.birth_date_enc),
      address: s.address_enc === null ? null : decryptField(key, 'subject.address', s.address_enc),
    });
  }
  return out;
}

/** Display names of users by id (users of the collaboration are visible within it). */
export async function userNames(trx: Trx, ids: readonly string[]): Promise<Map<string, { name: string; partnerId: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await trx.selectFrom('users').select(['id', 'display_name', 'partner_id']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { name: r.display_name, partnerId: r.partner_id }]));
}

/** A safe file name: the kind and the case number, never a name. */
export const fileName = (kind: string, caseNumber: string, extra = ''): string => `${kind}-${caseNumber}${extra === '' ? '' : `-${extra}`}.pdf`.replace(/[^a-zA-Z0-9._-]/g, '_');
