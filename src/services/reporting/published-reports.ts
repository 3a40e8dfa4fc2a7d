/**
 * The published yearly accountability reports (P19; seed 001 art. 4.4, ADR 0145). The manager
 * publishes a year's report once the year has ended; what the report showed then (counts only,
 * small counts suppressed) is kept unchanged, also when later counts would differ, and read by the
 * manager, privacy officer and statisticians and by each partner's representatives (ADR 0166). Publishing and reading are audited.
 */
import { PUBLICATION_REFUSALS, publicationRefusal, publishedReportReader } from '../../domain/reporting/report-publication.js';
import type { PublishedAccountabilityReport } from '../../domain/reporting/published-accountability-report.js';
import { toJson } from '../../store/schema.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError, notFound, validationFailed } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { mayDo, requireAbility } from '../governance/role-guard.js';
import { noticeUsers } from '../notifications/notify.js';
import { accountabilityReport } from './accountability-report.js';

export interface PublishedReportSummary {
  readonly year: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
}

export interface PublishedReport extends PublishedReportSummary {
  readonly report: PublishedAccountabilityReport;
}

const REPORT = { nl: 'Gepubliceerde verantwoording', en: 'Published accountability report' };

/**
 * Refuses, audited, whoever may not read a published report (ADR 0166): a third party (P11: one case
 * only) and, within the collaboration, everyone who neither reads the live report nor speaks for
 * its partner on privacy matters (P19; seed 001 art. 4.4).
 */
export async function requirePublishedReader(deps: ServiceDeps, trx: Trx, actor: SessionActor, action: string): Promise<void> {
  const entry = auditEntry(deps, actor, { action });
  if (actor.role === 'third_party') {
    refuse(entry, {
      rule: 'P11',
      reason: 'role_not_allowed',
      messages: { nl: 'Een derde partij ziet alleen de eigen casus, niet de verantwoording van het samenwerkingsverband (P11).', en: "A third party sees its own case only, not the collaboration's accountability report (P11)." },
    });
  }
  if (publishedReportReader(actor, mayDo(actor, 'reports.accountability'), await noticeUsers(trx, actor.collaborationId)) !== null) return;
  refuse(entry, {
    rule: 'P19',
    reason: 'not_a_partner_representative',
    messages: {
      nl: 'De gepubliceerde verantwoording lezen de manager, de functionaris gegevensbescherming, Onderzoek & Statistiek en per partner wie namens die partner over privacy spreekt; u spreekt niet namens uw organisatie (P19, convenant art. 4.4).',
      en: 'The published accountability report is read by the manager, the privacy officer, the statisticians and, per partner, whoever speaks for that partner on privacy matters; you do not speak for your organisation (P19, covenant art. 4.4).',
    },
  });
}

/** Publishes the report of `year` as the manager sees it now; refused for a year not ended or already published. */
export async function publishReport(deps: ServiceDeps, actor: SessionActor, year: number): Promise<PublishedReportSummary> {
  const entry = auditEntry(deps, actor, { action: 'report.accountability.publish', purpose: 'statistics' });
  await withActor(deps, actor, () => Promise.resolve(requireAbility(actor, 'reports.publish', entry)));
  const report = await accountabilityReport(deps, actor, year);
  return withActor(deps, actor, async (trx) => {
    const existing = await trx.selectFrom('published_accountability_reports').select('year').where('collaboration_id', '=', actor.collaborationId).where('year', '=', year).executeTakeFirst();
    const refusal = publicationRefusal(year, deps.now(), existing !== undefined);
    if (refusal === 'year_not_ended') throw validationFailed([{ field: 'year', message: PUBLICATION_REFUSALS[refusal].nl, messages: PUBLICATION_REFUSALS[refusal] }]);
    if (refusal !== null) throw new AppError('conflict', PUBLICATION_REFUSALS[refusal], { rule: 'P19', reason: refusal });
    const publishedAt = deps.now();
    await trx
      .insertInto('published_accountability_reports')
      .values({ collaboration_id: actor.collaborationId, year, published_at: publishedAt, published_by: actor.userId, report: toJson(report) })
      .execute();
    await deps.audit.append(trx, entry);
    return { year, publishedAt: publishedAt.toISOString(), publishedBy: actor.displayName };
  });
}

async function publishedRows(deps: ServiceDeps, actor: SessionActor, year: number | null, action: string) {
  return withActor(deps, actor, async (trx) => {
    await requirePublishedReader(deps, trx, actor, action);
    let q = trx
      .selectFrom('published_accountability_reports as r')
      .leftJoin('users as u', 'u.id', 'r.published_by')
      .select(['r.year', 'r.published_at', 'r.report', 'u.display_name'])
      .where('r.collaboration_id', '=', actor.collaborationId)
      .orderBy('r.year', 'desc');
    if (year !== null) q = q.where('r.year', '=', year);
    const rows = await q.execute();
    await deps.audit.append(trx, auditEntry(deps, actor, { action, purpose: 'statistics' }));
    return rows.map((r) => ({ year: r.year, publishedAt: r.published_at.toISOString(), publishedBy: r.display_name ?? '—', report: r.report as PublishedAccountabilityReport }));
  });
}

/** The published reports of the collaboration, newest year first (without their counts). */
export async function listPublishedReports(deps: ServiceDeps, actor: SessionActor): Promise<readonly PublishedReportSummary[]> {
  return (await publishedRows(deps, actor, null, 'report.accountability.published.list')).map(({ year, publishedAt, publishedBy }) => ({ year, publishedAt, publishedBy }));
}

/** One published report, with the counts as they were published. */
export async function readPublishedReport(deps: ServiceDeps, actor: SessionActor, year: number): Promise<PublishedReport> {
  const [row] = await publishedRows(deps, actor, year, 'report.accountability.published.read');
  if (row === undefined) throw notFound(REPORT);
  return row;
}
