/**
 * Shared reading of rights requests (P15): the row, its sealed details (who asked, an extension's
 * reason, a refusal's motivation), the collaboration's answer term and where the request stands.
 */
import { answerTermOf } from '../../domain/rights/answer-term.js';
import { rightsRequestStatus } from '../../domain/rights/deadline.js';
import type { AnswerTerm, DeadlineExtension, DeadlineRefusal, RightsRequestStatus } from '../../domain/rights/deadline.js';
import type { RefusalCheck } from '../../domain/rights/refusal-grounds.js';
import type { RightsRequestKind } from '../../domain/model.js';
import type { MasterKeyRing } from '../../crypto/master-key.js';
import { notFound } from '../app-error.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { openDetails, sealDetails } from './sealed-details.js';

export const RIGHTS_REQUEST = { nl: 'Rechtenverzoek', en: 'Rights request' };
const LABEL = 'rights_request.details';

export interface RequestDetails {
  /** Who asked and how to reach them. */
  readonly requester: string;
  readonly extension?: DeadlineExtension;
  readonly refusal?: { readonly regime: string; readonly ground: string; readonly partial: boolean; readonly motivation: string };
}

export const sealRequestDetails = (keys: MasterKeyRing, id: string, details: RequestDetails): Buffer => sealDetails(keys, LABEL, id, details);

export function openRequestDetails(keys: MasterKeyRing, id: string, sealed: Buffer | null): RequestDetails {
  return sealed === null ? { requester: '' } : (openDetails(keys, LABEL, id, sealed) as RequestDetails);
}

export async function answerTerm(deps: ServiceDeps, trx: Trx, collaborationId: string): Promise<AnswerTerm> {
  return answerTermOf((await deps.collaborationConfig(trx, collaborationId)).rightsRequestDeadline);
}

export const REQUEST_COLUMNS = [
  'id',
  'collaboration_id',
  'case_id',
  'subject_id',
  'kind',
  'registered_at',
  'handler_user_id',
  'deadline_at',
  'extended_until',
  'requester_enc',
  'routed_to',
  'status',
  'refusal_ground',
  'answered_at',
  'closed_at',
] as const;

export async function loadRequest(trx: Trx, collaborationId: string, id: string) {
  const row = await trx.selectFrom('rights_requests').select(REQUEST_COLUMNS).where('id', '=', id).where('collaboration_id', '=', collaborationId).executeTakeFirst();
  if (row === undefined) throw notFound(RIGHTS_REQUEST);
  return row;
}

export type RequestRow = Awaited<ReturnType<typeof loadRequest>>;

export interface RightsRequestView {
  readonly id: string;
  readonly kind: RightsRequestKind;
  readonly caseId: string | null;
  readonly subjectId: string | null;
  readonly handlerUserId: string;
  readonly registeredAt: string;
  readonly deadlineAt: string;
  readonly extendedUntil: string | null;
  readonly dueAt: string;
  /** `open`, `overdue`, `answered`, `answered_late`, or `refused` / `withdrawn`. */
  readonly status: RightsRequestStatus | 'refused' | 'withdrawn';
  readonly routedTo: readonly string[];
  readonly refusalGround: string | null;
  readonly answeredAt: string | null;
}

export function requestView(row: RequestRow, details: RequestDetails, term: AnswerTerm, now: number): RightsRequestView {
  const computed = rightsRequestStatus(
    { receivedAt: row.registered_at.getTime(), extension: details.extension ?? null, answeredAt: row.answered_at?.getTime() ?? null },
    term,
    now,
  );
  return {
    id: row.id,
    kind: row.kind as RightsRequestKind,
    caseId: row.case_id,
    subjectId: row.subject_id,
    handlerUserId: row.handler_user_id,
    registeredAt: row.registered_at.toISOString(),
    deadlineAt: row.deadline_at.toISOString(),
    extendedUntil: row.extended_until?.toISOString() ?? null,
    dueAt: new Date(computed.dueAt).toISOString(),
    status: row.status === 'refused' || row.status === 'withdrawn' ? row.status : computed.status,
    routedTo: Array.isArray(row.routed_to) ? (row.routed_to) : [],
    refusalGround: row.refusal_ground,
    answeredAt: row.answered_at?.toISOString() ?? null,
  };
}

/** Reason codes of the P15 rules in both languages. */
export type P15Reason =
  | DeadlineRefusal
  | Exclude<RefusalCheck, { ok: true }>['reason']
  | 'P15_request_closed'
  | 'P15_not_an_access_request'
  | 'P15_not_routed_to_partner'
  | 'P15_partner_already_answered'
  | 'P15_not_routed_to_you';

export const P15_MESSAGES: Readonly<Record<P15Reason, { nl: string; en: string }>> = {
  P15_extension_too_long: { nl: 'Verlengen kan met ten hoogste twee maanden.', en: 'An extension is at most two months.' },
  P15_extension_without_reason: { nl: 'Een verlenging heeft een reden nodig.', en: 'An extension needs a reason.' },
  P15_extension_after_deadline: { nl: 'Verlengen moet binnen de eerste termijn.', en: 'An extension must be decided within the first term.' },
  P15_complaint_cannot_be_refused: { nl: 'Een klacht kan niet worden geweigerd.', en: 'A complaint cannot be refused.' },
  P15_ground_of_other_regime: { nl: 'Deze weigeringsgrond hoort niet bij het regime van deze gegevens (art. 41 UAVG of art. 27 Wpg).', en: 'This refusal ground does not belong to the regime of this data (art. 41 UAVG or art. 27 Wpg).' },
  P15_refusal_without_motivation: { nl: 'Een weigering heeft een motivering nodig.', en: 'A refusal needs a motivation.' },
  P15_request_closed: { nl: 'Dit verzoek is al afgehandeld.', en: 'This request has already been closed.' },
  P15_not_routed_to_partner: {
    nl: 'Dit verzoek is niet aan uw organisatie doorgezonden; alleen een partner wiens gegevens erbij betrokken zijn, beantwoordt het voor zijn deel.',
    en: 'This request was not routed to your organisation; only a partner whose data is involved answers it for its part.',
  },
  P15_partner_already_answered: { nl: 'Uw organisatie heeft dit verzoek al beantwoord.', en: 'Your organisation has already answered this request.' },
  P15_not_routed_to_you: {
    nl: 'U kunt dit verzoek niet inzien: alleen de privacyfunctionaris en de contactpersonen van de partners aan wie het is doorgezonden zien het (P15).',
    en: 'You cannot view this request: only the privacy officer and the contacts of the partners it was routed to see it (P15).',
  },
  P15_not_an_access_request: { nl: 'Een inzageoverzicht hoort bij een inzageverzoek over een betrokkene in een casus.', en: 'An access overview belongs to an access request about a subject in a case.' },
};
