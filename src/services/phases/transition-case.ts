/**
 * One step of the work process (§3) over HTTP: the service gathers the case's snapshot, overlays
 * what the request records (a closing record, the reason to re-open), lets the phase machine
 * decide on the collaboration's configured steps, and then stores the new phase with what the
 * step implies, in one transaction:
 * - reject, and refer to a body outside the collaboration: nothing identifying remains (P12,
 *   `purgeCase`), the key is shredded;
 * - refer to another table of the collaboration: the case moves there with its dossier and the
 *   contributions their contributors approved for that table, and is screened there again
 *   (`refer-case.ts`);
 * - hand over after the enrichment (Venlo): the handover record (to which party, why, when, by
 *   whom) is kept with the closing record and the receiving partner is told, without content;
 * - a step that closes (configured `closes`): the closing record and the closing date, which a
 *   retention policy anchored on `closing` counts from (Venlo 2 years, Nijmegen 15 years);
 * - deescalate: the decision that anchors the retention steps (P13);
 * - into `archived`: the administrative set is stored encrypted, the dossier closes;
 * - delete: step 3, everything identifying goes (P13);
 * - relapse: the de-escalation decision and its exceptions are cleared;
 * - reopen: the manager's reason is recorded and the de-escalation date becomes the re-opening
 *   date, so the retention job counts the archive step from there (seed 003 B3-F4).
 * A refusal names its rule, in the collaboration's own words where it is about the step itself,
 * and is audited; the case is unchanged.
 */
import type { ClosingRecord, HandoverParty, HandoverReason, HandoverRecord } from '../../domain/process/records.js';
import { transition } from '../../domain/process/phase-machine.js';
import { describeRefusedStep } from '../../domain/process/step-words.js';
import type { ProcessTransition } from '../../domain/process/variant.js';
import type { ProcessEvent } from '../../domain/process/phase-machine.js';
import { checkStepDue, STEP_DUE_MESSAGES } from '../../domain/process/retention-step-guard.js';
import { addMonths } from '../../domain/time/date-math.js';
import { policyForTable, retentionPolicyOf } from '../../domain/retention/policy.js';
import type { RetentionPolicy } from '../../domain/retention/policy.js';
import { parseIso } from '../../domain/validation/iso-date.js';
import type { CaseClosingColumn } from '../../store/repositories/case-state.repository.js';
import { auditEntry, domainActor, refuse, withActor } from '../access-gate.js';
import { staffSubstituteFor } from '../../domain/access/decide.js';
import { reopenDeescalation } from '../../store/system-steps.js';
import { AppError, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { bumpCaseVersion } from '../cases/case-context.js';
import { buildAdminSet } from '../deescalation/admin-set.js';
import { loadProcess, processActor, refuseProcess } from './process-context.js';
import type { ProcessContext } from './process-context.js';
import { purgeCase } from './purge-case.js';
import { applyReferral, planCaseReferral, readHandover, referralAge } from './refer-case.js';
import type { ReferralHandover } from './refer-case.js';
import { checkTableStep } from '../../domain/tables/preconditions.js';
import { tableFacts } from '../tables/table-facts.js';
import { caseTable, enforceTable } from '../tables/table-context.js';
import type { AcceptedReferral } from './refer-case.js';
import { noticeDeescalated, noticeHandedOver, noticeSignalOutcome } from '../notifications/notices.js';
import { checkAcceptance, withinCriteria } from '../../domain/process/acceptance.js';
import type { AcceptanceAssessment } from '../../domain/process/acceptance.js';
import { encryptJson } from '../../crypto/field-cipher.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';
import type { FieldIssue } from '../app-error.js';

interface ClosingInput {
  /** One of the collaboration's closing criteria (Venlo, Nijmegen step 8). */
  readonly criterionId?: string | undefined;
  readonly note?: string | undefined;
}

export type TransitionInput = { readonly version?: number | undefined } & (
  | { readonly event: 'accept'; readonly outcome?: 'accepted' | 'more_information' | undefined; readonly assessment?: AcceptanceAssessment | undefined }
  | { readonly event: 'reject'; readonly advice?: string | undefined }
  | { readonly event: 'refer'; readonly toTable: string }
  | ({ readonly event: 'close_without_meeting'; readonly pickedUpBy: string } & ClosingInput)
  | ({ readonly event: 'hand_over'; readonly partyId: string; readonly reason: HandoverReason } & ClosingInput)
  | ({ readonly event: 'deescalate' | 'close' | 'archive' } & ClosingInput)
  | { readonly event: 'schedule_rto' | 'adopt_plan' | 'follow_up_rto' | 'relapse' | 'delete' }
  | { readonly event: 'reopen'; readonly reason: string }
);

export interface TransitionOutcome {
  readonly caseId: string;
  readonly phase: string;
  readonly version: number;
  /** For a rejection with advice: the advice goes to the registrant's inbox with the outcome; the case keeps nothing of it (P12). */
  readonly advice: string | null;
  /** A referral to a body outside the collaboration: what is handed over, once; nothing of it stays (P4, P12). */
  readonly handover?: ReferralHandover;
}

interface ReopenRecordStored {
  readonly by: string;
  readonly reason: string;
  readonly at: string;
}

type StoredClosing = CaseClosingColumn & { readonly reopenings?: readonly ReopenRecordStored[] };

/** The retention of the case's table: its own periods where it has them (000-R36). */
function caseRetention(ctx: ProcessContext): RetentionPolicy {
  return policyForTable(retentionPolicyOf(ctx.config), ctx.row.tableId);
}

function toEvent(input: TransitionInput, actor: SessionActor, party: HandoverParty | undefined): ProcessEvent {
  const by = processActor(actor);
  switch (input.event) {
    case 'hand_over':
      return { kind: 'hand_over', by, party, reason: input.reason };
    case 'refer':
      return { kind: 'refer', by, toTable: input.toTable };
    case 'close_without_meeting':
      return { kind: 'close_without_meeting', by, pickedUpBy: input.pickedUpBy };
    case 'reopen':
      return { kind: 'reopen', by, reason: input.reason };
    case 'accept':
    case 'reject':
    case 'close':
    case 'deescalate':
    case 'schedule_rto':
    case 'adopt_plan':
    case 'follow_up_rto':
    case 'relapse':
    case 'archive':
    case 'delete':
      return { kind: input.event, by };
  }
}

function closingRecord(ctx: ProcessContext, input: TransitionInput, now: Date): ClosingRecord | null {
  if (input.event !== 'close_without_meeting' && input.event !== 'hand_over' && input.event !== 'deescalate' && input.event !== 'close' && input.event !== 'archive') return null;
  const pickedUpBy = input.event === 'close_without_meeting' ? input.pickedUpBy : undefined;
  if (input.criterionId === undefined && input.note === undefined && pickedUpBy === undefined) return null;
  const criteria = ctx.config.process.closingCriteria;
  if (input.criterionId !== undefined && !criteria.some((c) => c.id === input.criterionId)) {
    const known = criteria.map((c) => `${c.id} (${c.label})`).join('; ');
    throw validationFailed([{ field: 'criterionId', message: `onbekend afsluitcriterium; kies uit: ${known || '(geen ingesteld)'} / unknown closing criterion` }]);
  }
  const voice = ctx.state.reporterVoice;
  return {
    criterionId: input.criterionId ?? null,
    reporterAgreedAt: voice?.agrees === true ? voice.at : null,
    decidedAt: now.toISOString(),
    note: input.note ?? '',
    ...(pickedUpBy === undefined ? {} : { pickedUpBy }),
  };
}

/**
 * The closing record as stored: the record in `cases.closing_criteria.closing` without its note,
 * the note sealed under the case key in `cases.closing_note_enc` like the rest of the case's
 * content (migration 390).
 */
function closingColumns(ctx: ProcessContext, column: StoredClosing, closing: ClosingRecord): { closing_criteria: string; closing_note_enc: Buffer | null } {
  if (closing.note !== '' && ctx.key === undefined) throw new AppError('conflict', { nl: 'De sleutel van deze casus ontbreekt.', en: 'The key of this case is missing.' });
  const sealed = closing.note === '' || ctx.key === undefined ? null : sealCaseText(ctx.key, CASE_TEXT_FIELDS.closingNote, closing.note);
  return { closing_criteria: JSON.stringify({ ...column, closing: { ...closing, note: '' } }), closing_note_enc: sealed };
}

/** Into `archived`: the administrative set sealed under the case key; the decision row is made when the case closes straight into the archive (Venlo, Nijmegen step 8). */
async function enterArchive(trx: Trx, ctx: ProcessContext, actor: SessionActor, now: Date): Promise<void> {
  const caseId = ctx.row.id;
  if (ctx.key === undefined) throw new AppError('conflict', { nl: 'De sleutel van deze casus ontbreekt.', en: 'The key of this case is missing.' });
  const enc = await buildAdminSet(trx, ctx.key, caseId, now);
  const decision = await trx.selectFrom('deescalation_decisions').select('id').where('case_id', '=', caseId).executeTakeFirst();
  if (decision === undefined) {
    await trx
      .insertInto('deescalation_decisions')
      .values({
        case_id: caseId,
        collaboration_id: ctx.row.collaborationId,
        decided_at: now,
        decided_by: actor.userId,
        archive_due_at: now,
        delete_due_at: new Date(addMonths(now.getTime(), caseRetention(ctx).deleteAfterMonths)),
        archived_at: now,
        admin_set_enc: enc,
      })
      .execute();
    return;
  }
  await trx.updateTable('deescalation_decisions').set({ archived_at: now, admin_set_enc: enc }).where('case_id', '=', caseId).execute();
}

/** A criterion the table does not have, or a consultation dated after today, is a 400 naming the field. */
function assessmentIssues(ctx: ProcessContext, assessment: AcceptanceAssessment | undefined, now: Date): void {
  if (assessment === undefined) return;
  const criteria = caseTable(ctx.config, ctx.row.tableId).criteria;
  const issues: FieldIssue[] = assessment.criteriaMet.flatMap((i, n) =>
    i < criteria.length ? [] : [{ field: `assessment.criteriaMet.${n}`, message: `geen criterium van deze overlegtafel (kies 0 tot en met ${criteria.length - 1})` }],
  );
  const at = assessment.consultation === undefined ? null : parseIso(assessment.consultation.at);
  if (at !== null && at > now.getTime()) issues.push({ field: 'assessment.consultation.at', message: 'het overleg ligt in de toekomst; leg het vast nadat het plaatsvond' });
  if (issues.length > 0) throw validationFailed(issues);
}

/** The judgement as stored, sealed under the case key: with whether the case met the criteria, by whom and when. */
function acceptanceRecord(ctx: ProcessContext, assessment: AcceptanceAssessment | undefined, actor: SessionActor, now: Date): Buffer | null {
  if (assessment === undefined) return null;
  if (ctx.key === undefined) throw new AppError('conflict', { nl: 'De sleutel van deze casus ontbreekt.', en: 'The key of this case is missing.' });
  const record = { ...assessment, criteriaMet: [...new Set(assessment.criteriaMet)].sort((a, b) => a - b), withinCriteria: withinCriteria(caseTable(ctx.config, ctx.row.tableId), assessment), by: actor.userId, at: now.toISOString() };
  return encryptJson(ctx.key, 'case.acceptance', record);
}

function storedClosing(value: unknown): StoredClosing {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

async function applyEffects(
  deps: ServiceDeps,
  trx: Trx,
  ctx: ProcessContext,
  input: TransitionInput,
  move: ProcessTransition,
  actor: SessionActor,
  now: Date,
  closing: ClosingRecord | null,
  referral: AcceptedReferral | null,
  handover: HandoverRecord | null,
): Promise<void> {
  const caseId = ctx.row.id;
  const current = await trx.selectFrom('cases').select('closing_criteria').where('id', '=', caseId).executeTakeFirstOrThrow();
  const column = storedClosing(current.closing_criteria);
  if (move.closes) {
    await trx
      .updateTable('cases')
      .set({ closed_at: now, ...(closing === null ? { closing_criteria: JSON.stringify(column) } : closingColumns(ctx, column, closing)) })
      .where('id', '=', caseId)
      .execute();
  }
  if (move.to === 'archived' && input.event !== 'reopen') await enterArchive(trx, ctx, actor, now);
  switch (input.event) {
    case 'accept': {
      const acceptance = acceptanceRecord(ctx, input.assessment, actor, now);
      await trx.updateTable('cases').set({ screening_outcome: input.outcome ?? 'accepted', acceptance_enc: acceptance }).where('id', '=', caseId).execute();
      return;
    }
    case 'reject': {
      const c = await trx
        .updateTable('cases')
        .set({ screening_outcome: ctx.row.phase === 'screening' ? 'rejected' : null, closed_at: now })
        .where('id', '=', caseId)
        .returning('registrant_user_id')
        .executeTakeFirstOrThrow();
      await purgeCase(trx, caseId, now);
      // The registrant learns the outcome (and the advice) so it can inform the subject (seed 004 Bijlage 3 stap 3).
      await noticeSignalOutcome(deps, trx, { collaborationId: ctx.row.collaborationId, caseId, registrantUserId: c.registrant_user_id, outcome: 'not_picked_up', advice: input.advice ?? null });
      return;
    }
    case 'refer':
      if (referral !== null) await applyReferral(deps, trx, ctx, referral, now);
      return;
    case 'hand_over':
      if (handover !== null) await recordHandover(deps, trx, ctx, handover, now);
      return;
    case 'close_without_meeting':
    case 'close':
    case 'archive':
      return;
    case 'deescalate': {
      if (closing !== null && !move.closes) await trx.updateTable('cases').set(closingColumns(ctx, column, closing)).where('id', '=', caseId).execute();
      const policy = caseRetention(ctx);
      const archiveDueAt = new Date(addMonths(now.getTime(), policy.archiveAfterMonths ?? policy.deleteAfterMonths));
      const deleteDueAt = new Date(addMonths(now.getTime(), policy.deleteAfterMonths));
      await trx
        .insertInto('deescalation_decisions')
        .values({ case_id: caseId, collaboration_id: ctx.row.collaborationId, decided_at: now, decided_by: actor.userId, archive_due_at: archiveDueAt, delete_due_at: deleteDueAt })
        .execute();
      // Fase 4: the participants are told the dossier was cleaned, what stays and how long (003-108).
      await noticeDeescalated(deps, trx, { collaborationId: ctx.row.collaborationId, caseId, decidedAt: now, archiveDueAt, deleteDueAt });
      return;
    }
    case 'relapse':
      await trx.deleteFrom('deescalation_exceptions').where('case_id', '=', caseId).execute();
      await trx.deleteFrom('deescalation_decisions').where('case_id', '=', caseId).execute();
      return;
    case 'delete':
      await purgeCase(trx, caseId, now);
      return;
    case 'reopen': {
      const reopenings = [...(column.reopenings ?? []), { by: actor.userId, reason: input.reason, at: now.toISOString() }];
      await trx.updateTable('cases').set({ closing_criteria: JSON.stringify({ ...column, reopenings }) }).where('id', '=', caseId).execute();
      // The re-opening is the new de-escalation date: step 2 counts from here (issue 13.12, seed 003 B3-F4).
      // The manager holds no case content, so Row-Level Security hides the decision row from it: this one
      // write, decided above by the phase machine, is a step function of the database (migration 240) that
      // checks the re-opening it just recorded and writes the dates, in this transaction.
      const policy = caseRetention(ctx);
      await reopenDeescalation(
        trx,
        caseId,
        now,
        new Date(addMonths(now.getTime(), policy.archiveAfterMonths ?? policy.deleteAfterMonths)),
        new Date(addMonths(now.getTime(), policy.deleteAfterMonths)),
      );
      return;
    }
    case 'schedule_rto':
    case 'adopt_plan':
    case 'follow_up_rto':
      return;
  }
}

/** The configured party, its covenant partner resolved to the partner's id; undefined when not configured. */
async function handoverParty(trx: Trx, ctx: ProcessContext, partyId: string): Promise<HandoverParty | undefined> {
  const configured = (ctx.config.process.handoverParties ?? []).find((p) => p.id === partyId);
  if (configured === undefined) return undefined;
  if (configured.partnerId === null) return { id: configured.id, partnerId: null };
  const row = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', ctx.row.collaborationId).where('slug', '=', configured.partnerId).executeTakeFirst();
  return row === undefined ? undefined : { id: configured.id, partnerId: row.id };
}

const HANDOVER_WHY: Readonly<Record<HandoverReason, string>> = {
  help_involved: 'er is al hulpverlening betrokken; stem de verdere afhandeling af met de ketenregisseur',
  help_question: 'betrokkene heeft alsnog een hulpvraag; uw organisatie pakt die op',
};

/**
 * The handover record goes with the case's closing record (`cases.closing_criteria.handover`); a
 * covenant partner that receives it is told so in its inbox (no content); a party outside the
 * covenant receives nothing through the system (seed 002 Bijlage A art. 8).
 */
async function recordHandover(deps: ServiceDeps, trx: Trx, ctx: ProcessContext, handover: HandoverRecord, now: Date): Promise<void> {
  const caseId = ctx.row.id;
  const current = await trx.selectFrom('cases').select('closing_criteria').where('id', '=', caseId).executeTakeFirstOrThrow();
  await trx.updateTable('cases').set({ closing_criteria: JSON.stringify({ ...storedClosing(current.closing_criteria), handover }) }).where('id', '=', caseId).execute();
  if (handover.partnerId === null) return;
  const party = (ctx.config.process.handoverParties ?? []).find((p) => p.id === handover.partyId);
  const by = await trx.selectFrom('partners').select('name').where('id', '=', handover.byPartner).executeTakeFirst();
  const message = `Melding ${ctx.row.number} is op ${now.toISOString().slice(0, 10)} aan ${party?.name ?? handover.partyId} overgedragen door ${by?.name ?? 'de ketenregisseur'}: ${HANDOVER_WHY[handover.reason]}.`;
  await noticeHandedOver(deps, trx, { collaborationId: ctx.row.collaborationId, caseId, partnerId: handover.partnerId, message, at: now });
}

export async function transitionCase(deps: ServiceDeps, actor: SessionActor, caseId: string, input: TransitionInput): Promise<TransitionOutcome> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId, { version: input.version });
    // ADR 0116: a step taken through a substitution names the absent director in the audit.
    const entry = auditEntry(deps, actor, { action: `case.${input.event}`, caseId, onBehalfOfPartnerId: ctx.state.leadPartner, onBehalfOfUserId: staffSubstituteFor(domainActor(actor), ctx.facts, now.getTime()) });
    const closing = closingRecord(ctx, input, now);
    const referral = input.event === 'refer' ? await planCaseReferral(trx, ctx, input.toTable) : null;
    // The table's protocol first: a precondition the step needs, a routing-only table (seed 000 Bijlage 2).
    enforceTable(entry, checkTableStep(caseTable(ctx.config, ctx.row.tableId), input.event, await tableFacts(trx, ctx, now)));
    // The receiving table's age range is judged again (seed 000 Bijlage 2).
    if (referral !== null) enforceTable(entry, await referralAge(trx, ctx, referral, now));
    const state = closing === null ? ctx.state : { ...ctx.state, closing };
    const party = input.event === 'hand_over' ? await handoverParty(trx, ctx, input.partyId) : undefined;
    const result = transition(state, toEvent(input, actor, party), ctx.config.process, now.getTime());
    if (!result.ok) {
      if (result.reason === 'phase_not_in_variant' || result.reason === 'transition_not_allowed') {
        refuse(entry, { rule: result.rule, reason: result.reason, messages: describeRefusedStep(ctx.config.process, ctx.config.name, ctx.state.phase, input.event, result.reason) });
      }
      refuseProcess(entry, result);
    }
    if ((input.event === 'archive' || input.event === 'delete') && !result.move.closes) {
      const decidedAt = ctx.state.deescalation === null ? null : parseIso(ctx.state.deescalation.decidedAt);
      const due = checkStepDue(decidedAt, caseRetention(ctx), input.event === 'archive' ? 2 : 3, now.getTime());
      if (!due.ok) refuse(entry, { rule: due.rule, reason: due.reason, messages: STEP_DUE_MESSAGES[due.reason] });
    }
    // Fase 1: the director's judgement by the criteria, in consultation with the registrant (art. 9.2a).
    if (input.event === 'accept') {
      assessmentIssues(ctx, input.assessment, now);
      const judged = checkAcceptance(caseTable(ctx.config, ctx.row.tableId), ctx.config.process, input.outcome ?? 'accepted', input.assessment);
      if (!judged.ok) refuseProcess(entry, judged);
    }
    const version = await bumpCaseVersion(trx, caseId, input.version, now);
    // Referral to another table of the collaboration: the case is screened there again.
    const phase = referral?.kind === 'table' ? referral.phase : result.phase;
    await trx.updateTable('cases').set({ phase, phase_changed_at: now }).where('id', '=', caseId).execute();
    // Handed over to the outside body before nothing identifying stays; each item is audited (P4).
    const handover = referral?.kind === 'outside' ? await readHandover(trx, ctx, referral) : null;
    for (const c of handover?.contributions ?? []) await deps.audit.append(trx, { ...entry, action: 'case.refer.handover', contributionId: c.id });
    const handedOver: HandoverRecord | null =
      input.event === 'hand_over' && party !== undefined
        ? { partyId: party.id, partnerId: party.partnerId, reason: input.reason, at: now.toISOString(), by: actor.userId, byPartner: ctx.state.leadPartner }
        : null;
    await applyEffects(deps, trx, ctx, input, result.move, actor, now, closing, referral, handedOver);
    await deps.audit.append(trx, entry);
    return { caseId, phase, version, advice: input.event === 'reject' ? (input.advice ?? null) : null, ...(handover === null ? {} : { handover }) };
  });
}
