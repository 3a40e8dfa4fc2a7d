/**
 * What the subject of a case was told, and which informing was postponed (P10), for whoever may
 * read the case now (`gateCaseRead`: staff, the registrant in screening and triage, the meeting's
 * participants and the case director afterwards). The read is audited. An informing of the triage
 * outcome shows what was told about the RTO (goal, themes, participants, rights).
 */
import { decryptField } from '../../crypto/field-cipher.js';
import { POSTPONEMENT_FIELD } from '../../store/repositories/case-state.repository.js';
import { withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCase } from '../cases/case-context.js';
import { gateCaseRead } from '../meetings/meeting-access.js';
import { openTold } from './triage-outcome.js';
import type { ToldAboutRto } from './triage-outcome.js';

export interface InformingItem {
  readonly id: string;
  readonly subjectId: string | null;
  readonly topic: string;
  /** Null for a postponement. */
  readonly informedAt: string | null;
  readonly method: string | null;
  /** Informed while in detention (seed 000 Nazorg, 000-R81). */
  readonly duringDetention: boolean;
  readonly informedBy: string | null;
  readonly onBehalfOf: string | null;
  /** A postponement: why and until when. */
  readonly postponement: { readonly reason: string; readonly plannedAt: string } | null;
  /** Topic `triage_outcome`: what the subject was told about the RTO. */
  readonly told: ToldAboutRto | null;
  readonly recordedAt: string;
}

export async function listInforming(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<InformingItem[]> {
  return withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    await gateCaseRead(deps, trx, actor, loaded, 'informing.list');
    const rows = await trx.selectFrom('informing_records').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
    const key = rows.some((r) => r.told_enc !== null || r.postponement_reason_enc !== null) ? await caseKey(deps, trx, caseId) : null;
    return rows.map((r) => ({
      id: r.id,
      subjectId: r.subject_id,
      topic: r.topic,
      informedAt: r.informed_at?.toISOString() ?? null,
      method: r.method,
      duringDetention: r.during_detention,
      informedBy: r.informed_by,
      onBehalfOf: r.on_behalf_of_partner_id,
      postponement:
        r.informed_at === null && r.planned_at !== null
          ? { reason: key === null || r.postponement_reason_enc === null ? '' : decryptField(key, POSTPONEMENT_FIELD, r.postponement_reason_enc), plannedAt: r.planned_at.toISOString() }
          : null,
      told: key === null || r.told_enc === null ? null : openTold(key, r.told_enc),
      recordedAt: r.created_at.toISOString(),
    }));
  });
}
