/**
 * The de-escalation and retention status of one case (P12, P13): the stage, when the
 * de-escalation was decided, when archiving and deletion fall due as the domain's schedule
 * computes them, and the exceptions. Readable by whoever may see the administrative set (the
 * access engine decides, the read is audited). The service only gathers the facts; the dates
 * come from `retentionStatus`. Once the dossier is archived the motivations stay closed.
 */
import { policyForTable, retentionPolicyOf } from '../../domain/retention/policy.js';
import type { Phase } from '../../domain/model.js';
import type { CaseRetentionHistory, RetentionException } from '../../domain/retention/history.js';
import { retentionStatus } from '../../domain/retention/status.js';
import type { RetentionStage } from '../../domain/retention/status.js';
import { decryptField } from '../../crypto/field-cipher.js';
import { gate, withActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { pickedUpAt } from '../../store/repositories/case-state.repository.js';
import { requireCase } from '../cases/case-context.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { EXCEPTION_MOTIVATION_FIELD } from './record-exception.js';

export interface RetentionExceptionView {
  readonly id: string;
  readonly step: 'archive' | 'delete';
  readonly decidedAt: string;
  /** The date recorded by the lead partner. */
  readonly reassessAt: string;
  /** The date the schedule honours (the recorded one, at most the policy's limit). */
  readonly effectiveReassessAt: string;
  readonly counts: boolean;
  /** Whether this exception sets its step's current due date. */
  readonly postpones: boolean;
  readonly decidedByPartner: { readonly id: string; readonly name: string };
  readonly decidedByName: string | null;
  /** Null once the dossier is archived (only the administrative set stays visible). */
  readonly motivation: string | null;
}

export interface RetentionStatusView {
  readonly caseId: string;
  readonly number: string;
  readonly phase: Phase;
  readonly stage: RetentionStage;
  readonly policy: {
    readonly source: string;
    readonly archiveAfterMonths: number | null;
    readonly deleteAfterMonths: number;
    readonly exceptionsAllowed: boolean;
    readonly maxExceptionMonths: number;
  };
  readonly deescalationDecidedAt: string | null;
  readonly archiveAt: string | null;
  readonly deleteAt: string | null;
  /** The furthest re-assessment date of an exception recorded now; null when the policy allows none. */
  readonly latestReassessAt: string | null;
  readonly exceptions: readonly RetentionExceptionView[];
  /** The case director's partner, which tells the subject of the deletion; null without a case director. */
  readonly informingPartner: { readonly id: string; readonly name: string } | null;
  readonly subjectInformedOfDeletionAt: string | null;
  /** The manager's re-openings with their reasons (seed 003 B3-F4); each set a new de-escalation date. */
  readonly reopenings: readonly { readonly at: string; readonly reason: string }[];
}

function reopeningsOf(column: unknown): { at: string; reason: string }[] {
  const list = typeof column === 'object' && column !== null ? (column as { reopenings?: unknown }).reopenings : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((r: unknown) => {
    const o = r as { at?: unknown; reason?: unknown };
    return typeof o.at === 'string' && typeof o.reason === 'string' ? [{ at: o.at, reason: o.reason }] : [];
  });
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export async function readRetentionStatus(deps: ServiceDeps, actor: SessionActor, caseId: string): Promise<RetentionStatusView> {
  return withActor(deps, actor, async (trx) => {
    const { row, facts } = await requireCase(trx, caseId);
    await gate(deps, trx, actor, facts, { resource: { kind: 'admin_set' }, purpose: 'monitoring', action: 'read', auditAction: 'case.retention.read' });
    const now = deps.now().getTime();
    const policy = policyForTable(retentionPolicyOf(await deps.collaborationConfig(trx, row.collaborationId)), row.tableId);
    const c = await trx.selectFrom('cases').select(['closed_at', 'closing_criteria']).where('id', '=', caseId).executeTakeFirstOrThrow();
    const decision = await trx.selectFrom('deescalation_decisions').select(['decided_at']).where('case_id', '=', caseId).orderBy('decided_at', 'desc').executeTakeFirst();
    const exceptionRows = await trx
      .selectFrom('deescalation_exceptions')
      .innerJoin('partners', 'partners.id', 'deescalation_exceptions.decided_by_partner_id')
      .leftJoin('users', 'users.id', 'deescalation_exceptions.decided_by')
      .select([
        'deescalation_exceptions.id',
        'deescalation_exceptions.step',
        'deescalation_exceptions.decided_at',
        'deescalation_exceptions.reassess_at',
        'deescalation_exceptions.decided_by_partner_id',
        'deescalation_exceptions.motivation_enc',
        'partners.name as partnerName',
        'users.display_name as userName',
      ])
      .where('deescalation_exceptions.case_id', '=', caseId)
      .orderBy('deescalation_exceptions.decided_at')
      .execute();
    const director = await trx
      .selectFrom('case_director_appointments')
      .innerJoin('partners', 'partners.id', 'case_director_appointments.partner_id')
      .select(['partners.id', 'partners.name'])
      .where('case_director_appointments.case_id', '=', caseId)
      .orderBy('case_director_appointments.appointed_at', 'desc')
      .executeTakeFirst();
    const informed = await trx
      .selectFrom('informing_records')
      .select('informed_at')
      .where('case_id', '=', caseId)
      .where('topic', '=', 'deletion')
      .where('informed_at', 'is not', null)
      .orderBy('informed_at')
      .executeTakeFirst();
    const key = await optionalCaseKey(deps, trx, caseId);

    // Step 1 (stay active) and step 2 (archive) exceptions postpone the archive; step 3 the deletion.
    // The schedule needs no motivation's text: the service refused an empty one when recording it.
    const exceptions: RetentionException[] = exceptionRows.map((e) => ({
      step: e.step === 3 ? 'delete' : 'archive',
      decidedAt: e.decided_at.getTime(),
      reassessAt: e.reassess_at.getTime(),
      decidedBy: e.decided_by_partner_id,
      motivation: 'recorded',
    }));
    const history: CaseRetentionHistory = {
      caseId,
      collaborationId: row.collaborationId,
      phase: row.phase,
      registeredAt: row.createdAt.getTime(),
      leadPartner: row.leadPartnerId,
      caseDirectorPartner: director?.id ?? null,
      deescalationDecidedAt: decision?.decided_at.getTime() ?? null,
      closedAt: c.closed_at?.getTime() ?? null,
      rejectedAt: row.phase === 'rejected' ? row.phaseChangedAt.getTime() : null,
      referredAt: row.phase === 'referred' ? row.phaseChangedAt.getTime() : null,
      purgedAt: key === undefined ? row.phaseChangedAt.getTime() : null,
      exceptions,
      subjectInformedOfDeletionAt: informed?.informed_at?.getTime() ?? null,
      pickedUpAt: pickedUpAt(c.closing_criteria),
    };
    const status = retentionStatus(history, policy, now);
    return {
      caseId,
      number: row.number,
      phase: row.phase,
      stage: status.stage,
      policy: {
        source: policy.source,
        archiveAfterMonths: policy.archiveAfterMonths,
        deleteAfterMonths: policy.deleteAfterMonths,
        exceptionsAllowed: policy.exceptionsAllowed,
        maxExceptionMonths: policy.maxExceptionMonths,
      },
      deescalationDecidedAt: iso(status.deescalationDecidedAt),
      archiveAt: iso(status.archiveAt),
      deleteAt: iso(status.deleteAt),
      latestReassessAt: iso(status.latestReassessAt),
      exceptions: exceptionRows.map((e, i) => {
        const s = status.exceptions[i];
        return {
          id: e.id,
          step: e.step === 3 ? 'delete' : 'archive',
          decidedAt: e.decided_at.toISOString(),
          reassessAt: e.reassess_at.toISOString(),
          effectiveReassessAt: iso(s?.effectiveReassessAt ?? null) ?? e.reassess_at.toISOString(),
          counts: s?.counts ?? false,
          postpones: s?.postpones ?? false,
          decidedByPartner: { id: e.decided_by_partner_id, name: e.partnerName },
          decidedByName: e.userName,
          motivation: status.motivationsVisible && key !== undefined ? decryptField(key, EXCEPTION_MOTIVATION_FIELD, e.motivation_enc) : null,
        };
      }),
      informingPartner: director === undefined ? null : { id: director.id, name: director.name },
      subjectInformedOfDeletionAt: iso(status.subjectInformedOfDeletionAt),
      reopenings: reopeningsOf(c.closing_criteria),
    };
  });
}
