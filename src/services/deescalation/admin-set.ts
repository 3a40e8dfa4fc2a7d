/**
 * The administrative set of de-escalation step 2 (seed 003 Bijlage 3, §3.4): case number, the
 * subjects' identifying data, the registrant's name and organisation, the case director's name
 * and organisation at the time. Stored encrypted under the case key in
 * `deescalation_decisions.admin_set_enc` when the dossier is archived; the dossier itself stays
 * closed (the access engine refuses it) until the manager re-opens it or step 3 deletes it.
 */
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptField, decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { Trx } from '../ports.js';

export const ADMIN_SET_FIELD = 'deescalation.admin_set';

export interface AdminSet {
  readonly caseNumber: string;
  readonly subjects: readonly { readonly name: string; readonly birthDate: string | null; readonly address: string | null; readonly bsn: string | null }[];
  readonly registrant: { readonly name: string | null; readonly organisation: string };
  readonly caseDirector: { readonly name: string; readonly organisation: string } | null;
  readonly archivedAt: string;
}

/** Gathers and encrypts the set; call in the archiving transaction. */
export async function buildAdminSet(trx: Trx, key: DataKey, caseId: string, now: Date): Promise<Buffer> {
  const c = await trx
    .selectFrom('cases')
    .innerJoin('partners', 'partners.id', 'cases.registrant_partner_id')
    .leftJoin('users', 'users.id', 'cases.registrant_user_id')
    .select(['cases.number', 'partners.name as organisation', 'users.display_name as name'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const subjects = await trx.selectFrom('subjects').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
  const director = await trx
    .selectFrom('case_director_appointments')
    .innerJoin('users', 'users.id', 'case_director_appointments.user_id')
    .innerJoin('partners', 'partners.id', 'case_director_appointments.partner_id')
    .select(['users.display_name as name', 'partners.name as organisation'])
    .where('case_director_appointments.case_id', '=', caseId)
    .where('case_director_appointments.ended_at', 'is', null)
    .executeTakeFirst();
  const set: AdminSet = {
    caseNumber: c.number,
    subjects: subjects.map((s) => ({
      name: decryptField(key, 'subject.name', s.name_enc),
      birthDate: s.birth_date_enc === null ? null : decryptField(key, 'subject.birth_date', s.birth_date_enc),
      address: s.address_enc === null ? null : decryptField(key, 'subject.address', s.address_enc),
      bsn: s.bsn_enc === null ? null : decryptField(key, 'subject.bsn', s.bsn_enc),
    })),
    registrant: { name: c.name, organisation: c.organisation },
    caseDirector: director === undefined ? null : { name: director.name, organisation: director.organisation },
    archivedAt: now.toISOString(),
  };
  return encryptJson(key, ADMIN_SET_FIELD, set);
}

export function openAdminSet(key: DataKey, enc: Buffer): AdminSet {
  return decryptJson(key, ADMIN_SET_FIELD, enc) as AdminSet;
}
