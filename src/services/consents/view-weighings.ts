/**
 * The weighings of a case as the dossier documents them (row 000-R23, seed 000 Bijlage 3): each
 * with its motivations decrypted, for the reader the domain allows (`mayReadWeighing`). Each
 * weighing read is audited on behalf of the partner that weighed.
 */
import type { WithoutConsentBecause } from '../../domain/process/records.js';
import { mayReadWeighing } from '../../domain/process/weighing-readers.js';
import { decryptJson } from '../../crypto/field-cipher.js';
import type { WeighingMotivation } from '../../store/repositories/case-state.repository.js';
import { WEIGHING_FIELD } from '../../store/repositories/case-state.repository.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { caseKey, requireCase } from '../cases/case-context.js';

export interface WeighingView {
  readonly id: string;
  readonly partnerId: string;
  readonly partnerName: string;
  readonly subjectId: string | null;
  readonly proportionality: string;
  readonly subsidiarity: string;
  readonly effectiveness: string;
  readonly setAsideObjections: boolean;
  readonly objectionsMotivation: string;
  readonly informAfterwards: boolean;
  readonly informAfterwardsReason: string;
  readonly conflictOfDuties: string;
  readonly exceptionGround: string | null;
  /** The motivation per ground for sharing without consent (seed 002 Bijlage A art. 7.3). */
  readonly noConsentGrounds: Readonly<Record<string, string>>;
  readonly withoutConsentBecause: WithoutConsentBecause | null;
  readonly completedAt: string | null;
  readonly completedBy: string | null;
  readonly recordedAt: string;
}

export async function viewWeighings(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<WeighingView[]> {
  return withActor(deps, actor, async (trx) => {
    const { facts } = await requireCase(trx, caseId);
    const rows = await trx
      .selectFrom('weighings as w')
      .innerJoin('partners as p', 'p.id', 'w.partner_id')
      .leftJoin('users as u', 'u.id', 'w.completed_by')
      .select(['w.id', 'w.partner_id', 'p.name as partner_name', 'w.subject_id', 'w.set_aside_objections', 'w.inform_afterwards', 'w.exception_ground', 'w.motivation_enc', 'w.completed_at', 'u.display_name as completed_by', 'w.created_at'])
      .where('w.case_id', '=', caseId)
      .orderBy('w.created_at')
      .orderBy('w.id')
      .execute();
    const readable = rows.filter((r) => mayReadWeighing(actor, { partnerId: r.partner_id }, facts.processDirectors));
    const entry = auditEntry(deps, actor, { action: 'weighing.read', caseId });
    // Weighings exist, but none is the reader's: neither a process director of the case nor an organisation that weighed.
    if (readable.length === 0 && rows.length > 0) {
      refuse(entry, {
        rule: 'P7',
        reason: 'weighing_not_yours',
        messages: {
          nl: 'Een afweging lezen alleen de organisatie die haar maakte en de procesregisseur van de casus (Bijlage 3).',
          en: 'A weighing is read only by the organisation that made it and the process director of the case (Bijlage 3).',
        },
      });
    }
    const key = readable.length === 0 ? null : await caseKey(deps, trx, caseId);
    const views = readable.map((r): WeighingView => {
      const m = key === null ? null : (decryptJson(key, WEIGHING_FIELD, r.motivation_enc) as Partial<WeighingMotivation>);
      return {
        id: r.id,
        partnerId: r.partner_id,
        partnerName: r.partner_name,
        subjectId: r.subject_id,
        proportionality: m?.proportionality ?? '',
        subsidiarity: m?.subsidiarity ?? '',
        effectiveness: m?.effectiveness ?? '',
        setAsideObjections: r.set_aside_objections,
        objectionsMotivation: m?.objectionsMotivation ?? '',
        informAfterwards: r.inform_afterwards,
        informAfterwardsReason: m?.informAfterwardsReason ?? '',
        conflictOfDuties: m?.conflictOfDuties ?? '',
        exceptionGround: r.exception_ground,
        noConsentGrounds: m?.noConsentGrounds ?? {},
        withoutConsentBecause: m?.withoutConsentBecause ?? null,
        completedAt: r.completed_at === null ? null : r.completed_at.toISOString(),
        completedBy: r.completed_by,
        recordedAt: r.created_at.toISOString(),
      };
    });
    for (const r of readable) await deps.audit.append(trx, { ...entry, subjectId: r.subject_id, onBehalfOfPartnerId: r.partner_id });
    return views;
  });
}
