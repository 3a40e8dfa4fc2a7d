/** The consents and refusals of a case that name kinds of data (seed 004 stap 4), for the refused-data rule. */
import type { DataConsentAnswer } from '../../domain/process/refused-consent-data.js';
import type { Trx } from '../ports.js';

export async function dataConsentAnswers(trx: Trx, caseId: string): Promise<DataConsentAnswer[]> {
  const rows = await trx.selectFrom('consents').select(['partners', 'categories', 'refused', 'given_at', 'revoked_at']).where('case_id', '=', caseId).where('categories', 'is not', null).execute();
  return rows.map((r) => ({
    partners: r.partners,
    categories: r.categories,
    refused: r.refused,
    givenAt: new Date(r.given_at).getTime(),
    revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at).getTime(),
  }));
}
