/**
 * The gate every read of personal data passes: the domain decides, the gate records. An
 * allowed read is audited in the same transaction (fail closed) and, for police data provided
 * to another organisation, logged as a Wpg art. 32 provision (P9). A refusal is thrown as
 * `Refused`; `withActor` then audits it in a transaction of its own (the request's transaction
 * is rolled back, so nothing half-done remains) and turns it into an `AppError`.
 */
import { sql } from 'kysely';
import { decide, decideActing, onBehalfOf } from '../domain/access/decide.js';
import { soleSubject } from '../domain/access/subjects.js';
import type { CaseFacts, Resource } from '../domain/access/facts.js';
import { reasonMessage } from '../domain/access/reasons.js';
import type { Decision, Denial } from '../domain/access/reasons.js';
import type { Action, Actor, Purpose } from '../domain/model.js';
import type { ActingContext, SessionCredential } from '../store/acting-context.js';
import { AppError } from './app-error.js';
import type { Messages } from './app-error.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from './ports.js';

export class Refused extends Error {
  constructor(
    readonly entry: AuditEntry,
    readonly rule: string,
    readonly reason: string,
    readonly messages: Messages,
  ) {
    super(messages.en);
    this.name = 'Refused';
  }
}

/** The session credential of each authenticated actor (never serialised with the actor). */
const sessionCredentials = new WeakMap<SessionActor, SessionCredential>();

/** Remembers the session an actor was authenticated by, for its acting context (ADR 0125). */
export function rememberSession(actor: SessionActor, credential: SessionCredential): void {
  sessionCredentials.set(actor, credential);
}

export function actingContext(actor: SessionActor): ActingContext {
  return { collaborationId: actor.collaborationId, partnerId: actor.partnerId, userId: actor.userId, role: actor.role, session: sessionCredentials.get(actor) };
}

export function domainActor(actor: SessionActor): Actor {
  return { userId: actor.userId, partnerId: actor.partnerId, role: actor.role, collaborationId: actor.collaborationId };
}

/** An audit entry for this actor, filled in by the caller. */
export function auditEntry(deps: ServiceDeps, actor: SessionActor, fields: Partial<AuditEntry> & Pick<AuditEntry, 'action'>): AuditEntry {
  return {
    at: deps.now(),
    userId: actor.userId,
    partnerId: actor.partnerId,
    role: actor.role,
    onBehalfOfPartnerId: null,
    collaborationId: actor.collaborationId,
    caseId: null,
    subjectId: null,
    contributionId: null,
    purpose: null,
    legalBasisKind: null,
    accessPoint: deps.accessPoint,
    outcome: 'allow',
    rule: null,
    ...fields,
  };
}

/**
 * Runs `fn` in one transaction acting as `actor`. A `Refused` thrown inside is audited in its
 * own transaction and rethrown as a 403 `AppError` naming the rule.
 */
export async function withActor<T>(deps: ServiceDeps, actor: SessionActor, fn: (trx: Trx) => Promise<T>, context: ActingContext = actingContext(actor)): Promise<T> {
  try {
    // The policies read the service's clock, as the engine does (ADR 0116).
    return await deps.database.withTransaction(context.now === undefined ? { ...context, now: deps.now() } : context, fn);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await deps.database.withTransaction(actingContext(actor), (trx) => deps.audit.append(trx, error.entry));
    throw new AppError('forbidden', error.messages, { rule: error.rule, reason: error.reason });
  }
}

/** Throws a refusal of a process guard (phase machine) or another rule, to be audited. */
export function refuse(entry: AuditEntry, refusal: { rule: string; reason: string; messages: Messages }): never {
  throw new Refused({ ...entry, outcome: 'deny', rule: refusal.rule }, refusal.rule, refusal.reason, refusal.messages);
}

export interface GateRequest {
  readonly resource: Resource;
  readonly purpose: Purpose;
  readonly action: Action;
  readonly subjectId?: string;
  /** The audit action name, e.g. `contribution.read`. */
  readonly auditAction: string;
}

/**
 * Decides one access and records it. Returns the allowing decision; throws `Refused` otherwise.
 * Police data provided to another organisation is logged with the Wpg art. 32 fields.
 */
export async function gate(
  deps: ServiceDeps,
  trx: Trx,
  actor: SessionActor,
  facts: CaseFacts,
  request: GateRequest,
  /** When given, allowed reads are collected here and appended by the caller in one statement. */
  batch?: AuditEntry[],
): Promise<Extract<Decision, { allow: true }>> {
  const now = deps.now();
  const acting = decideActing(domainActor(actor), facts, request.resource, request.purpose, request.action, now.getTime());
  const decision = acting.decision;
  const contribution = request.resource.kind === 'contribution' ? facts.contributions.get(request.resource.id) : undefined;
  const entry = auditEntry(deps, actor, {
    at: now,
    action: request.auditAction,
    caseId: facts.id,
    // The audit names the subject the data is about: the request's, the BSN's, or the one subject
    // the contribution names (household cases).
    subjectId: request.subjectId ?? (request.resource.kind === 'subject_bsn' ? request.resource.subjectId : contribution === undefined ? null : soleSubject(contribution)),
    contributionId: contribution?.id ?? null,
    purpose: request.purpose,
    legalBasisKind: contribution?.basis.kind ?? null,
    // Seed 003 art. 9.3: the lead partner at this moment (or the reader itself for its own data).
    onBehalfOfPartnerId: onBehalfOf(domainActor(actor), facts, request.resource, now.getTime()),
    // ADR 0116: a read allowed only through a substitution names the absent person.
    onBehalfOfUserId: acting.asSubstituteFor,
  });
  // The decision includes P15: a restricted item is read only within a rights request (AVG art. 18, 21).
  if (!decision.allow) throwDenial(entry, decision);
  if (batch === undefined) await deps.audit.append(trx, entry);
  else batch.push(entry);
  if (contribution !== undefined && decision.obligations.includes('police_provision_log')) {
    await recordPoliceProvision(trx, actor, facts, contribution.id, request, now);
  }
  return decision;
}

/** Whether an access would be allowed, without recording anything (for computing views). */
export function wouldAllow(deps: ServiceDeps, actor: SessionActor, facts: CaseFacts, resource: Resource, purpose: Purpose, action: Action = 'read'): boolean {
  return decide(domainActor(actor), facts, resource, purpose, action, deps.now().getTime()).allow;
}

function throwDenial(entry: AuditEntry, decision: Denial): never {
  throw new Refused({ ...entry, outcome: 'deny', rule: decision.rule }, decision.rule, decision.reason, reasonMessage(decision.reason));
}

async function recordPoliceProvision(
  trx: Trx,
  actor: SessionActor,
  facts: CaseFacts,
  contributionId: string,
  request: GateRequest,
  now: Date,
): Promise<void> {
  const c = await trx
    .selectFrom('contributions')
    .innerJoin('collaborations', 'collaborations.id', 'contributions.collaboration_id')
    .select(['contributions.category', 'contributions.basis', 'collaborations.name'])
    // The processing under its registered name where the covenant gives one (seed 000 art. 4.1).
    .select(sql<string | null>`collaborations.config->'source'->>'registeredName'`.as('registered_name'))
    .where('contributions.id', '=', contributionId)
    .executeTakeFirstOrThrow();
  const basis = c.basis as { kind: string; decision?: string; law?: string };
  await trx
    .insertInto('police_provisions')
    .values({
      case_id: facts.id,
      collaboration_id: facts.collaborationId,
      contribution_id: contributionId,
      recipient_partner_id: actor.partnerId,
      recipient_user_id: actor.userId,
      provided_at: now,
      // Described by kind, never by content: the log outlives the data.
      data_description: `politiegegevens (${c.category}), ${request.action === 'take_along' ? 'meegenomen' : 'ingezien'}`,
      purpose: request.purpose,
      collaboration_name: c.registered_name ?? c.name,
      legal_basis: basis.kind === 'wpg20' ? 'art. 20 Wpg' : basis.kind,
      decision_reference: basis.decision ?? basis.law ?? null,
    })
    .execute();
}
