/**
 * The presence lookup (P14, "dat-gegevens"): whether a person is known in an active case, and which
 * process director to contact; nothing more. The service matches the subject (in this and other
 * collaborations, possibly other installations) and passes the candidates; this function decides
 * what may be said and what must be logged.
 *
 * Only a process director may ask, and only on behalf of an active partner of its own collaboration
 * (the registrant). Candidates in a non-active phase (archived, deleted, rejected, referred) never
 * count. The answer names one contact, preferring the asker's own collaboration, so it reveals
 * neither how many cases match nor their phase, partners or content.
 */
import { ACTIVE_PHASES } from '../model.js';
import type { Actor, CaseId, CollaborationId, PartnerId, Phase, UserId } from '../model.js';

export interface ProcessDirectorContact {
  readonly collaborationId: CollaborationId;
  /** The collaboration's own name, so the asker knows which ZVH to call. */
  readonly collaborationName: string;
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
}

/** A case in which the subject matched. */
export interface PresenceCandidate {
  readonly caseId: CaseId;
  readonly collaborationId: CollaborationId;
  readonly phase: Phase;
  readonly processDirector: ProcessDirectorContact;
}

export interface PresenceQuery {
  readonly asker: Actor;
  /** The registrant partner the process director acts for. */
  readonly onBehalfOf: PartnerId | null;
  /** The case being screened, excluded from its own lookup. */
  readonly forCaseId: CaseId | null;
  /** Opaque reference to the looked-up person for the audit trail (never a name or BSN, P16). */
  readonly subjectRef: string;
}

export type PresenceRefusal = 'P14_not_process_director' | 'P14_no_on_behalf_of' | 'P14_on_behalf_of_not_active_partner';

export type PresenceAnswer =
  | { readonly known: false }
  | { readonly known: true; readonly contact: ProcessDirectorContact };

/** What the service must log, per collaboration involved (P14 "logged", P16). */
export interface PresenceAuditFact {
  readonly action: 'presence_lookup' | 'presence_disclosed';
  /** The collaboration whose log receives this fact. */
  readonly collaborationId: CollaborationId;
  readonly askerUserId: UserId;
  readonly askerPartnerId: PartnerId;
  readonly askerCollaborationId: CollaborationId;
  readonly onBehalfOf: PartnerId | null;
  readonly forCaseId: CaseId | null;
  readonly subjectRef: string;
  readonly outcome: 'known' | 'not_known' | 'refused';
  readonly refusal: PresenceRefusal | null;
  /** For `presence_disclosed`: the case of this collaboration whose presence was disclosed. */
  readonly disclosedCaseId: CaseId | null;
  readonly at: number;
}

export type PresenceResult =
  | { readonly ok: true; readonly answer: PresenceAnswer; readonly audit: readonly PresenceAuditFact[] }
  | { readonly ok: false; readonly reason: PresenceRefusal; readonly audit: readonly PresenceAuditFact[] };

const ACTIVE: ReadonlySet<Phase> = new Set(ACTIVE_PHASES);

function refusalOf(query: PresenceQuery, activePartners: ReadonlySet<PartnerId>): PresenceRefusal | null {
  if (query.asker.role !== 'process_director') return 'P14_not_process_director';
  if (query.onBehalfOf === null || query.onBehalfOf.trim() === '') return 'P14_no_on_behalf_of';
  if (!activePartners.has(query.onBehalfOf)) return 'P14_on_behalf_of_not_active_partner';
  return null;
}

/**
 * Decides a presence lookup.
 * @param activePartners the active covenant partners of the asker's collaboration at `now`.
 */
export function presenceLookup(
  query: PresenceQuery,
  candidates: readonly PresenceCandidate[],
  activePartners: ReadonlySet<PartnerId>,
  now: number,
): PresenceResult {
  const fact = (
    collaborationId: CollaborationId,
    action: PresenceAuditFact['action'],
    outcome: PresenceAuditFact['outcome'],
    refusal: PresenceRefusal | null,
    disclosedCaseId: CaseId | null,
  ): PresenceAuditFact => ({
    action,
    collaborationId,
    askerUserId: query.asker.userId,
    askerPartnerId: query.asker.partnerId,
    askerCollaborationId: query.asker.collaborationId,
    onBehalfOf: query.onBehalfOf,
    forCaseId: query.forCaseId,
    subjectRef: query.subjectRef,
    outcome,
    refusal,
    disclosedCaseId,
    at: now,
  });

  const refusal = refusalOf(query, activePartners);
  if (refusal !== null) {
    return { ok: false, reason: refusal, audit: [fact(query.asker.collaborationId, 'presence_lookup', 'refused', refusal, null)] };
  }

  let chosen: PresenceCandidate | null = null;
  for (const c of candidates) {
    if (!ACTIVE.has(c.phase) || c.caseId === query.forCaseId) continue;
    if (chosen === null || (chosen.collaborationId !== query.asker.collaborationId && c.collaborationId === query.asker.collaborationId)) {
      chosen = c;
    }
  }
  if (chosen === null) {
    return { ok: true, answer: { known: false }, audit: [fact(query.asker.collaborationId, 'presence_lookup', 'not_known', null, null)] };
  }
  const p = chosen.processDirector;
  const contact: ProcessDirectorContact = {
    collaborationId: p.collaborationId,
    collaborationName: p.collaborationName,
    name: p.name,
    phone: p.phone,
    email: p.email,
  };
  const audit: PresenceAuditFact[] = [fact(query.asker.collaborationId, 'presence_lookup', 'known', null, null)];
  audit.push(fact(chosen.collaborationId, 'presence_disclosed', 'known', null, chosen.caseId));
  return { ok: true, answer: { known: true, contact }, audit };
}
