/**
 * Finds the subject of a rights request within the collaboration (P15): by BSN, or by name and
 * birth date, through the keyed hashes the subjects carry (never by decrypting names). The privacy
 * officer gets, per match, the opaque subject id, its case number, its relation within the case
 * (a household member) and the case's phase; nothing of the case's content. Searching is audited.
 */
import { personMatchKey } from '../../domain/presence/person-match.js';
import { validateBsn } from '../../domain/validation/bsn.js';
import { bsnHash, nameBirthHash } from '../../crypto/bsn-hash.js';
import { auditEntry, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from '../governance/role-guard.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import { optionalCaseKey } from '../phases/process-context.js';

export interface SubjectSearchInput {
  readonly bsn?: string | undefined;
  readonly name?: string | undefined;
  readonly birthDate?: string | undefined;
}

export interface SubjectMatch {
  readonly subjectId: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly relation: string | null;
  readonly phase: string;
  readonly householdSize: number;
}

const BOTH = 'vul het BSN in, of de naam en de geboortedatum';

/** The keyed hash a search looks up: of the BSN, else of the name and birth date (a field names what is missing). */
export function hashOf(
  deps: ServiceDeps,
  collaborationId: string,
  input: SubjectSearchInput,
  field: Readonly<Record<'bsn' | 'name' | 'birthDate', string>> = { bsn: 'bsn', name: 'name', birthDate: 'birthDate' },
): { column: 'bsn_hash' | 'name_birth_hash'; hash: Buffer } {
  const issues: FieldIssue[] = [];
  const bsn = input.bsn?.trim() ?? '';
  if (bsn !== '') {
    const check = validateBsn(bsn);
    if (check.ok) return { column: 'bsn_hash', hash: bsnHash(deps.bsnKey, collaborationId, bsn) };
    throw validationFailed([{ field: field.bsn, message: check.message.nl }]);
  }
  const name = input.name?.trim() ?? '';
  const birthDate = input.birthDate?.trim() ?? '';
  if (name === '') issues.push({ field: field.name, message: BOTH });
  if (birthDate === '') issues.push({ field: field.birthDate, message: BOTH });
  const key = name === '' || birthDate === '' ? null : personMatchKey(name, birthDate);
  if (key !== null) return { column: 'name_birth_hash', hash: nameBirthHash(deps.bsnKey, collaborationId, key) };
  if (issues.length === 0) issues.push({ field: field.birthDate, message: 'gebruik een bestaande datum als JJJJ-MM-DD' });
  throw validationFailed(issues);
}

export async function searchRightsSubjects(deps: ServiceDeps, actor: SessionActor, input: SubjectSearchInput): Promise<SubjectMatch[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'rights_request.subject_search', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', entry);
    const { column, hash } = hashOf(deps, actor.collaborationId, input);
    const rows = await trx
      .selectFrom('subjects')
      .innerJoin('cases', 'cases.id', 'subjects.case_id')
      .select(['subjects.id as subjectId', 'cases.id as caseId', 'cases.number as caseNumber', 'subjects.relation', 'subjects.relation_enc', 'cases.phase'])
      .where('subjects.collaboration_id', '=', actor.collaborationId)
      .where(`subjects.${column}`, '=', hash)
      .orderBy('cases.number')
      .execute();
    const sizes = new Map<string, number>();
    const relations = new Map<string, string | null>();
    for (const r of rows) {
      const key = r.relation_enc === null ? undefined : await optionalCaseKey(deps, trx, r.caseId);
      relations.set(r.subjectId, openCaseText(key, CASE_TEXT_FIELDS.subjectRelation, r.relation_enc, r.relation));
      if (sizes.has(r.caseId)) continue;
      const n = await trx.selectFrom('subjects').select((eb) => eb.fn.countAll<string>().as('n')).where('case_id', '=', r.caseId).executeTakeFirstOrThrow();
      sizes.set(r.caseId, Number(n.n));
    }
    // One record per search, naming each case found (the audit keeps case ids, never the name or BSN asked for).
    await deps.audit.append(trx, { ...entry, caseId: rows.length === 1 ? (rows[0]?.caseId ?? null) : null, subjectId: rows.length === 1 ? (rows[0]?.subjectId ?? null) : null });
    return rows.map(({ relation_enc: _sealed, ...r }) => ({ ...r, relation: relations.get(r.subjectId) ?? null, phase: String(r.phase), householdSize: sizes.get(r.caseId) ?? 1 }));
  });
}
