/**
 * Carries an executed erasure, restriction or upheld objection over to the meetings' personal data
 * about the request's subject (domain/rights/meeting-effects.ts decides): the meeting record is
 * rewritten without the items that go, a restricted item is kept apart encrypted with the case
 * key, the plan action's own row is erased or withheld, and each change is recorded as an effect
 * of the request and audited under the subject, naming the meeting.
 */
import { decryptJson, encryptField, encryptJson } from '../../crypto/field-cipher.js';
import { planMeetingEffects, planMeetingRectification, restoreMeetingItem } from '../../domain/rights/meeting-effects.js';
import type { RectifiedMeetingItem } from '../../domain/rights/execution.js';
import type { MeetingEffectKind, MeetingItemRef, MeetingRecordItems } from '../../domain/rights/meeting-effects.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import { toJson } from '../../store/schema.js';
import { PLAN_ACTION_FIELD } from '../meetings/save-meeting-record.js';
import { optionalCaseKey } from '../phases/process-context.js';
import type { AuditEntry, ServiceDeps, Trx } from '../ports.js';

/** The encrypted field of a restricted meeting item kept apart (bound to the item's kind). */
export const RESTRICTED_ITEM_FIELD = 'meeting.restricted_item';

const AUDIT_WHAT: Record<MeetingItemRef['kind'], string> = { meeting_note: 'meeting.note', plan_goal: 'plan.goal', plan_action: 'plan_action' };
const AUDIT_EFFECT: Record<MeetingEffectKind | 'left_shared' | 'restriction_lifted' | 'rectified', string> = {
  rectified: 'rectify',
  erased: 'erase',
  restricted: 'restrict',
  processing_stopped: 'objection_upheld',
  left_shared: 'left_shared',
  restriction_lifted: 'restriction_lifted',
};

export interface MeetingEffectDone {
  readonly meetingId: string;
  readonly itemKind: MeetingItemRef['kind'];
  readonly planActionId: string | null;
  readonly effect: MeetingEffectKind | 'left_shared' | 'rectified';
}

export interface MeetingEffectContext {
  readonly requestId: string;
  readonly collaborationId: string;
  readonly caseId: string;
  readonly subjectId: string;
  readonly partnerId: string;
  readonly userId: string;
  readonly entry: AuditEntry;
  readonly now: Date;
}

export async function applyMeetingEffects(deps: ServiceDeps, trx: Trx, ctx: MeetingEffectContext, effect: MeetingEffectKind): Promise<MeetingEffectDone[]> {
  const key = await optionalCaseKey(deps, trx, ctx.caseId);
  if (key === undefined) return [];
  const c = await trx.selectFrom('cases').select('lead_partner_id').where('id', '=', ctx.caseId).executeTakeFirstOrThrow();
  const meetings = await trx.selectFrom('meetings').select(['id', 'record_enc']).where('case_id', '=', ctx.caseId).where('record_enc', 'is not', null).orderBy('scheduled_at').orderBy('id').execute();
  const done: MeetingEffectDone[] = [];
  for (const m of meetings) {
    if (m.record_enc === null) continue;
    const record = decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as MeetingRecordItems;
    const plan = planMeetingEffects(record, ctx.subjectId, ctx.partnerId, c.lead_partner_id, effect);
    if (plan.effects.length === 0) continue;
    if (plan.record !== record) {
      await trx
        .updateTable('meetings')
        .set((eb) => ({ record_enc: encryptJson(key, MEETING_RECORD_FIELD, plan.record), updated_at: ctx.now, version: eb('version', '+', 1) }))
        .where('id', '=', m.id)
        .execute();
    }
    for (const e of plan.effects) {
      const planActionId = e.ref.kind === 'plan_action' ? e.ref.item.id : null;
      if (e.effect === 'restricted' || e.effect === 'processing_stopped') {
        await trx
          .insertInto('restricted_meeting_items')
          .values({
            case_id: ctx.caseId,
            collaboration_id: ctx.collaborationId,
            meeting_id: m.id,
            kind: e.ref.kind,
            plan_action_id: planActionId,
            subject_ids: toJson(e.ref.item.subjects ?? []),
            item_enc: encryptJson(key, `${RESTRICTED_ITEM_FIELD}.${e.ref.kind}`, e.ref.item),
            partner_id: ctx.partnerId,
            restriction_kind: e.effect === 'restricted' ? 'restriction' : 'objection',
            restricted_by_request: ctx.requestId,
            restricted_at: ctx.now,
          })
          .execute();
      }
      if (planActionId !== null && e.effect === 'erased') {
        await trx
          .updateTable('plan_actions')
          .set((eb) => ({ description_enc: encryptField(key, PLAN_ACTION_FIELD, ''), erased_at: ctx.now, updated_at: ctx.now, version: eb('version', '+', 1) }))
          .where('id', '=', planActionId)
          .execute();
      } else if (planActionId !== null && e.effect !== 'left_shared') {
        await trx
          .updateTable('plan_actions')
          .set((eb) => ({ restricted_at: ctx.now, restriction_kind: e.effect === 'restricted' ? 'restriction' : 'objection', restricted_by_request: ctx.requestId, updated_at: ctx.now, version: eb('version', '+', 1) }))
          .where('id', '=', planActionId)
          .execute();
      }
      await recordEffect(deps, trx, ctx, { meetingId: m.id, itemKind: e.ref.kind, planActionId, effect: e.effect }, null, null);
      done.push({ meetingId: m.id, itemKind: e.ref.kind, planActionId, effect: e.effect });
    }
  }
  if (effect === 'erased') {
    // An item already kept apart by a restriction is erased too.
    const apart = await trx.selectFrom('restricted_meeting_items').selectAll().where('case_id', '=', ctx.caseId).where('partner_id', '=', ctx.partnerId).execute();
    for (const r of apart.filter((x) => Array.isArray(x.subject_ids) && x.subject_ids.length === 1 && x.subject_ids[0] === ctx.subjectId)) {
      await trx.deleteFrom('restricted_meeting_items').where('id', '=', r.id).execute();
      if (r.plan_action_id !== null) {
        await trx
          .updateTable('plan_actions')
          .set((eb) => ({ description_enc: encryptField(key, PLAN_ACTION_FIELD, ''), erased_at: ctx.now, updated_at: ctx.now, version: eb('version', '+', 1) }))
          .where('id', '=', r.plan_action_id)
          .execute();
      }
      await recordEffect(deps, trx, ctx, { meetingId: r.meeting_id, itemKind: r.kind, planActionId: r.plan_action_id, effect: 'erased' }, null, null);
      done.push({ meetingId: r.meeting_id, itemKind: r.kind, planActionId: r.plan_action_id, effect: 'erased' });
    }
  }
  return done;
}

async function recordEffect(
  deps: ServiceDeps,
  trx: Trx,
  ctx: MeetingEffectContext,
  e: { readonly meetingId: string; readonly itemKind: MeetingItemRef['kind']; readonly planActionId: string | null; readonly effect: MeetingEffectKind | 'left_shared' | 'restriction_lifted' | 'rectified' },
  reasonEnc: Buffer | null,
  informedAt: Date | null,
): Promise<void> {
  await trx
    .insertInto('rights_request_effects')
    .values({
      request_id: ctx.requestId,
      collaboration_id: ctx.collaborationId,
      partner_id: ctx.partnerId,
      subject_id: ctx.subjectId,
      contribution_id: null,
      effect: e.effect,
      meeting_id: e.meetingId,
      item_kind: e.itemKind,
      plan_action_id: e.planActionId,
      reason_enc: reasonEnc,
      subject_informed_at: informedAt,
      done_by: ctx.userId,
      done_at: ctx.now,
    })
    .execute();
  await deps.audit.append(trx, { ...ctx.entry, action: `${AUDIT_WHAT[e.itemKind]}.${AUDIT_EFFECT[e.effect]}`, meetingId: e.meetingId, onBehalfOfPartnerId: ctx.partnerId });
}

/**
 * Rectification (AVG art. 16) of meeting notes, plan goals and plan actions about the subject
 * (domain/rights/meeting-effects.ts decides which the partner may correct): the corrected text
 * replaces the old one in the meeting record (and the action's own row), so the old text is no
 * longer served; each correction is recorded as an effect of the request and audited under the
 * subject, naming the meeting. Returns the index of the first correction refused, or the effects.
 */
export async function rectifyMeetingItems(
  deps: ServiceDeps,
  trx: Trx,
  ctx: MeetingEffectContext,
  items: readonly RectifiedMeetingItem[],
): Promise<{ readonly ok: true; readonly done: MeetingEffectDone[] } | { readonly ok: false; readonly index: number }> {
  if (items.length === 0) return { ok: true, done: [] };
  const key = await optionalCaseKey(deps, trx, ctx.caseId);
  if (key === undefined) return { ok: false, index: 0 };
  const c = await trx.selectFrom('cases').select('lead_partner_id').where('id', '=', ctx.caseId).executeTakeFirstOrThrow();
  const done: MeetingEffectDone[] = [];
  for (const meetingId of [...new Set(items.map((i) => i.meetingId))]) {
    const indices = items.flatMap((item, index) => (item.meetingId === meetingId ? [index] : []));
    const m = await trx.selectFrom('meetings').select(['id', 'record_enc']).where('id', '=', meetingId).where('case_id', '=', ctx.caseId).executeTakeFirst();
    if (m === undefined || m.record_enc === null) return { ok: false, index: indices[0] ?? 0 };
    const record = decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as MeetingRecordItems;
    const plan = planMeetingRectification(record, ctx.subjectId, ctx.partnerId, c.lead_partner_id, indices.map((i) => items[i] as RectifiedMeetingItem));
    if (!plan.ok) return { ok: false, index: indices[plan.index] ?? 0 };
    await trx
      .updateTable('meetings')
      .set((eb) => ({ record_enc: encryptJson(key, MEETING_RECORD_FIELD, plan.record), updated_at: ctx.now, version: eb('version', '+', 1) }))
      .where('id', '=', m.id)
      .execute();
    for (const r of plan.rectified) {
      if (r.planActionId !== null) {
        await trx
          .updateTable('plan_actions')
          .set((eb) => ({ description_enc: encryptField(key, PLAN_ACTION_FIELD, r.content), updated_at: ctx.now, version: eb('version', '+', 1) }))
          .where('id', '=', r.planActionId)
          .where('case_id', '=', ctx.caseId)
          .execute();
      }
      await recordEffect(deps, trx, ctx, { meetingId: m.id, itemKind: r.kind, planActionId: r.planActionId, effect: 'rectified' }, null, null);
      done.push({ meetingId: m.id, itemKind: r.kind, planActionId: r.planActionId, effect: 'rectified' });
    }
  }
  return { ok: true, done };
}

/** The meeting items a restriction request kept apart (restriction, not an upheld objection). */
export async function restrictedMeetingItems(trx: Trx, requestId: string) {
  return trx.selectFrom('restricted_meeting_items').selectAll().where('restricted_by_request', '=', requestId).orderBy('restricted_at').orderBy('id').execute();
}

/** Lifting (AVG art. 18.3): each restricted meeting item returns to its record and lists. */
export async function liftMeetingItems(
  deps: ServiceDeps,
  trx: Trx,
  ctx: Omit<MeetingEffectContext, 'partnerId'>,
  ids: readonly string[],
  reasonEnc: Buffer,
  informedAt: Date,
): Promise<{ meetingId: string; itemKind: MeetingItemRef['kind']; planActionId: string | null }[]> {
  if (ids.length === 0) return [];
  const key = await optionalCaseKey(deps, trx, ctx.caseId);
  if (key === undefined) return [];
  const rows = (await restrictedMeetingItems(trx, ctx.requestId)).filter((r) => ids.includes(r.id));
  const out: { meetingId: string; itemKind: MeetingItemRef['kind']; planActionId: string | null }[] = [];
  for (const r of rows) {
    const m = await trx.selectFrom('meetings').select(['record_enc']).where('id', '=', r.meeting_id).executeTakeFirstOrThrow();
    const record = m.record_enc === null ? {} : (decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as MeetingRecordItems);
    const item = decryptJson(key, `${RESTRICTED_ITEM_FIELD}.${r.kind}`, r.item_enc);
    const restored = restoreMeetingItem(record, { kind: r.kind, item } as MeetingItemRef);
    await trx
      .updateTable('meetings')
      .set((eb) => ({ record_enc: encryptJson(key, MEETING_RECORD_FIELD, restored), updated_at: ctx.now, version: eb('version', '+', 1) }))
      .where('id', '=', r.meeting_id)
      .execute();
    if (r.plan_action_id !== null) {
      await trx
        .updateTable('plan_actions')
        .set((eb) => ({ restricted_at: null, restriction_kind: null, restricted_by_request: null, updated_at: ctx.now, version: eb('version', '+', 1) }))
        .where('id', '=', r.plan_action_id)
        .execute();
    }
    await trx.deleteFrom('restricted_meeting_items').where('id', '=', r.id).execute();
    await recordEffect(deps, trx, { ...ctx, partnerId: r.partner_id }, { meetingId: r.meeting_id, itemKind: r.kind, planActionId: r.plan_action_id, effect: 'restriction_lifted' }, reasonEnc, informedAt);
    out.push({ meetingId: r.meeting_id, itemKind: r.kind, planActionId: r.plan_action_id });
  }
  return out;
}
