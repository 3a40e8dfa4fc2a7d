/**
 * The privacy officer lifts a restriction of processing (AVG art. 18.3; domain/rights/restriction.ts
 * decides): what an executed restriction request restricted is processed again. The subject was
 * informed beforehand; the reason is sealed; each lifted item is recorded as an effect of the
 * request and audited under the subject, as its restriction was.
 */
import { LIFT_MESSAGES, liftingRecipients, planLifting } from '../../domain/rights/restriction.js';
import type { LiftedItemReach, RestrictedItem } from '../../domain/rights/restriction.js';
import { noticeRestrictionLifted } from '../notifications/notices.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { validationFailed } from '../app-error.js';
import { requireAbility } from '../governance/role-guard.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { loadRequest } from './rights-request-records.js';
import { sealDetails } from './sealed-details.js';
import { liftMeetingItems, restrictedMeetingItems } from './meeting-effects.js';

export interface LiftInput {
  readonly reason: string;
  /** When the subject was informed of the lifting (ISO date or date-time); not after now. */
  readonly subjectInformedAt: string;
}

export interface LiftResult {
  readonly lifted: readonly { readonly kind: 'contribution' | 'meeting_note' | 'plan_goal' | 'plan_action'; readonly id: string; readonly meetingId?: string }[];
  /** The partners that received the lifted data and were told (AVG art. 19). */
  readonly partnersTold: readonly string[];
  /** The letter to the subject recorded with the request: informed of the lifting on this date. */
  readonly letter: { readonly topic: 'restriction_lifted'; readonly informedAt: string };
}

export async function liftRestriction(deps: ServiceDeps, actor: SessionActor, id: string, input: LiftInput): Promise<LiftResult> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const base = auditEntry(deps, actor, { action: 'rights_request.lift_restriction', purpose: 'rights_request' });
    requireAbility(actor, 'rights.handle', base);
    const row = await loadRequest(trx, actor.collaborationId, id);
    const entry = { ...base, caseId: row.case_id, subjectId: row.subject_id };
    const contributions =
      row.case_id === null
        ? []
        : await trx
            .selectFrom('contributions')
            .select(['id', 'by_partner_id', 'restriction_kind', 'shared_with', 'released_for_rto'])
            .where('case_id', '=', row.case_id)
            .where('restricted_by_request', '=', row.id)
            .where('restriction_kind', 'is not', null)
            .execute();
    const apart = await restrictedMeetingItems(trx, row.id);
    const restricted: RestrictedItem[] = [
      ...contributions.map((c): RestrictedItem => ({ id: c.id, restriction: c.restriction_kind ?? 'restriction' })),
      ...apart.map((m): RestrictedItem => ({ id: m.id, restriction: m.restriction_kind })),
    ];
    const plan = planLifting({ kind: row.kind }, restricted, { reason: input.reason, subjectInformedAt: Date.parse(input.subjectInformedAt) }, now.getTime());
    if (!plan.ok) {
      const m = LIFT_MESSAGES[plan.reason];
      if (plan.field !== undefined) throw validationFailed([{ field: plan.field, message: `${m.nl} / ${m.en}` }]);
      refuse(entry, { rule: 'P15', reason: plan.reason, messages: m });
    }
    if (row.subject_id === null) refuse(entry, { rule: 'P15', reason: 'P15_lift_nothing_restricted', messages: LIFT_MESSAGES.P15_lift_nothing_restricted });
    const subjectId = row.subject_id;
    const informedAt = new Date(Date.parse(input.subjectInformedAt));
    const reasonEnc = sealDetails(deps.keys, 'rights_request.effect', `${row.id}:lift`, { reason: input.reason });
    const lifted: LiftResult['lifted'][number][] = [];
    for (const c of contributions.filter((k) => plan.lift.includes(k.id))) {
      await trx
        .updateTable('contributions')
        .set((eb) => ({ restricted_at: null, restriction_kind: null, restricted_by_request: null, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', c.id)
        .execute();
      await trx
        .insertInto('rights_request_effects')
        .values({
          request_id: row.id,
          collaboration_id: actor.collaborationId,
          partner_id: c.by_partner_id,
          subject_id: subjectId,
          contribution_id: c.id,
          effect: 'restriction_lifted',
          reason_enc: reasonEnc,
          subject_informed_at: informedAt,
          done_by: actor.userId,
          done_at: now,
        })
        .execute();
      await deps.audit.append(trx, { ...entry, action: 'contribution.restriction_lifted', contributionId: c.id, onBehalfOfPartnerId: c.by_partner_id });
      lifted.push({ kind: 'contribution', id: c.id });
    }
    if (row.case_id !== null) {
      const items = await liftMeetingItems(
        deps,
        trx,
        { requestId: row.id, collaborationId: actor.collaborationId, caseId: row.case_id, subjectId, userId: actor.userId, entry, now },
        apart.filter((m) => plan.lift.includes(m.id)).map((m) => m.id),
        reasonEnc,
        informedAt,
      );
      for (const m of items) lifted.push({ kind: m.itemKind, id: m.planActionId ?? m.meetingId, meetingId: m.meetingId });
    }
    // Who received what is lifted is told it is processed again (AVG art. 19); the letter to the
    // subject (informed beforehand, art. 18.3) is recorded with the request.
    const invitations =
      row.case_id === null
        ? []
        : await trx.selectFrom('meeting_invitations').select(['meeting_id', 'partner_id']).where('case_id', '=', row.case_id).where('participant_role', 'not in', ['subject', 'representative']).execute();
    const inMeeting = (meetingId: string | null): string[] => invitations.filter((i) => meetingId === null || i.meeting_id === meetingId).map((i) => i.partner_id);
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const reach: LiftedItemReach[] = [
      ...contributions
        .filter((k) => plan.lift.includes(k.id))
        .map((k) => ({ by: k.by_partner_id, receivedBy: [...list(k.shared_with), ...(k.released_for_rto === 'all' ? inMeeting(null) : list(k.released_for_rto))] })),
      ...apart.filter((m) => plan.lift.includes(m.id)).map((m) => ({ by: m.partner_id, receivedBy: inMeeting(m.meeting_id) })),
    ];
    const partnersTold = liftingRecipients(reach);
    if (row.case_id !== null) await noticeRestrictionLifted(deps, trx, { collaborationId: actor.collaborationId, caseId: row.case_id, requestId: row.id, partners: partnersTold, liftedAt: now });
    await trx
      .insertInto('rights_request_letters')
      .values({ request_id: row.id, collaboration_id: actor.collaborationId, subject_id: subjectId, topic: 'restriction_lifted', informed_at: informedAt, recorded_by: actor.userId, recorded_at: now })
      .execute();
    await deps.audit.append(trx, entry);
    return { lifted, partnersTold, letter: { topic: 'restriction_lifted', informedAt: informedAt.toISOString() } };
  });
}
