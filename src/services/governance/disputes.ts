/**
 * Disputes about how a director carries out its tasks (seed 003 art. 9.4 and 10.4, seed 001 art.
 * 9.4 and 10.4; row 003-29): raised by someone working in the case, held by the manager (about the
 * process director) or the process director (about a case director), who records the outcome or
 * puts the dispute to the body the covenant names; the manager then records that body's decision.
 * The texts are sealed under the collaboration key; every step is audited and the one who holds
 * the dispute is told in the inbox. The domain (`domain/governance/dispute.ts`) decides.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { openFreeText, sealFreeText } from '../../crypto/collaboration-key.js';
import { checkDecide, checkEscalate, checkRaise, disputeHandler, disputeHolder, escalationBody, seesDispute, takesPartInDisputes } from '../../domain/governance/dispute.js';
import type { DisputeAbout, DisputeRefusal, DisputeRules } from '../../domain/governance/dispute.js';
import type { Role } from '../../domain/model.js';
import type { DisputesTable } from '../../store/schema.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { notFound, staleVersion, validationFailed } from '../app-error.js';
import { requireCase } from '../cases/case-context.js';
import { gateCaseRead } from '../meetings/meeting-access.js';
import { notify, noticeUsers } from '../notifications/notify.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';

const DISPUTE = { nl: 'Geschil', en: 'Dispute' } as const;

const REFUSED: Readonly<Record<DisputeRefusal, { readonly nl: string; readonly en: string }>> = {
  disputes_not_in_covenant: { nl: 'Het convenant van dit samenwerkingsverband kent geen geschillenregeling voor regisseurs.', en: "This collaboration's covenant has no dispute article for directors." },
  dispute_about_oneself: { nl: 'U kunt geen geschil over uzelf voorleggen.', en: 'You cannot raise a dispute about yourself.' },
  dispute_not_for_you: {
    nl: 'Dit geschil ligt niet bij u: een geschil over de procesregisseur behandelt de manager, een geschil over een casusregisseur de procesregisseur; na voorleggen legt de manager de beslissing vast.',
    en: 'This dispute is not yours: the manager handles one about the process director, the process director one about a case director; once put to a body, the manager records its decision.',
  },
  dispute_already_decided: { nl: 'Over dit geschil is al beslist.', en: 'This dispute has already been decided.' },
  dispute_already_escalated: { nl: 'Dit geschil is al voorgelegd.', en: 'This dispute has already been put to a body.' },
  no_case_director: { nl: 'Deze casus heeft geen casusregisseur.', en: 'This case has no case director.' },
  disputes_not_for_role: {
    nl: 'Geschillen over regisseurs leggen alleen zij voor die in casussen werken; de procesregisseur en de manager behandelen ze. Uw rol doet dat niet.',
    en: 'Disputes about directors are raised only by those who work in cases and handled by the process director and the manager; your role does neither.',
  },
};

function requireDisputeRole(actor: SessionActor, entry: ReturnType<typeof auditEntry>): void {
  if (!takesPartInDisputes(actor.role)) refuse(entry, { rule: 'P1', reason: 'disputes_not_for_role', messages: REFUSED.disputes_not_for_role });
}

export interface DisputeView {
  readonly id: string;
  readonly caseId: string;
  readonly about: DisputeAbout;
  readonly aboutUserId: string;
  readonly raisedBy: string;
  readonly raisedForPartnerId: string;
  readonly raisedAt: string;
  readonly summary: string;
  readonly status: 'open' | 'escalated' | 'decided';
  /** Who holds it now: the handler's role, or the manager once it was put to a body. */
  readonly heldBy: Role | null;
  readonly escalatedTo: string | null;
  readonly escalatedAt: string | null;
  readonly escalationReason: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly outcome: string | null;
  readonly version: number;
  /** The covenant's articles, in its own words. */
  readonly source: string;
  /** What the reader may do with it now, as the domain decides (`checkDecide`, `checkEscalate`): the screen offers only these. */
  readonly abilities: { readonly decide: boolean; readonly escalate: boolean };
}

function view(deps: ServiceDeps, r: Selectable<DisputesTable>, source: string, actor: SessionActor): DisputeView {
  const facts = { about: r.about, status: r.status, aboutUserId: r.about_user_id };
  const open = (column: 'disputes.escalation_reason' | 'disputes.outcome', sealed: Buffer | null): string | null => (sealed === null ? null : openFreeText(deps.keys, r.collaboration_id, column, r.id, sealed));
  return {
    id: r.id,
    caseId: r.case_id,
    about: r.about,
    aboutUserId: r.about_user_id,
    raisedBy: r.raised_by,
    raisedForPartnerId: r.raised_for_partner_id,
    raisedAt: r.raised_at.toISOString(),
    summary: openFreeText(deps.keys, r.collaboration_id, 'disputes.summary', r.id, r.summary_enc),
    status: r.status,
    heldBy: disputeHolder(r),
    escalatedTo: r.escalated_to,
    escalatedAt: r.escalated_at?.toISOString() ?? null,
    escalationReason: open('disputes.escalation_reason', r.escalation_reason_enc),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at?.toISOString() ?? null,
    outcome: open('disputes.outcome', r.outcome_enc),
    version: r.version,
    source,
    abilities: { decide: checkDecide(facts, actor.role, actor.userId).ok, escalate: checkEscalate(facts, actor.role, actor.userId).ok },
  };
}

async function rulesOf(deps: ServiceDeps, trx: Trx, collaborationId: string): Promise<{ rules: DisputeRules | undefined; source: string }> {
  const config = await deps.collaborationConfig(trx, collaborationId);
  return { rules: config.disputes, source: config.disputes?.source ?? '' };
}

/** The active users of a role in the collaboration, except the one the dispute is about. */
async function holders(trx: Trx, collaborationId: string, role: Role, except: string): Promise<string[]> {
  return (await noticeUsers(trx, collaborationId)).filter((u) => u.active && u.role === role && u.id !== except).map((u) => u.id);
}

export interface RaiseDisputeInput {
  readonly caseId: string;
  readonly about: DisputeAbout;
  /** Which process director, when the case has more than one. */
  readonly aboutUserId?: string | undefined;
  readonly summary: string;
}

export async function raiseDispute(deps: ServiceDeps, actor: SessionActor, input: RaiseDisputeInput): Promise<DisputeView> {
  return withActor(deps, actor, async (trx) => {
    const entry = auditEntry(deps, actor, { action: 'dispute.raise', caseId: input.caseId, onBehalfOfPartnerId: actor.partnerId });
    requireDisputeRole(actor, entry);
    const loaded = await requireCase(trx, input.caseId);
    const { rules, source } = await rulesOf(deps, trx, actor.collaborationId);
    let aboutUserId: string | null;
    if (input.about === 'case_director') {
      aboutUserId = loaded.facts.caseDirector;
    } else {
      const directors = [...loaded.facts.processDirectors];
      aboutUserId = input.aboutUserId ?? (directors.length === 1 ? (directors[0] ?? null) : null);
      if (aboutUserId === null || !loaded.facts.processDirectors.has(aboutUserId)) {
        throw validationFailed([{ field: 'aboutUserId', message: 'kies de procesregisseur van deze casus om wie het gaat / choose the process director of this case it is about' }]);
      }
    }
    const raise = checkRaise(rules, actor.userId, aboutUserId);
    if (!raise.ok) refuse(entry, { rule: 'P1', reason: raise.reason, messages: REFUSED[raise.reason] });
    // Only someone who works in the case raises a dispute about its directors (audited as its read).
    await gateCaseRead(deps, trx, actor, loaded, 'dispute.raise');
    const id = randomUUID();
    const now = deps.now();
    await trx
      .insertInto('disputes')
      .values({
        id,
        collaboration_id: actor.collaborationId,
        case_id: input.caseId,
        about: input.about,
        about_user_id: aboutUserId ?? '',
        raised_by: actor.userId,
        raised_for_partner_id: actor.partnerId,
        raised_at: now,
        summary_enc: sealFreeText(deps.keys, actor.collaborationId, 'disputes.summary', id, input.summary),
      })
      .execute();
    await notify(deps, trx, {
      kind: 'dispute_raised',
      collaborationId: actor.collaborationId,
      userIds: await holders(trx, actor.collaborationId, disputeHandler(input.about), aboutUserId ?? ''),
      link: '/inbox',
      caseId: input.caseId,
      refId: id,
      key: `dispute_raised:${id}`,
    });
    const row = await trx.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return view(deps, row, source, actor);
  });
}

/** The disputes the user raised or holds now (the manager also those put to a body), newest first; audited. */
export async function listDisputes(deps: ServiceDeps, actor: SessionActor): Promise<readonly DisputeView[]> {
  return withActor(deps, actor, async (trx) => {
    requireDisputeRole(actor, auditEntry(deps, actor, { action: 'dispute.list' }));
    const { source } = await rulesOf(deps, trx, actor.collaborationId);
    const rows = await trx.selectFrom('disputes').selectAll().where('collaboration_id', '=', actor.collaborationId).orderBy('raised_at', 'desc').orderBy('id').execute();
    const mine = rows.filter((r) => seesDispute({ about: r.about, status: r.status, aboutUserId: r.about_user_id, raisedBy: r.raised_by }, actor.role, actor.userId));
    await deps.audit.append(trx, auditEntry(deps, actor, { action: 'dispute.list' }));
    return mine.map((r) => view(deps, r, source, actor));
  });
}

async function requireDispute(trx: Trx, id: string): Promise<Selectable<DisputesTable>> {
  const row = await trx.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw notFound(DISPUTE);
  return row;
}

/** The handler puts the dispute to the body the covenant names; the managers are told. */
export async function escalateDispute(deps: ServiceDeps, actor: SessionActor, id: string, input: { readonly version: number; readonly reason: string }): Promise<DisputeView> {
  return withActor(deps, actor, async (trx) => {
    const row = await requireDispute(trx, id);
    const entry = auditEntry(deps, actor, { action: 'dispute.escalate', caseId: row.case_id });
    const { rules, source } = await rulesOf(deps, trx, actor.collaborationId);
    if (rules === undefined) refuse(entry, { rule: 'P1', reason: 'disputes_not_in_covenant', messages: REFUSED.disputes_not_in_covenant });
    const check = checkEscalate({ about: row.about, status: row.status, aboutUserId: row.about_user_id }, actor.role, actor.userId);
    if (!check.ok) refuse(entry, { rule: 'P1', reason: check.reason, messages: REFUSED[check.reason] });
    const now = deps.now();
    const updated = await trx
      .updateTable('disputes')
      .set((eb) => ({
        status: 'escalated',
        escalated_to: escalationBody(rules, row.about),
        escalated_by: actor.userId,
        escalated_at: now,
        escalation_reason_enc: sealFreeText(deps.keys, row.collaboration_id, 'disputes.escalation_reason', id, input.reason),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion();
    await deps.audit.append(trx, entry);
    await notify(deps, trx, {
      kind: 'dispute_raised',
      collaborationId: actor.collaborationId,
      userIds: await holders(trx, actor.collaborationId, 'manager', row.about_user_id),
      link: '/inbox',
      caseId: row.case_id,
      refId: id,
      key: `dispute_escalated:${id}`,
    });
    return view(deps, await requireDispute(trx, id), source, actor);
  });
}

/** Whoever holds the dispute records the outcome; the one who raised it is told. */
export async function decideDispute(deps: ServiceDeps, actor: SessionActor, id: string, input: { readonly version: number; readonly outcome: string }): Promise<DisputeView> {
  return withActor(deps, actor, async (trx) => {
    const row = await requireDispute(trx, id);
    const entry = auditEntry(deps, actor, { action: 'dispute.decide', caseId: row.case_id });
    const { source } = await rulesOf(deps, trx, actor.collaborationId);
    const check = checkDecide({ about: row.about, status: row.status, aboutUserId: row.about_user_id }, actor.role, actor.userId);
    if (!check.ok) refuse(entry, { rule: 'P1', reason: check.reason, messages: REFUSED[check.reason] });
    const updated = await trx
      .updateTable('disputes')
      .set((eb) => ({
        status: 'decided',
        decided_by: actor.userId,
        decided_at: deps.now(),
        outcome_enc: sealFreeText(deps.keys, row.collaboration_id, 'disputes.outcome', id, input.outcome),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion();
    await deps.audit.append(trx, entry);
    await notify(deps, trx, { kind: 'dispute_decided', collaborationId: actor.collaborationId, userIds: [row.raised_by], link: '/inbox', caseId: row.case_id, refId: id, key: `dispute_decided:${id}` });
    return view(deps, await requireDispute(trx, id), source, actor);
  });
}
