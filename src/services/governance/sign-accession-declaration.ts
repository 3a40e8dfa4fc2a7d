/**
 * Records the candidate's signed accession declaration (P1; seed 000 Bijlage 4, seed 001/003
 * Bijlage 1). Only then, and only after the approvals the covenant demands, is it a member.
 */
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadAccession, loadPartnerRow, saveAccession, settleAccession } from './accession-records.js';
import { accessionOutcome } from './accession-outcome.js';
import type { AccessionOutcome } from './accession-outcome.js';
import { requireAbility } from './role-guard.js';

export async function signAccessionDeclaration(deps: ServiceDeps, actor: SessionActor, input: { readonly partnerId: string; readonly signedAt?: string | undefined }): Promise<AccessionOutcome> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.accession.declaration' });
    requireAbility(actor, 'partners.manage', entry);
    const now = deps.now();
    await loadPartnerRow(trx, actor.collaborationId, input.partnerId);
    const record = await loadAccession(trx, actor.collaborationId, input.partnerId);
    if (record === null) throw new AppError('conflict', { nl: 'Deze partner heeft geen toetredingsverzoek lopen.', en: 'This partner has no pending request to join.' }, { rule: 'P1' });
    const next = { ...record, declarationSignedAt: input.signedAt ?? now.toISOString() };
    await saveAccession(trx, actor.collaborationId, input.partnerId, next, now);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const result = await settleAccession(trx, config, actor.collaborationId, input.partnerId, next, now);
    await deps.audit.append(trx, entry);
    return accessionOutcome(input.partnerId, result);
  });
}
