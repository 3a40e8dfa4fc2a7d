/**
 * Reading the items of a session with need-to-know (ADR 0050): which items the reader may open —
 * invited to the item's case discussion or staff of the case, and allowed by the access engine's
 * case relation — and the neutral line for the others. Used by the session view, the action list
 * and the agenda document.
 */
import { caseRelation } from '../../domain/access/decide.js';
import { defaultPurpose } from '../../domain/access/phase-purposes.js';
import type { Purpose } from '../../domain/model.js';
import { itemVisibleTo, neutralLine } from '../../domain/sessions/need-to-know.js';
import type { AgendaReason } from '../../domain/sessions/agenda.js';
import { loadCaseFacts } from '../../store/repositories/case-facts.repository.js';
import { domainActor } from '../access-gate.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';

export interface OpenItem {
  readonly visible: true;
  readonly itemId: string;
  readonly position: number;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly meetingId: string;
  readonly reason: AgendaReason;
  readonly purpose: Purpose;
  /** The reader acts as staff of the case (sees every action, may record). */
  readonly staff: boolean;
}

export interface ClosedItem {
  readonly visible: false;
  readonly itemId: string;
  readonly position: number;
  readonly caseNumber: string;
  /** "<case number> — niet voor u": never a name, never a reason. */
  readonly line: string;
}

export type SessionItem = OpenItem | ClosedItem;

export async function sessionItems(deps: ServiceDeps, trx: Trx, actor: SessionActor, sessionId: string): Promise<SessionItem[]> {
  const rows = await trx.selectFrom('meeting_session_items').selectAll().where('session_id', '=', sessionId).orderBy('position').execute();
  if (rows.length === 0) return [];
  const caseIds = rows.map((r) => r.case_id);
  const [invitations, staff] = await Promise.all([
    trx.selectFrom('meeting_invitations').select(['meeting_id', 'user_id']).where('meeting_id', 'in', rows.map((r) => r.meeting_id)).execute(),
    trx.selectFrom('case_staff').select(['case_id', 'user_id']).where('case_id', 'in', caseIds).where('ended_at', 'is', null).execute(),
  ]);
  const now = deps.now().getTime();
  const items: SessionItem[] = [];
  for (const r of rows) {
    const audience = {
      invitedUserIds: invitations.filter((i) => i.meeting_id === r.meeting_id).map((i) => i.user_id),
      staffUserIds: staff.filter((s) => s.case_id === r.case_id).map((s) => s.user_id),
    };
    let open: OpenItem | null = null;
    if (itemVisibleTo(actor.userId, audience)) {
      // Invited is not enough on its own: the access engine decides the read for the case's phase.
      const loaded = await loadCaseFacts(trx, r.case_id);
      const purpose = loaded === null ? null : defaultPurpose(loaded.facts.phase);
      if (loaded !== null && purpose !== null && caseRelation(domainActor(actor), loaded.facts, purpose, now) === null) {
        open = { visible: true, itemId: r.id, position: r.position, caseId: r.case_id, caseNumber: r.case_number, meetingId: r.meeting_id, reason: r.reason, purpose, staff: audience.staffUserIds.includes(actor.userId) };
      }
    }
    items.push(open ?? { visible: false, itemId: r.id, position: r.position, caseNumber: r.case_number, line: neutralLine(r.case_number) });
  }
  return items;
}
