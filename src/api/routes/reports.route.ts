import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { accountabilityReport } from '../../services/reporting/accountability-report.js';
import { accountabilityReportCsv, publishedReportCsv } from '../../services/reporting/accountability-csv.js';
import { statistics, statisticsCsv, statisticsXlsx } from '../../services/reporting/statistics-export.js';
import { caseProcessInformation } from '../../services/reporting/case-process.js';
import { managementFigures } from '../../services/reporting/management-figures.js';
import { listPublishedReports, publishReport, readPublishedReport } from '../../services/reporting/published-reports.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { optionalYearQuery, text, yearQuery } from './schemas.js';

/** The year, and optionally one configured work area or neighbourhood team (`workAreas[].id`). */
const figuresQuery = optionalYearQuery.extend({ workArea: text(100).optional() });

const caseProcessResponse = z.object({
  workArea: z.object({ id: z.string(), name: z.string() }),
  cases: z.array(
    z.object({
      phase: z.string(),
      steps: z.array(z.string()).describe("The collaboration's own steps for the phase."),
      table: z.string(),
      registeredOn: z.string(),
      inPhaseSince: z.string(),
      closedOn: z.string().nullable(),
    }),
  ),
});

export function registerReportRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['reports'];
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/reports/figures',
      summary: 'Management figures: cases per phase and table, counts only (P19)',
      description: 'Manager or statistician. Counts from 1 to 4 are suppressed (null) and the answer says so. `workArea`: only the cases of that configured work area or neighbourhood team.',
      tags,
      auth: 'session',
      query: figuresQuery,
    },
    ({ actor, query }) => managementFigures(deps, actor, query.year, query.workArea),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/accountability', summary: 'The yearly accountability report, without personal data (P19)', tags, auth: 'session', query: yearQuery },
    ({ actor, query }) => accountabilityReport(deps, actor, query.year),
  );
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/reports/accountability.csv',
      summary: 'The yearly accountability report as CSV: one row per count, small counts suppressed (P19)',
      description: 'Manager, statistician or privacy officer. No personal data; audited and registered as an export.',
      tags,
      auth: 'session',
      query: yearQuery,
    },
    async ({ actor, query, reply }) => {
      const { fileName, csv } = await accountabilityReportCsv(deps, actor, query.year);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return csv;
    },
  );
  const publishedDescription =
    "Seed 001 art. 4.4 (ADR 0145, 0166): a year's report as the manager published it after the year ended, counts only with small counts suppressed, never changed afterwards. Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters (its privacy officer, else its manager, else its professionals); refused for others (403 P19 not_a_partner_representative; a third party 403 P11).";
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/reports/accountability/published',
      summary: 'Publish the accountability report of an ended year (manager, P19)',
      description: `${publishedDescription} Refused for a year not yet ended (400, field year) and for a year already published (409).`,
      tags,
      auth: 'session',
      body: yearQuery,
      status: 201,
    },
    ({ actor, body }) => publishReport(deps, actor, body.year),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/accountability/published', summary: 'The published accountability reports, newest year first', description: publishedDescription, tags, auth: 'session' },
    ({ actor }) => listPublishedReports(deps, actor),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/accountability/published/:year', summary: 'One published accountability report with its counts as published', description: publishedDescription, tags, auth: 'session', params: yearQuery },
    ({ actor, params }) => readPublishedReport(deps, actor, params.year),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/accountability/published.csv', summary: 'One published accountability report as CSV, its counts as published', description: `${publishedDescription} Registered as an export.`, tags, auth: 'session', query: yearQuery },
    async ({ actor, query, reply }) => {
      const { fileName, csv } = await publishedReportCsv(deps, actor, query.year);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return csv;
    },
  );
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/reports/case-process',
      summary: 'Case-level process information of the statistician’s one neighbourhood (004-R09)',
      description:
        'Statistician only, for statistics (seed 004 Bijlage 2): one row per case of the one work area the admin assigned to the statistician (PUT /api/users/{id}/work-areas): phase, step, table and process dates. No case number, lead partner, registrant, name or content. Without an assigned work area: 403.',
      tags,
      auth: 'session',
      response: caseProcessResponse,
    },
    ({ actor }) => caseProcessInformation(deps, actor),
  );
  const statisticsDescription = 'Statistician or manager. Non-identifying counts only (no case numbers, no lead partners); counts from 1 to 4 suppressed; in Nijmegen nothing non-municipal partners entered (seed 004 Bijlage 2). `workArea`: only the cases (and their contributions) of that configured work area or neighbourhood team.';
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/statistics', summary: 'Statistics for research: cases per phase and table, contributions per category', description: statisticsDescription, tags, auth: 'session', query: figuresQuery },
    async ({ actor, query }) => (await statistics(deps, actor, query.year ?? null, 'json', query.workArea)).stats,
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/statistics.csv', summary: 'The statistics as CSV', description: `${statisticsDescription} Registered as an export.`, tags, auth: 'session', query: figuresQuery },
    async ({ actor, query, reply }) => {
      const { fileName, body } = await statisticsCsv(deps, actor, query.year ?? null, query.workArea);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return body;
    },
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/reports/statistics.xlsx', summary: 'The statistics as an XLSX workbook', description: `${statisticsDescription} Registered as an export.`, tags, auth: 'session', query: figuresQuery },
    async ({ actor, query, reply }) => {
      const { fileName, body } = await statisticsXlsx(deps, actor, query.year ?? null, query.workArea);
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return body;
    },
  );
}
