/**
 * Who opens a rights request (P15; domain/rights/partner-answers.ts): the privacy office, or the
 * contact of a partner it was routed to. A refusal names the rule and is audited.
 */
import { rightsRequestReader } from '../../domain/rights/partner-answers.js';
import type { PartnerAnswer, RightsRequestReader } from '../../domain/rights/partner-answers.js';
import type { NoticeUser } from '../../domain/notifications/recipients.js';
import { refuse } from '../access-gate.js';
import { mayDo } from '../governance/role-guard.js';
import type { AuditEntry, SessionActor, Trx } from '../ports.js';
import { P15_MESSAGES } from './rights-request-records.js';

export const routedPartners = (routedTo: unknown): string[] => (Array.isArray(routedTo) ? routedTo.filter((p): p is string => typeof p === 'string') : []);

export function requireRightsReader(actor: SessionActor, routedTo: readonly string[], users: readonly NoticeUser[], entry: AuditEntry): Exclude<RightsRequestReader, null> {
  const reader = rightsRequestReader(actor, mayDo(actor, 'rights.handle'), routedTo, users);
  if (reader !== null) return reader;
  return refuse(entry, { rule: 'P15', reason: 'P15_not_routed_to_you', messages: P15_MESSAGES.P15_not_routed_to_you });
}

export async function partnerAnswers(trx: Trx, requestIds: readonly string[]): Promise<Map<string, PartnerAnswer[]>> {
  const out = new Map<string, PartnerAnswer[]>();
  if (requestIds.length === 0) return out;
  const rows = await trx
    .selectFrom('rights_request_partner_answers')
    .select(['request_id', 'partner_id', 'outcome', 'refusal_ground', 'answered_at'])
    .where('request_id', 'in', [...requestIds])
    .orderBy('answered_at')
    .execute();
  for (const r of rows) {
    const list = out.get(r.request_id) ?? [];
    list.push({ partnerId: r.partner_id, outcome: r.outcome, refusalGround: r.refusal_ground, answeredAt: r.answered_at.getTime() });
    out.set(r.request_id, list);
  }
  return out;
}
