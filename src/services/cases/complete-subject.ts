/**
 * Completing a subject's details (birth date, address, BSN) after registration. In Nijmegen
 * (seed 004 Bijlage 3) the signal holds only the minimal set; once a partner picked the case up,
 * the rest may be recorded (P12, `checkSubjectDetails`). The case's staff or a designated
 * professional does it in a live phase; a BSN only from a partner that may use it (P8). The
 * details are encrypted with the case key like at registration, and the presence hashes follow.
 */
import { checkActsInCase } from '../../domain/process/contribution-control.js';
import { checkSubjectCorrection, checkSubjectDetails } from '../../domain/process/subject-details.js';
import { bsnHash, nameBirthHash } from '../../crypto/bsn-hash.js';
import { decryptField, encryptField } from '../../crypto/field-cipher.js';
import { personMatchKey } from '../../domain/presence/person-match.js';
import { auditEntry, withActor } from '../access-gate.js';
import { notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseActor, enforce, enforceGuard, loadStateContext } from '../contributions/case-writes.js';
import { bumpCaseVersion, requireCaseForWrite } from './case-context.js';
import { partnerFromRow } from './partners.js';

export interface CompleteSubjectInput {
  readonly caseId: string;
  readonly subjectId: string;
  readonly birthDate?: string | undefined;
  readonly address?: string | undefined;
  readonly bsn?: string | undefined;
  /** A corrected name (seed 000 art. 8.1c); the name always has a value, so it needs a reason. */
  readonly name?: string | undefined;
  /** Why a detail that had a value is changed (improvement); not needed to fill an empty one. */
  readonly reason?: string | undefined;
  readonly version?: number | undefined;
}

const SUBJECT = { nl: 'Betrokkene', en: 'Subject' };

export async function completeSubject(deps: ServiceDeps, actor: SessionActor, input: CompleteSubjectInput): Promise<{ subjectId: string; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const loaded = await requireCaseForWrite(trx, input.caseId);
    const changed = (['name', 'birthDate', 'address', 'bsn'] as const).filter((f) => input[f] !== undefined);
    const existing = await trx.selectFrom('subjects').select(['birth_date_enc', 'address_enc', 'bsn_enc']).where('id', '=', input.subjectId).where('case_id', '=', input.caseId).executeTakeFirst();
    const has = (value: Buffer | null | undefined): boolean => value !== null && value !== undefined;
    const present = new Set(['name', ...(has(existing?.birth_date_enc) ? ['birthDate'] : []), ...(has(existing?.address_enc) ? ['address'] : []), ...(has(existing?.bsn_enc) ? ['bsn'] : [])]);
    const correction = checkSubjectCorrection(present, changed, input.reason);
    const corrected = correction.ok ? correction.corrected : [];
    const entry = auditEntry(deps, actor, { action: corrected.length > 0 ? 'subject.correct' : 'subject.complete', caseId: input.caseId, subjectId: input.subjectId, onBehalfOfPartnerId: actor.partnerId });
    enforce(entry, checkActsInCase(caseActor(actor, loaded.facts, entry.at), loaded.row.phase));
    const { config, key, state } = await loadStateContext(deps, trx, loaded);
    enforceGuard(entry, checkSubjectDetails(config.process, state, now.getTime()));
    const subject = await trx.selectFrom('subjects').select(['id', 'name_enc', 'birth_date_enc']).where('id', '=', input.subjectId).where('case_id', '=', input.caseId).executeTakeFirst();
    if (subject === undefined) throw notFound(SUBJECT);
    if (input.bsn !== undefined) {
      const partnerRow = await trx.selectFrom('partners').selectAll().where('id', '=', actor.partnerId).executeTakeFirstOrThrow();
      if (!partnerFromRow(partnerRow).mayUseBsn) throw validationFailed([{ field: 'bsn', message: 'uw organisatie mag het BSN niet verwerken (P8)' }]);
    }
    if (!correction.ok) throw validationFailed([{ field: 'reason', message: 'geef de reden van de verbetering: een gegeven dat al een waarde had wordt alleen met reden gewijzigd (art. 8.1c)' }]);
    const name = input.name ?? decryptField(key, 'subject.name', subject.name_enc);
    const birthDate = input.birthDate ?? (subject.birth_date_enc === null ? undefined : decryptField(key, 'subject.birth_date', subject.birth_date_enc));
    const match = birthDate === undefined ? null : personMatchKey(name, birthDate);
    await trx
      .updateTable('subjects')
      .set((eb) => ({
        ...(input.name === undefined ? {} : { name_enc: encryptField(key, 'subject.name', input.name) }),
        ...(input.birthDate === undefined ? {} : { birth_date_enc: encryptField(key, 'subject.birth_date', input.birthDate) }),
        ...(input.address === undefined ? {} : { address_enc: encryptField(key, 'subject.address', input.address) }),
        ...(input.bsn === undefined ? {} : { bsn_enc: encryptField(key, 'subject.bsn', input.bsn), bsn_hash: bsnHash(deps.bsnKey, actor.collaborationId, input.bsn) }),
        name_birth_hash: match === null ? null : nameBirthHash(deps.bsnKey, actor.collaborationId, match),
        version: eb('version', '+', 1),
        updated_at: now,
      }))
      .where('id', '=', input.subjectId)
      .execute();
    if (corrected.length > 0) {
      // The reason is kept, encrypted; the old values are not (the row above holds only the new ones).
      await trx
        .insertInto('subject_corrections')
        .values({ collaboration_id: actor.collaborationId, case_id: input.caseId, subject_id: input.subjectId, fields: JSON.stringify(corrected), reason_enc: encryptField(key, 'subject.correction_reason', input.reason ?? ''), corrected_by: actor.userId, corrected_at: now })
        .execute();
    }
    const version = await bumpCaseVersion(trx, input.caseId, input.version, now);
    await deps.audit.append(trx, entry);
    return { subjectId: input.subjectId, version };
  });
}
