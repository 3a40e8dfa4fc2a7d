/**
 * The presence lookup (P14, "dat-gegevens"): a process director asks, on behalf of a registrant,
 * whether a person is known in an active case, here or in another collaboration on this
 * installation. The answer is yes/no plus one process director to contact; nothing else leaves.
 *
 * Matching is by the keyed BSN hash only (`subjects.bsn_hash`): a name and birth date would need
 * every name of every case decrypted, which is more processing than the question warrants.
 * The domain (`presenceLookup`) decides; this service gathers candidates and logs: the lookup in
 * `presence_lookups` (the query hash, never the BSN) and the audit log of the asker's
 * collaboration, and a `presence.disclosed` record in the audit log of the collaboration whose
 * case was disclosed. Everything happens in one transaction; a refusal is logged and then 403.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { isActivePartner } from '../../domain/access/decide.js';
import { ACTIVE_PHASES } from '../../domain/model.js';
import type { Phase } from '../../domain/model.js';
import { presenceLookup } from '../../domain/presence/presence-lookup.js';
import type { PresenceAuditFact, PresenceCandidate, PresenceRefusal, ProcessDirectorContact } from '../../domain/presence/presence-lookup.js';
import { validateBsn } from '../../domain/validation/bsn.js';
import { bsnHash } from '../../crypto/bsn-hash.js';
import { applyActingContext, systemContext } from '../../store/acting-context.js';
import { loadPartnerFacts } from '../../store/repositories/case-facts.repository.js';
import type { Database } from '../../store/schema.js';
import { actingContext, auditEntry } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { Messages } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { pickedUpAt } from '../../store/repositories/case-state.repository.js';

export interface PresenceLookupInput {
  readonly bsn: string;
  readonly onBehalfOfPartnerId: string;
  /** The case being screened, left out of its own lookup. */
  readonly forCaseId?: string | undefined;
}

export interface PresenceLookupAnswer {
  readonly lookupId: string;
  readonly known: boolean;
  readonly contact: Omit<ProcessDirectorContact, 'collaborationId'> | null;
}

const REFUSALS: Readonly<Record<PresenceRefusal, Messages>> = {
  P14_not_process_director: { nl: 'Alleen een procesregisseur kan een aanwezigheidsvraag stellen.', en: 'Only a process director can ask a presence lookup.' },
  P14_no_on_behalf_of: { nl: 'Vermeld namens welke aanmelder u de vraag stelt.', en: 'State on behalf of which registrant you ask.' },
  P14_on_behalf_of_not_active_partner: { nl: 'De aanmelder namens wie u vraagt is geen actieve convenantpartner.', en: 'The registrant you ask for is not an active covenant partner.' },
};

/**
 * Candidates in active cases of every collaboration on this installation. Row-Level Security
 * confines a user's transaction to its own collaboration and its own cases, so this one read runs
 * in the system's context and restores the actor's before anything else happens. It reads only
 * hashes, phases and the process directors' contact details: never a name or case content.
 */
async function findCandidates(trx: Transaction<Database>, deps: ServiceDeps, actor: SessionActor, bsn: string): Promise<PresenceCandidate[]> {
  await applyActingContext(trx, systemContext());
  try {
    const collaborations = await trx.selectFrom('collaborations').select(['id', 'name']).execute();
    const candidates: PresenceCandidate[] = [];
    for (const c of collaborations) {
      // A signal nobody picked up is not in the system yet (seed 004 Bijlage 3 stap 2-3): it is never revealed.
      const pickupNeeded = (await deps.collaborationConfig(trx, c.id)).process.storeOnlyAfterPickup;
      const found = await trx
        .selectFrom('subjects')
        .innerJoin('cases', 'cases.id', 'subjects.case_id')
        .select(['cases.id as caseId', 'cases.phase', 'cases.closing_criteria'])
        .where('subjects.collaboration_id', '=', c.id)
        .where('subjects.bsn_hash', '=', bsnHash(deps.bsnKey, c.id, bsn))
        .where('cases.phase', 'in', [...ACTIVE_PHASES])
        .execute();
      const rows = pickupNeeded ? found.filter((r) => pickedUpAt(r.closing_criteria) !== null) : found;
      for (const r of rows) {
        const director = await trx
          .selectFrom('case_staff')
          .innerJoin('users', 'users.id', 'case_staff.user_id')
          .select(['users.display_name', 'users.email'])
          .where('case_staff.case_id', '=', r.caseId)
          .where('case_staff.role', '=', 'process_director')
          .where('case_staff.ended_at', 'is', null)
          .orderBy('case_staff.assigned_at')
          .executeTakeFirst();
        if (director === undefined) continue;
        candidates.push({
          caseId: r.caseId,
          collaborationId: c.id,
          phase: r.phase as Phase,
          processDirector: { collaborationId: c.id, collaborationName: c.name, name: director.display_name, phone: null, email: director.email },
        });
      }
    }
    return candidates;
  } finally {
    await applyActingContext(trx, actingContext(actor));
  }
}

/** Audit records for other collaborations are written in the system's context (RLS lets a user append only to its own). */
async function appendFacts(trx: Transaction<Database>, deps: ServiceDeps, actor: SessionActor, facts: readonly PresenceAuditFact[]): Promise<void> {
  for (const f of facts) {
    const entry = auditEntry(deps, actor, {
      at: new Date(f.at),
      action: f.action === 'presence_lookup' ? 'presence.lookup' : 'presence.disclosed',
      collaborationId: f.collaborationId,
      onBehalfOfPartnerId: f.onBehalfOf,
      caseId: f.disclosedCaseId ?? f.forCaseId,
      outcome: f.outcome === 'refused' ? 'deny' : 'allow',
      rule: f.outcome === 'refused' ? 'P14' : null,
    });
    if (f.collaborationId === actor.collaborationId) {
      await deps.audit.append(trx, entry);
    } else {
      await applyActingContext(trx, systemContext());
      try {
        await deps.audit.append(trx, entry);
      } finally {
        await applyActingContext(trx, actingContext(actor));
      }
    }
  }
}

export async function lookupPresence(deps: ServiceDeps, actor: SessionActor, input: PresenceLookupInput): Promise<PresenceLookupAnswer> {
  const bsnCheck = validateBsn(input.bsn);
  if (!bsnCheck.ok) throw validationFailed([{ field: 'bsn', message: bsnCheck.message.nl }]);
  const outcome = await deps.database.withTransaction(actingContext(actor), async (trx) => {
    const now = deps.now();
    const partners = await loadPartnerFacts(trx, actor.collaborationId);
    const active = new Set([...partners.values()].filter((p) => isActivePartner(p, now.getTime())).map((p) => p.id));
    const lookupId = randomUUID();
    const query = { asker: { ...actor }, onBehalfOf: input.onBehalfOfPartnerId, forCaseId: input.forCaseId ?? null, subjectRef: lookupId };
    const precheck = presenceLookup(query, [], active, now.getTime());
    if (!precheck.ok) {
      await appendFacts(trx, deps, actor, precheck.audit);
      return { refused: precheck.reason } as const;
    }
    const candidates = await findCandidates(trx, deps, actor, input.bsn);
    const result = presenceLookup(query, candidates, active, now.getTime());
    if (!result.ok) {
      await appendFacts(trx, deps, actor, result.audit);
      return { refused: result.reason } as const;
    }
    const answer = result.answer;
    await trx
      .insertInto('presence_lookups')
      .values({
        id: lookupId,
        collaboration_id: actor.collaborationId,
        asked_by: actor.userId,
        on_behalf_of_partner_id: input.onBehalfOfPartnerId,
        query_hash: bsnHash(deps.bsnKey, actor.collaborationId, input.bsn),
        target_collaboration: answer.known ? answer.contact.collaborationId : null,
        found: answer.known,
        contact_user_id: null,
        asked_at: now,
      })
      .execute();
    await appendFacts(trx, deps, actor, result.audit);
    const contact = answer.known
      ? { collaborationName: answer.contact.collaborationName, name: answer.contact.name, phone: answer.contact.phone, email: answer.contact.email }
      : null;
    return { answer: { lookupId, known: answer.known, contact } } as const;
  });
  if ('refused' in outcome) throw new AppError('forbidden', REFUSALS[outcome.refused], { rule: 'P14', reason: outcome.refused });
  return outcome.answer;
}
