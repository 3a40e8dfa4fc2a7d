/**
 * Deciding on a proposed change of a table (seed 000 art. 16.2; ADR 0205): a manager of each
 * partner records, in writing, its partner's consent or refusal; the admin adopts the change once
 * every partner consented, and only then does the table change. The history with the diffs is
 * readable by the admin and the managers.
 */
import { CONSENT_REFUSALS, checkConsent, consentRoleRefusal } from '../../domain/governance/table-amendment.js';
import { AppError } from '../app-error.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { requireAbility } from './role-guard.js';
import { amendmentViews, applyTable, loadAmendment, loadAmendmentView } from './table-amendment-records.js';
import type { TableAmendmentView } from './table-amendment-records.js';

export async function listTableAmendments(deps: ServiceDeps, actor: SessionActor): Promise<TableAmendmentView[]> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'collaboration.amendments.list' });
    requireAbility(actor, 'collaboration.amendments', entry);
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const views = await amendmentViews(trx, config, actor.collaborationId);
    await deps.audit.append(trx, entry);
    return views;
  });
}

export interface ConsentInput {
  readonly approved: boolean;
  /** The signatory's function at the partner (e.g. "Algemeen directeur"); the name is the user's own. */
  readonly signatoryFunction: string;
}

export async function recordAmendmentConsent(deps: ServiceDeps, actor: SessionActor, id: string, input: ConsentInput): Promise<TableAmendmentView> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: input.approved ? 'collaboration.amendment.consent' : 'collaboration.amendment.refuse' });
    const notManager = consentRoleRefusal(actor.role);
    if (notManager !== null) refuse(entry, { rule: 'art. 16.2', reason: notManager, messages: CONSENT_REFUSALS[notManager] });
    const amendment = await loadAmendment(trx, actor.collaborationId, id);
    const refusal = checkConsent(amendment, { partnerId: actor.partnerId, role: actor.role });
    if (refusal !== null) {
      if (refusal === 'amendment_not_pending' || refusal === 'amendment_consent_already_given') {
        throw new AppError('conflict', CONSENT_REFUSALS[refusal], { rule: 'art. 16.2', reason: refusal });
      }
      refuse(entry, { rule: 'art. 16.2', reason: refusal, messages: CONSENT_REFUSALS[refusal] });
    }
    const now = deps.now();
    await trx
      .insertInto('table_amendment_consents')
      .values({
        amendment_id: id,
        collaboration_id: actor.collaborationId,
        partner_id: actor.partnerId,
        user_id: actor.userId,
        signatory_name: actor.displayName,
        signatory_function: input.signatoryFunction,
        approved: input.approved,
        at: now,
      })
      .execute();
    // One refusal ends the proposal: the covenant changes only with all partners' consent.
    if (!input.approved) await trx.updateTable('table_amendments').set({ status: 'rejected', decided_at: now }).where('id', '=', id).execute();
    await deps.audit.append(trx, entry);
    return loadAmendmentView(trx, await deps.collaborationConfig(trx, actor.collaborationId), actor.collaborationId, id);
  });
}

/** The admin adopts (stelt vast) an amendment every partner consented to; the table changes now. */
export async function adoptTableAmendment(deps: ServiceDeps, actor: SessionActor, id: string): Promise<TableAmendmentView> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'collaboration.table.update' });
    requireAbility(actor, 'collaboration.configure', entry);
    const amendment = await loadAmendment(trx, actor.collaborationId, id);
    if (amendment.status !== 'pending') throw new AppError('conflict', CONSENT_REFUSALS.amendment_not_pending, { rule: 'art. 16.2', reason: 'amendment_not_pending' });
    if (!amendment.state.mayBeAdopted) {
      const names = await trx.selectFrom('partners').select('name').where('id', 'in', [...amendment.state.missing, '00000000-0000-0000-0000-000000000000']).orderBy('name').execute();
      throw new AppError(
        'conflict',
        {
          nl: `De wijziging treedt pas in werking als alle convenantpartners schriftelijk hebben ingestemd (art. 16.2); de instemming van ${names.length} partner(s) ontbreekt nog: ${names.map((n) => n.name).join(', ')}.`,
          en: `The amendment takes effect only when all covenant partners consented in writing (art. 16.2); the consent of ${names.length} partner(s) is still missing: ${names.map((n) => n.name).join(', ')}.`,
        },
        { rule: 'art. 16.2', reason: 'amendment_consent_missing' },
      );
    }
    const now = deps.now();
    await applyTable(trx, actor.collaborationId, amendment.tableId, amendment.after, { dryRun: false, now });
    await trx.updateTable('table_amendments').set({ status: 'adopted', decided_by: actor.userId, decided_at: now }).where('id', '=', id).execute();
    await deps.audit.append(trx, entry);
    return loadAmendmentView(trx, await deps.collaborationConfig(trx, actor.collaborationId), actor.collaborationId, id);
  });
}
