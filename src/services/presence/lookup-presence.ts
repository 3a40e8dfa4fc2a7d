/**
 * The presence lookup (P14, "dat-gegevens"): a process director asks, for a live case it handles
 * and on behalf of that case's registrant, whether a person is known in a case, here or in another
 * collaboration on this installation. The answer is yes/no plus one process director to contact
 * (and, for the own house, whether the dossier is archived); nothing else leaves.
 *
 * Matching is by the keyed BSN hash (`subjects.bsn_hash`) or, for persons registered without a
 * BSN, by the keyed hash of the normalised name and birth date (`subjects.name_birth_hash`): never
 * by decrypting names. The domain (`presenceLookup`) decides; this service gathers the facts (the
 * case being screened, the user's lookups in the last hour, the collaboration's limit) and the
 * candidates, and logs: the lookup in `presence_lookups` (the query hash, never the BSN or name,
 * kept only as long as the case it was asked for) and the audit log of the asker's collaboration,
 * and a `presence.disclosed` record in the audit log of the collaboration whose case was
 * disclosed. Everything happens in one transaction; a refusal is logged and then 403 (429 for the
 * hourly limit).
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { isActivePartner } from '../../domain/access/decide.js';
import { ACTIVE_PHASES } from '../../domain/model.js';
import type { Phase } from '../../domain/model.js';
import { personMatchKey } from '../../domain/presence/person-match.js';
import { presenceLookup } from '../../domain/presence/presence-lookup.js';
import type { PresenceAuditFact, PresenceCandidate, PresenceCaseFacts, PresenceRefusal, ProcessDirectorContact } from '../../domain/presence/presence-lookup.js';
import { validateBsn } from '../../domain/validation/bsn.js';
import { bsnHash, nameBirthHash } from '../../crypto/bsn-hash.js';
import { appendPresenceDisclosure, presenceCandidates, presenceCollaborations } from '../../store/system-steps.js';
import { parseCollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import { upgradeStoredConfig } from '../config-upgrade.js';
import { loadCaseFacts, loadPartnerFacts } from '../../store/repositories/case-facts.repository.js';
import type { Database } from '../../store/schema.js';
import { actingContext, auditEntry } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { FieldIssue, Messages } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { pickedUpAt } from '../../store/repositories/case-state.repository.js';
import { crossesLookupThreshold, DEFAULT_LOOKUP_VOLUME_ALERT } from '../../domain/presence/lookup-volume.js';
import { notify } from '../notifications/notify.js';

export interface PresenceLookupInput {
  readonly bsn?: string | undefined;
  /** Without a BSN: the person's name and birth date (YYYY-MM-DD). */
  readonly name?: string | undefined;
  readonly birthDate?: string | undefined;
  /** Defaults to the registrant of the case being screened; another partner is refused. */
  readonly onBehalfOfPartnerId?: string | undefined;
  /** The case being screened: a live case of the asker's collaboration that it handles. */
  readonly forCaseId: string;
}

export interface PresenceLookupAnswer {
  readonly lookupId: string;
  readonly known: boolean;
  /** The person is known only in an archived (step 2) dossier of the own collaboration. */
  readonly archived: boolean;
  readonly contact: Omit<ProcessDirectorContact, 'collaborationId'> | null;
}

const REFUSALS: Readonly<Record<PresenceRefusal, Messages>> = {
  P14_not_process_director: { nl: 'Alleen een procesregisseur kan een aanwezigheidsvraag stellen.', en: 'Only a process director can ask a presence lookup.' },
  P14_no_case: { nl: 'Een aanwezigheidsvraag hoort bij een casus van uw samenwerkingsverband die u screent.', en: 'A presence lookup belongs to a case of your collaboration that you are screening.' },
  P14_case_not_live: { nl: 'De casus waarvoor u vraagt loopt niet meer.', en: 'The case you ask for is no longer running.' },
  P14_not_screening: {
    nl: 'Een aanwezigheidsvraag stelt u alleen tijdens de screening van een casus: deze casus is al voorbij de screening.',
    en: 'You ask a presence lookup only while screening a case: this case is past screening.',
  },
  P14_not_handling_case: { nl: 'U bent niet de procesregisseur van de casus waarvoor u vraagt.', en: 'You are not the process director of the case you ask for.' },
  P14_no_on_behalf_of: { nl: 'Vermeld namens welke aanmelder u de vraag stelt.', en: 'State on behalf of which registrant you ask.' },
  P14_on_behalf_of_not_registrant: { nl: 'U vraagt alleen namens de aanmelder van deze casus.', en: 'You ask only on behalf of the registrant of this case.' },
  P14_on_behalf_of_not_active_partner: { nl: 'De aanmelder namens wie u vraagt is geen actieve convenantpartner.', en: 'The registrant you ask for is not an active covenant partner.' },
  P14_rate_limited: { nl: 'U hebt het maximum aantal aanwezigheidsvragen per uur bereikt; probeer het later opnieuw.', en: 'You reached the maximum number of presence lookups per hour; try again later.' },
};

/** The phases in which a person counts as known: a live case, or an archived (step 2) dossier. */
const LOOKUP_PHASES: ReadonlySet<Phase> = new Set<Phase>([...ACTIVE_PHASES, 'archived']);

/** How the person is looked up: its keyed hash in a collaboration, by BSN or by name and birth date. */
type Probe = { readonly by: 'bsn'; readonly bsn: string } | { readonly by: 'name_birth'; readonly key: string };

function probeHash(deps: ServiceDeps, collaborationId: string, probe: Probe): Buffer {
  return probe.by === 'bsn' ? bsnHash(deps.bsnKey, collaborationId, probe.bsn) : nameBirthHash(deps.bsnKey, collaborationId, probe.key);
}

function probeOf(input: PresenceLookupInput): Probe {
  const issues: FieldIssue[] = [];
  if (input.bsn !== undefined) {
    const check = validateBsn(input.bsn);
    if (check.ok) return { by: 'bsn', bsn: input.bsn };
    issues.push({ field: 'bsn', message: check.message.nl });
  } else {
    if (input.name === undefined || input.name.trim() === '') issues.push({ field: 'name', message: 'vul het BSN in, of de naam en de geboortedatum' });
    if (input.birthDate === undefined) issues.push({ field: 'birthDate', message: 'vul het BSN in, of de naam en de geboortedatum' });
    const key = input.name === undefined || input.birthDate === undefined ? null : personMatchKey(input.name, input.birthDate);
    if (key !== null) return { by: 'name_birth', key };
    if (issues.length === 0) issues.push({ field: 'birthDate', message: 'gebruik een bestaande datum als JJJJ-MM-DD' });
  }
  throw validationFailed(issues);
}

/**
 * Candidates in every collaboration of this installation. Row-Level Security confines a user's
 * transaction to its own collaboration and its own cases, so this read is two step functions of
 * the database (migration 240, for a process director only, in this transaction): the
 * collaborations with their configuration, then the cases of a subject with the keyed hash of each
 * collaboration. It reads only hashes, phases, whether a case was picked up, and the process
 * directors' contact details: never a name or case content.
 */
async function findCandidates(trx: Transaction<Database>, deps: ServiceDeps, probe: Probe): Promise<PresenceCandidate[]> {
  const collaborations = await presenceCollaborations(trx);
  const pickupNeeded = new Map<string, boolean>();
  for (const c of collaborations) {
    const parsed = parseCollaborationConfig(upgradeStoredConfig(c.config));
    if (!parsed.ok) throw new AppError('internal', { nl: 'De configuratie van een samenwerkingsverband is ongeldig.', en: "A collaboration's configuration is invalid." });
    pickupNeeded.set(c.id, parsed.config.process.storeOnlyAfterPickup);
  }
  const names = new Map(collaborations.map((c) => [c.id, c.name]));
  const rows = await presenceCandidates(trx, probe.by, collaborations.map((c) => ({ collaborationId: c.id, hash: probeHash(deps, c.id, probe) })));
  const candidates: PresenceCandidate[] = [];
  for (const c of collaborations) {
    for (const r of rows.filter((row) => row.collaboration_id === c.id)) {
      const needed = pickupNeeded.get(c.id) === true;
      // A signal nobody picked up is not in the system yet (seed 004 Bijlage 3 stap 2-3): it is never revealed.
      if (needed && pickedUpAt({ pickup: { pickedUpAt: r.picked_up_at } }) === null) continue;
      const phase = r.phase as Phase;
      if (!LOOKUP_PHASES.has(phase)) continue;
      candidates.push({
        caseId: r.case_id,
        collaborationId: c.id,
        phase,
        // Decided where it is: picked up where that is needed (the others are left out above), else accepted (past screening).
        decided: needed || phase !== 'screening',
        processDirector: { collaborationId: c.id, collaborationName: names.get(c.id) ?? '', name: r.director_name, phone: null, email: r.director_email },
      });
    }
  }
  return candidates;
}

/** Audit records for other collaborations are written by a step function (RLS lets a user append only to its own). */
async function appendFacts(trx: Transaction<Database>, deps: ServiceDeps, actor: SessionActor, facts: readonly PresenceAuditFact[]): Promise<void> {
  for (const f of facts) {
    const entry = auditEntry(deps, actor, {
      at: new Date(f.at),
      action: f.action === 'presence_lookup' ? 'presence.lookup' : 'presence.disclosed',
      collaborationId: f.collaborationId,
      onBehalfOfPartnerId: f.onBehalfOf,
      caseId: f.disclosedCaseId ?? f.forCaseId,
      purpose: f.purpose,
      legalBasisKind: f.legalBasisKind,
      outcome: f.outcome === 'refused' ? 'deny' : 'allow',
      rule: f.outcome === 'refused' ? 'P14' : null,
    });
    if (f.collaborationId === actor.collaborationId) {
      await deps.audit.append(trx, entry);
    } else if (f.action === 'presence_disclosed' && f.disclosedCaseId !== null) {
      // The other collaboration's log: a step function (migration 240) writes it as this user, only
      // for a lookup of this user, in this transaction, that found the person there.
      await appendPresenceDisclosure(trx, {
        at: entry.at ?? deps.now(),
        collaborationId: f.collaborationId,
        caseId: f.disclosedCaseId,
        onBehalfOfPartnerId: entry.onBehalfOfPartnerId ?? null,
        purpose: entry.purpose ?? null,
        legalBasisKind: entry.legalBasisKind ?? null,
        accessPoint: entry.accessPoint,
      });
    } else {
      throw new AppError('internal', { nl: 'Alleen een onthulling wordt gelogd bij een ander samenwerkingsverband.', en: 'Only a disclosure is logged in another collaboration.' });
    }
  }
}

/** The case being screened, as the asker sees it (Row-Level Security hides other collaborations' cases). */
async function forCaseFacts(trx: Transaction<Database>, actor: SessionActor, caseId: string): Promise<PresenceCaseFacts | null> {
  const loaded = await loadCaseFacts(trx, caseId);
  if (loaded === null) return null;
  const { row, facts } = loaded;
  const handled = facts.processDirectors.has(actor.userId) || (facts.allDirectorsSeeAll && actor.role === 'process_director');
  const registration = [...facts.contributions.values()].find((c) => c.category === 'registration' && c.by === row.registrantPartnerId);
  return { id: row.id, collaborationId: row.collaborationId, phase: row.phase, registrant: row.registrantPartnerId, handledByAsker: handled, registrationBasis: registration?.basis.kind ?? null };
}

/**
 * Tells the collaboration's privacy officers that one user reached the configured number of
 * lookups in the window (finding M2 follow-up), in their inbox (the e-mail only says an alert
 * waits), and audits the alert under the user it is about. In the asker's own context: colleagues'
 * user rows (not their credentials) are readable within the collaboration, and anyone acting in it
 * may notify a colleague and append to its log (migrations 005, 009, 080), so this step needs no
 * system context and no step function.
 */
async function alertPrivacyOfficers(trx: Transaction<Database>, deps: ServiceDeps, actor: SessionActor, alert: { readonly lookups: number; readonly withinHours: number }): Promise<void> {
  const officers = await trx.selectFrom('users').select('id').where('collaboration_id', '=', actor.collaborationId).where('role', '=', 'privacy_officer').where('active', '=', true).execute();
  const at = deps.now();
  await notify(deps, trx, {
    kind: 'presence_lookup_volume',
    collaborationId: actor.collaborationId,
    userIds: officers.map((o) => o.id),
    link: `/audit?userId=${actor.userId}&action=presence.lookup`,
    refId: actor.userId,
    key: `presence-volume:${actor.userId}:${at.toISOString()}`,
    message: `${actor.displayName} deed ${alert.lookups} aanwezigheidsvragen binnen ${alert.withinHours} uur / asked ${alert.lookups} presence lookups within ${alert.withinHours} hours.`,
  });
  await deps.audit.append(trx, auditEntry(deps, actor, { action: 'presence.volume_alert', rule: 'P14', purpose: 'screening' }));
}

export async function lookupPresence(deps: ServiceDeps, actor: SessionActor, input: PresenceLookupInput): Promise<PresenceLookupAnswer> {
  const probe = probeOf(input);
  const outcome = await deps.database.withTransaction(actingContext(actor), async (trx) => {
    const now = deps.now();
    const partners = await loadPartnerFacts(trx, actor.collaborationId);
    const active = new Set([...partners.values()].filter((p) => isActivePartner(p, now.getTime())).map((p) => p.id));
    const forCase = actor.role === 'process_director' ? await forCaseFacts(trx, actor, input.forCaseId) : null;
    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const recent = await trx
      .selectFrom('presence_lookups')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('asked_by', '=', actor.userId)
      .where('asked_at', '>', new Date(now.getTime() - 3_600_000))
      .executeTakeFirstOrThrow();
    const lookupId = randomUUID();
    const query = {
      asker: { ...actor },
      onBehalfOf: input.onBehalfOfPartnerId ?? forCase?.registrant ?? null,
      forCaseId: input.forCaseId,
      forCase,
      lookupsInLastHour: Number(recent.n),
      maxPerHour: config.presenceLookup.maxPerUserPerHour,
      subjectRef: lookupId,
    };
    const precheck = presenceLookup(query, [], active, now.getTime());
    if (!precheck.ok) {
      await appendFacts(trx, deps, actor, precheck.audit);
      return { refused: precheck.reason } as const;
    }
    const candidates = await findCandidates(trx, deps, probe);
    const result = presenceLookup(query, candidates, active, now.getTime());
    if (!result.ok) {
      await appendFacts(trx, deps, actor, result.audit);
      return { refused: result.reason } as const;
    }
    const answer = result.answer;
    const alert = config.presenceLookup.alert ?? DEFAULT_LOOKUP_VOLUME_ALERT;
    const inWindow = await trx
      .selectFrom('presence_lookups')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('asked_by', '=', actor.userId)
      .where('asked_at', '>', new Date(now.getTime() - alert.withinHours * 3_600_000))
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('presence_lookups')
      .values({
        id: lookupId,
        collaboration_id: actor.collaborationId,
        asked_by: actor.userId,
        on_behalf_of_partner_id: query.onBehalfOf,
        for_case_id: input.forCaseId,
        query_hash: probeHash(deps, actor.collaborationId, probe),
        target_collaboration: answer.known ? answer.contact.collaborationId : null,
        found: answer.known,
        contact_user_id: null,
        asked_at: now,
      })
      .execute();
    await appendFacts(trx, deps, actor, result.audit);
    if (crossesLookupThreshold(alert, Number(inWindow.n))) await alertPrivacyOfficers(trx, deps, actor, alert);
    const contact = answer.known
      ? { collaborationName: answer.contact.collaborationName, name: answer.contact.name, phone: answer.contact.phone, email: answer.contact.email }
      : null;
    return { answer: { lookupId, known: answer.known, archived: answer.known && answer.archived, contact } } as const;
  });
  if ('refused' in outcome) {
    throw new AppError(outcome.refused === 'P14_rate_limited' ? 'rate_limited' : 'forbidden', REFUSALS[outcome.refused], { rule: 'P14', reason: outcome.refused });
  }
  return outcome.answer;
}
