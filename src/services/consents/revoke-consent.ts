/**
 * Revokes a consent (P6): effective at once, without retroactive effect. Processing that relies
 * on it stops immediately, because the access engine reads the revocation on every decision.
 * Recorded on the subject's behalf by the process director or by the partner that recorded the
 * consent (`checkConsentRevocation`); the service finds who recorded it.
 */
import { checkActsInCase } from '../../domain/process/contribution-control.js';
import { checkConsentRevocation, CONSENT_RECORD_REASONS, consentRecordingPartner } from '../../domain/process/consent-records.js';
import type { Role } from '../../domain/model.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError, notFound } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireCaseForWrite } from '../cases/case-context.js';
import { caseActor, enforce } from '../contributions/case-writes.js';

const CONSENT = { nl: 'Toestemming', en: 'Consent' };

export async function revokeConsent(deps: ServiceDeps, actor: SessionActor, input: { caseId: string; consentId: string }): Promise<{ revokedAt: string }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const { facts, row } = await requireCaseForWrite(trx, input.caseId);
    const consent = await trx
      .selectFrom('consents')
      .innerJoin('users', 'users.id', 'consents.obtained_by')
      .select(['consents.id', 'consents.subject_id', 'consents.revoked_at', 'consents.refused', 'users.partner_id as recorderPartnerId', 'users.role as recorderRole'])
      .where('consents.id', '=', input.consentId)
      .where('consents.case_id', '=', input.caseId)
      .executeTakeFirst();
    if (consent === undefined) throw notFound(CONSENT);
    const entry = auditEntry(deps, actor, { action: 'consent.revoke', caseId: input.caseId, subjectId: consent.subject_id, legalBasisKind: 'consent' });
    const acting = caseActor(actor, facts, entry.at);
    enforce(entry, checkActsInCase(acting, row.phase));
    const recordedBy = consentRecordingPartner({ partnerId: consent.recorderPartnerId, role: consent.recorderRole as Role });
    const may = checkConsentRevocation(acting, recordedBy);
    if (!may.ok) {
      const { nl, en } = CONSENT_RECORD_REASONS[may.reason];
      refuse(entry, { rule: may.rule, reason: may.reason, messages: { nl, en } });
    }
    if (consent.revoked_at !== null || consent.refused) {
      throw new AppError('conflict', { nl: 'Deze toestemming is al ingetrokken of was geweigerd.', en: 'This consent was already revoked or was refused.' });
    }
    await trx.updateTable('consents').set({ revoked_at: now }).where('id', '=', consent.id).execute();
    await deps.audit.append(trx, entry);
    return { revokedAt: now.toISOString() };
  });
}
