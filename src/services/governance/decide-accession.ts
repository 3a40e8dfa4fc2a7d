/**
 * Records one approval or refusal of a candidate partner (P1): by a partner, or by the steering
 * group, as the covenant demands. Afterwards the domain decides whether the candidate is now a
 * member (it needs the signed declaration too).
 */
import type { AccessionDecision } from '../../domain/membership/accession.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadAccession, loadPartnerRow, saveAccession, settleAccession } from './accession-records.js';
import { accessionOutcome } from './accession-outcome.js';
import type { AccessionOutcome } from './accession-outcome.js';
import { requireAbility } from './role-guard.js';

export interface AccessionDecisionInput {
  readonly partnerId: string;
  readonly by: { readonly kind: 'partner'; readonly partnerId: string } | { readonly kind: 'steering_group' };
  readonly approved: boolean;
  readonly at?: string | undefined;
  readonly motivation?: string | undefined;
}

export async function decideAccession(deps: ServiceDeps, actor: SessionActor, input: AccessionDecisionInput): Promise<AccessionOutcome> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'partner.accession.decide' });
    requireAbility(actor, 'partners.manage', entry);
    const now = deps.now();
    await loadPartnerRow(trx, actor.collaborationId, input.partnerId);
    const record = await loadAccession(trx, actor.collaborationId, input.partnerId);
    if (record === null) throw new AppError('conflict', { nl: 'Deze partner heeft geen toetredingsverzoek lopen.', en: 'This partner has no pending request to join.' }, { rule: 'P1' });
    if (input.by.kind === 'partner') {
      if (input.by.partnerId === input.partnerId) throw validationFailed([{ field: 'by.partnerId', message: 'a candidate does not approve itself' }]);
      await loadPartnerRow(trx, actor.collaborationId, input.by.partnerId);
    }
    const decision: AccessionDecision = {
      by: input.by,
      approved: input.approved,
      at: input.at ?? now.toISOString(),
      ...(input.motivation === undefined ? {} : { motivation: input.motivation }),
    };
    const next = { ...record, decisions: [...record.decisions, decision] };
    await saveAccession(trx, actor.collaborationId, input.partnerId, next, now);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const result = await settleAccession(trx, config, actor.collaborationId, input.partnerId, next, now);
    await deps.audit.append(trx, entry);
    return accessionOutcome(input.partnerId, result);
  });
}
