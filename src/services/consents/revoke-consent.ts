/**
 * Revokes a consent (P6): effective at once, without retroactive effect. Processing that relies
 * on it stops immediately, because the access engine reads the revocation on every decision.
 */
import { checkActsInCase } from '../../domain/process/contribution-control.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCase } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';

const CONSENT = { nl: 'Toestemming', en: 'Consent' };

export async function revokeConsent(deps: ServiceDeps, actor: SessionActor, input: { caseId: string; consentId: string }): Promise<{ revokedAt: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { facts, row } = await requireCase(trx, input.caseId);
    const consent = await trx.selectFrom('consents').select(['id', 'subject_id', 'revoked_at', 'refused']).where('id', '=', input.consentId).where('case_id', '=', input.caseId).executeTakeFirst();
    if (consent === undefined) throw notFound(CONSENT);
    const entry = auditEntry(deps, actor, { action: 'consent.revoke', caseId: input.caseId, subjectId: consent.subject_id, legalBasisKind: 'consent' });
    enforce(entry, checkActsInCase(caseActor(actor, facts), row.phase));
    if (consent.revoked_at !== null || consent.refused) {
      throw new AppError('conflict', { nl: 'Deze toestemming is al ingetrokken of was geweigerd.', en: 'This consent was already revoked or was refused.' });
    }
    await trx.updateTable('consents').set({ revoked_at: now }).where('id', '=', consent.id).execute();
    await deps.audit.append(trx, entry);
    return { revokedAt: now.toISOString() };
  });
}
