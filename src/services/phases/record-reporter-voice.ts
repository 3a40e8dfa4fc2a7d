/**
 * The reporter's decisive voice in closing (seed 002 Bijlage B §5, row 002-B26): a professional
 * of the partner that registered the case records, itself, whether it agrees to closing. The
 * process director cannot tick it on the reporter's behalf; closing reads this record. The voice
 * goes into `cases.closing_criteria` as `{ reporterVoice }` (see case-state.repository).
 */
import { refuse as processRefusal } from '../../domain/process/reasons.js';
import type { ReporterVoice } from '../../domain/process/records.js';
import type { CaseClosingColumn } from '../../store/repositories/case-state.repository.js';
import { auditEntry, withActor } from '../access-gate.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { bumpCaseVersion } from '../cases/case-context.js';
import { loadProcess, refuseProcess } from './process-context.js';

export interface ReporterVoiceInput {
  readonly agrees: boolean;
  readonly version?: number | undefined;
}

export async function recordReporterVoice(deps: ServiceDeps, actor: SessionActor, caseId: string, input: ReporterVoiceInput): Promise<{ reporterVoice: ReporterVoice; version: number }> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const ctx = await loadProcess(deps, trx, caseId);
    const entry = auditEntry(deps, actor, { action: 'case.reporter_voice', caseId, onBehalfOfPartnerId: ctx.state.registrant });
    if (!ctx.config.process.reporterDecisiveInClosing) {
      throw new AppError('conflict', { nl: 'In dit samenwerkingsverband heeft de melder geen beslissende stem bij afsluiten.', en: 'In this collaboration the reporter has no decisive voice in closing.' });
    }
    if (actor.partnerId !== ctx.state.registrant || actor.role !== 'professional') refuseProcess(entry, processRefusal('voice_not_reporter'));
    const closable = ctx.config.process.transitions.some((t) => t.closes && t.from.includes(ctx.state.phase));
    if (!closable) refuseProcess(entry, processRefusal('transition_not_allowed'));
    const reporterVoice: ReporterVoice = { agrees: input.agrees, partnerId: actor.partnerId, by: actor.userId, at: now.toISOString() };
    const current = await trx.selectFrom('cases').select('closing_criteria').where('id', '=', caseId).executeTakeFirstOrThrow();
    const column = (typeof current.closing_criteria === 'object' && current.closing_criteria !== null ? current.closing_criteria : {}) as CaseClosingColumn;
    const version = await bumpCaseVersion(trx, caseId, input.version, now);
    await trx.updateTable('cases').set({ closing_criteria: JSON.stringify({ ...column, reporterVoice }) }).where('id', '=', caseId).execute();
    await deps.audit.append(trx, entry);
    return { reporterVoice, version };
  });
}
