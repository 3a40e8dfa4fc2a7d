/**
 * Gathers a case's meeting notes, plan goals and plan actions with the subjects each is about
 * (issue 13 item 1), for the access answer of one subject. The record's reason is about the case
 * as a whole; notes, goals and actions name their subjects (none: the whole case).
 */
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
import type { LifeDomain } from '../../domain/model.js';
import type { MeetingItem } from '../../domain/rights/meeting-items.js';
import { MEETING_RECORD_FIELD } from '../../store/repositories/case-state-meetings.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { optionalCaseKey } from '../phases/process-context.js';
import { PLAN_ACTION_FIELD } from '../meetings/save-meeting-record.js';
import { RESTRICTED_ITEM_FIELD } from './meeting-effects.js';

interface StoredRecord {
  readonly date?: string;
  readonly reason?: string;
  readonly notes?: readonly { readonly text: string; readonly subjects?: readonly string[] }[];
  readonly plan?: { readonly goals?: readonly { readonly domain: LifeDomain; readonly goal: string; readonly subjects?: readonly string[] }[] };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function caseMeetingItems(deps: ServiceDeps, trx: Trx, caseId: string): Promise<MeetingItem[]> {
  const key = await optionalCaseKey(deps, trx, caseId);
  if (key === undefined) return [];
  const meetings = await trx.selectFrom('meetings').select(['id', 'scheduled_at', 'held_at', 'record_enc']).where('case_id', '=', caseId).orderBy('scheduled_at').execute();
  const items: MeetingItem[] = [];
  const dateOf = new Map<string, string>();
  for (const m of meetings) {
    const date = (m.held_at ?? m.scheduled_at).toISOString();
    dateOf.set(m.id, date);
    if (m.record_enc === null) continue;
    const r = decryptJson(key, MEETING_RECORD_FIELD, m.record_enc) as StoredRecord;
    const base = { meetingId: m.id, date, owner: null };
    if (r.reason !== undefined) items.push({ ...base, kind: 'meeting_reason', domain: null, text: r.reason, subjects: [] });
    for (const n of r.notes ?? []) items.push({ ...base, kind: 'meeting_note', domain: null, text: n.text, subjects: list(n.subjects) });
    for (const g of r.plan?.goals ?? []) items.push({ ...base, kind: 'plan_goal', domain: g.domain, text: g.goal, subjects: list(g.subjects) });
  }
  const actions = await trx
    .selectFrom('plan_actions')
    .select(['meeting_id', 'life_domain', 'owner_partner_id', 'description_enc', 'subject_ids', 'created_at', 'restriction_kind'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const a of actions) {
    items.push({
      meetingId: a.meeting_id ?? '',
      kind: 'plan_action',
      date: (a.meeting_id === null ? undefined : dateOf.get(a.meeting_id)) ?? a.created_at.toISOString(),
      domain: a.life_domain as LifeDomain | null,
      owner: a.owner_partner_id,
      text: decryptField(key, PLAN_ACTION_FIELD, a.description_enc),
      subjects: list(a.subject_ids),
      ...(a.restriction_kind === null ? {} : { restriction: a.restriction_kind }),
    });
  }
  // Notes and goals a restriction or an upheld objection kept apart: still shown to the subject, marked.
  const apart = await trx.selectFrom('restricted_meeting_items').selectAll().where('case_id', '=', caseId).where('kind', '!=', 'plan_action').orderBy('restricted_at').orderBy('id').execute();
  for (const r of apart) {
    const item = decryptJson(key, `${RESTRICTED_ITEM_FIELD}.${r.kind}`, r.item_enc) as { text?: string; goal?: string; domain?: LifeDomain };
    const date = dateOf.get(r.meeting_id) ?? r.restricted_at.toISOString();
    items.push({
      meetingId: r.meeting_id,
      kind: r.kind,
      date,
      owner: null,
      domain: r.kind === 'plan_goal' ? (item.domain ?? null) : null,
      text: (r.kind === 'plan_goal' ? item.goal : item.text) ?? '',
      subjects: list(r.subject_ids),
      restriction: r.restriction_kind,
    });
  }
  return items;
}
