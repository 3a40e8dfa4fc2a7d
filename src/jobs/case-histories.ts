/**
 * Gathers what the retention schedule needs about every case from the database (P12, P13).
 * A case without a data key was crypto-shredded: its identifying data is gone (`purgedAt`).
 */
import type { Phase } from '../domain/model.js';
import type { CaseRetentionHistory, RetentionException, RetentionStep } from '../domain/retention/history.js';
import type { Trx } from '../services/ports.js';
import { pickedUpAt } from '../store/repositories/case-state.repository.js';

const time = (d: Date | null | undefined): number | null => (d === null || d === undefined ? null : d.getTime());


/** Step 1 (stay active) and step 2 (archive) exceptions both postpone the archive; step 3 the deletion. */
const stepOf = (step: number): RetentionStep => (step === 3 ? 'delete' : 'archive');

export async function loadCaseHistories(trx: Trx, collaborationId?: string): Promise<CaseRetentionHistory[]> {
  let query = trx
    .selectFrom('cases')
    .leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
    .select([
      'cases.id',
      'cases.collaboration_id',
      'cases.table_id',
      'cases.phase',
      'cases.created_at',
      'cases.lead_partner_id',
      'cases.closed_at',
      'cases.phase_changed_at',
      'cases.closing_criteria',
      'case_keys.case_id as keyCase',
    ])
    .orderBy('cases.created_at')
    .orderBy('cases.id');
  if (collaborationId !== undefined) query = query.where('cases.collaboration_id', '=', collaborationId);
  const cases = await query.execute();
  if (cases.length === 0) return [];

  const decisions = new Map<string, number>();
  for (const d of await trx.selectFrom('deescalation_decisions').select(['case_id', 'decided_at']).orderBy('decided_at').execute()) {
    decisions.set(d.case_id, d.decided_at.getTime());
  }
  const exceptions = new Map<string, RetentionException[]>();
  for (const e of await trx.selectFrom('deescalation_exceptions').select(['case_id', 'step', 'decided_at', 'reassess_at', 'decided_by_partner_id', 'motivation_enc']).execute()) {
    const list = exceptions.get(e.case_id) ?? [];
    // The motivation is encrypted under the case key; the service refused an empty one when recording it.
    list.push({ step: stepOf(e.step), decidedAt: e.decided_at.getTime(), reassessAt: e.reassess_at.getTime(), decidedBy: e.decided_by_partner_id, motivation: e.motivation_enc.length > 0 ? 'recorded' : '' });
    exceptions.set(e.case_id, list);
  }
  const directors = new Map<string, string>();
  for (const a of await trx.selectFrom('case_director_appointments').select(['case_id', 'partner_id']).orderBy('appointed_at').execute()) {
    directors.set(a.case_id, a.partner_id);
  }
  const informed = new Map<string, number>();
  for (const r of await trx.selectFrom('informing_records').select(['case_id', 'informed_at']).where('topic', '=', 'deletion').where('informed_at', 'is not', null).execute()) {
    if (r.informed_at !== null) informed.set(r.case_id, r.informed_at.getTime());
  }

  return cases.map((c) => {
    const phase = c.phase as Phase;
    const changed = c.phase_changed_at.getTime();
    return {
      caseId: c.id,
      collaborationId: c.collaboration_id,
      tableId: c.table_id,
      phase,
      registeredAt: c.created_at.getTime(),
      leadPartner: c.lead_partner_id,
      caseDirectorPartner: directors.get(c.id) ?? null,
      deescalationDecidedAt: decisions.get(c.id) ?? null,
      closedAt: time(c.closed_at),
      rejectedAt: phase === 'rejected' ? changed : null,
      referredAt: phase === 'referred' ? changed : null,
      purgedAt: c.keyCase === null ? changed : null,
      exceptions: exceptions.get(c.id) ?? [],
      subjectInformedOfDeletionAt: informed.get(c.id) ?? null,
      pickedUpAt: pickedUpAt(c.closing_criteria),
    };
  });
}
