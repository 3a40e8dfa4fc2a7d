/**
 * Seed 003 Bijlage 3 fase 4 (and P12 after a rejection): the subject is told that its data has
 * been destroyed and where to exercise its rights. That happens after the identifying data is
 * gone, so the record names no subject: the case's opaque id, when, how, by whom and on whose
 * behalf. It is made by a professional of the party holding casusregie (the case director's
 * organisation, else the lead partner), or by the process director on its behalf where the
 * covenant allows that (`informSubject.processDirectorMayInformOnBehalf`). It closes the reminder.
 */
import type { InformingChannel } from '../../domain/process/records.js';
import { systemContext } from '../../store/acting-context.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError, notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { controlMessage } from '../../domain/process/contribution-control.js';
import type { ControlReason } from '../../domain/process/contribution-control.js';

/** Phases in which the identifying data of the case is gone (P12, P13 step 3). */
const PURGED = ['deleted', 'rejected', 'referred'];

export interface RecordDeletionInformingInput {
  readonly caseId: string;
  readonly informedAt: string;
  readonly method: InformingChannel;
}

export async function recordDeletionInforming(deps: ServiceDeps, actor: SessionActor, input: RecordDeletionInformingInput): Promise<{ id: string }> {
  // The case row holds no personal data; after the deletion the responsible professional no longer
  // sees the case through Row-Level Security, so its phase and parties are read in the system context.
  const found = await deps.database.withTransaction(systemContext(actor.collaborationId), async (trx) => {
    const row = await trx.selectFrom('cases').select(['id', 'phase', 'lead_partner_id']).where('id', '=', input.caseId).where('collaboration_id', '=', actor.collaborationId).executeTakeFirst();
    if (row === undefined) return undefined;
    const director = await trx.selectFrom('case_director_appointments').select('partner_id').where('case_id', '=', row.id).orderBy('appointed_at', 'desc').executeTakeFirst();
    const staff = await trx.selectFrom('case_staff').select('user_id').where('case_id', '=', row.id).where('user_id', '=', actor.userId).where('ended_at', 'is', null).executeTakeFirst();
    return { phase: row.phase, responsible: director?.partner_id ?? row.lead_partner_id, staff: staff !== undefined };
  });
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    if (found === undefined) throw notFound({ nl: 'Casus', en: 'Case' });
    const entry = auditEntry(deps, actor, { action: 'informing.deletion', caseId: input.caseId, onBehalfOfPartnerId: found.responsible });
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const own = actor.partnerId === found.responsible && (actor.role === 'professional' || actor.role === 'process_director');
    let reason: ControlReason | null = null;
    if (!own && !found.staff) reason = 'informing_partner_not_responsible';
    else if (!own && !config.informSubject.processDirectorMayInformOnBehalf) reason = 'informing_by_director_not_allowed';
    if (reason !== null) refuse(entry, { rule: 'P10', reason, messages: controlMessage(reason) });
    if (!PURGED.includes(found.phase)) {
      throw new AppError('conflict', { nl: 'De gegevens van deze casus zijn nog niet verwijderd; leg het informeren vast bij de casus zelf.', en: 'The data of this case has not been deleted yet; record the informing on the case itself.' });
    }
    if (new Date(input.informedAt).getTime() > now.getTime()) throw validationFailed([{ field: 'informedAt', message: 'lies in the future' }]);
    const record = await trx
      .insertInto('deletion_informing')
      .values({ case_id: input.caseId, collaboration_id: actor.collaborationId, informed_at: new Date(input.informedAt), method: input.method, informed_by: actor.userId, on_behalf_of_partner_id: found.responsible, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, entry);
    return { id: record.id };
  });
}
