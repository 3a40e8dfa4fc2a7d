/**
 * The presence lookup (P14, "dat-gegevens"): whether a person is known in a case, and which
 * process director to contact; nothing more. The service matches the subject (by BSN, or by name
 * and birth date, in this and other collaborations) and passes the candidates with the facts of
 * the case being screened; this function decides what may be said and what must be logged.
 *
 * Only a process director may ask, for a live case of its own collaboration that it handles, on
 * behalf of that case's registrant (an active partner), and at most the collaboration's configured
 * number of lookups per hour (seed 003 Bijlage 3 Fase 1; finding M2). What counts:
 * - in the asker's own collaboration: active cases, and archived (step 2) dossiers, of which it
 *   stays findable that the person was handled there ("nog wel vindbaar", seed 003 B3-F4);
 * - in another collaboration: only active cases that were decided there: accepted (past
 *   screening) and, where the collaboration stores nothing before pickup, picked up. An undecided
 *   signal elsewhere is not revealed.
 * The answer names one contact, preferring an active case of the own collaboration, so it reveals
 * neither how many cases match nor their phase, partners or content.
 */
import { ACTIVE_PHASES } from '../model.js';
import type { Actor, CaseId, CollaborationId, LegalBasisKind, PartnerId, Phase, Purpose, UserId } from '../model.js';

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
  /** Decided where it is: accepted (past screening) and, where the collaboration stores nothing before pickup, picked up. */
  readonly decided: boolean;
  readonly processDirector: ProcessDirectorContact;
}

/** The case being screened, as far as the lookup needs it; null when the asker cannot see it. */
export interface PresenceCaseFacts {
  readonly id: CaseId;
  readonly collaborationId: CollaborationId;
  readonly phase: Phase;
  readonly registrant: PartnerId;
  /** The asker is a process director acting in this case. */
  readonly handledByAsker: boolean;
  /**
   * The legal basis the registrant registered the case on: in screening the process director
   * works under the registrant's basis (seed 003 Bijlage 3 Fase 1, "dezelfde als de grondslag die
   * geldt voor de aanmeldende partner"), so a lookup for the case is made on it. Null: unknown.
   */
  readonly registrationBasis: LegalBasisKind | null;
}

export interface PresenceQuery {
  readonly asker: Actor;
  /** The registrant partner the process director acts for. */
  readonly onBehalfOf: PartnerId | null;
  /** The case being screened (required), excluded from its own lookup. */
  readonly forCaseId: CaseId | null;
  readonly forCase: PresenceCaseFacts | null;
  /** Lookups this user made in the hour before `now`, and the collaboration's limit per hour. */
  readonly lookupsInLastHour: number;
  readonly maxPerHour: number;
  /** Opaque reference to the looked-up person for the audit trail (never a name or BSN, P16). */
  readonly subjectRef: string;
}

export type PresenceRefusal =
  | 'P14_not_process_director'
  | 'P14_no_case'
  | 'P14_case_not_live'
  | 'P14_not_screening'
  | 'P14_not_handling_case'
  | 'P14_no_on_behalf_of'
  | 'P14_on_behalf_of_not_registrant'
  | 'P14_on_behalf_of_not_active_partner'
  | 'P14_rate_limited';

export type PresenceAnswer =
  | { readonly known: false }
  | { readonly known: true; readonly contact: ProcessDirectorContact; readonly archived: boolean };

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
  /** NEN 7513 (finding M9): why the lookup was made (screening of the case) and on which basis. */
  readonly purpose: Purpose;
  readonly legalBasisKind: LegalBasisKind | null;
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
  const forCase = query.forCase;
  if (forCase === null || forCase.id !== query.forCaseId || forCase.collaborationId !== query.asker.collaborationId) return 'P14_no_case';
  if (!ACTIVE.has(forCase.phase)) return 'P14_case_not_live';
  // Seed 003 Bijlage 3 Fase 1: the check belongs to screening ("in deze fase ook checken").
  if (forCase.phase !== 'screening') return 'P14_not_screening';
  if (!forCase.handledByAsker) return 'P14_not_handling_case';
  if (query.onBehalfOf === null || query.onBehalfOf.trim() === '') return 'P14_no_on_behalf_of';
  if (query.onBehalfOf !== forCase.registrant) return 'P14_on_behalf_of_not_registrant';
  if (!activePartners.has(query.onBehalfOf)) return 'P14_on_behalf_of_not_active_partner';
  if (query.lookupsInLastHour >= query.maxPerHour) return 'P14_rate_limited';
  return null;
}

/** Preference among matches: an active case of the own collaboration, then one elsewhere, then an own archived dossier. */
function rank(c: PresenceCandidate, own: CollaborationId): number | null {
  if (c.collaborationId === own) {
    if (ACTIVE.has(c.phase)) return 0;
    return c.phase === 'archived' ? 2 : null;
  }
  return ACTIVE.has(c.phase) && c.decided ? 1 : null;
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
    purpose: 'screening',
    // Only a case of the asker's own collaboration lends its basis; a refused lookup without one names none.
    legalBasisKind: query.forCase !== null && query.forCase.collaborationId === query.asker.collaborationId ? query.forCase.registrationBasis : null,
    disclosedCaseId,
    at: now,
  });

  const refusal = refusalOf(query, activePartners);
  if (refusal !== null) {
    return { ok: false, reason: refusal, audit: [fact(query.asker.collaborationId, 'presence_lookup', 'refused', refusal, null)] };
  }

  let chosen: PresenceCandidate | null = null;
  let chosenRank = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c.caseId === query.forCaseId) continue;
    const r = rank(c, query.asker.collaborationId);
    if (r !== null && r < chosenRank) {
      chosen = c;
      chosenRank = r;
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
  return { ok: true, answer: { known: true, contact, archived: chosen.phase === 'archived' }, audit };
}
