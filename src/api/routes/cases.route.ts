import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listCases } from '../../services/cases/list-cases.js';
import { completeSubject } from '../../services/cases/complete-subject.js';
import { CORRECTED_FIELDS, listSubjectCorrections } from '../../services/cases/subject-corrections.js';
import { registerCase } from '../../services/cases/register-case.js';
import { listTeamQueue, takeFromQueue } from '../../services/cases/team-queue.js';
import { workQueue } from '../../services/cases/work-queue.js';
import { WORK_KINDS, WORK_SORTS } from '../../domain/process/work-queue.js';
import { readContribution, viewCase } from '../../services/cases/view-case.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseList, caseView } from './case-responses.js';
import { caseParams, phase, purpose, registerCaseBody, subject, uuid } from './schemas.js';

export function registerCaseRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases',
      summary: 'Register a case (aanmelding)',
      description: 'Only a professional of an active covenant partner registers (P1). The registration needs a legal basis (P5); a BSN passes the 11-test and only when your organisation may use it (P8).',
      tags: ['cases'],
      auth: 'personal',
      body: registerCaseBody,
      status: 201,
      response: z.object({ id: z.string(), number: z.string(), subjectIds: z.array(z.string()), registrationId: z.string() }),
    },
    ({ body, actor }) => registerCase(deps, actor, body),
  );

  defineRoute(
    app,
    {
      method: 'PATCH',
      url: '/api/cases/:caseId/subjects/:subjectId',
      summary: "Complete or correct a subject's details: name, birth date, address, BSN (seed 000 art. 8.1c)",
      description:
        'By the case\'s staff or a designated professional while the case runs. Where only the minimal set is stored before pickup (Nijmegen), only after a partner picked the case up (P12); a BSN passes the 11-test and only when your organisation may use it (P8). Changing a detail that already had a value (the name always has one) is a correction: it needs `reason` (400 naming `reason` otherwise), which is kept encrypted with the corrected field names; the old value is not kept. Audited as `subject.correct`, else `subject.complete`.',
      tags: ['cases'],
      auth: 'personal',
      params: z.object({ caseId: uuid, subjectId: uuid }),
      body: subject
        .pick({ name: true, birthDate: true, address: true, bsn: true })
        .partial({ name: true })
        .extend({ version: z.number().int().positive().optional(), reason: z.string().trim().min(1).max(2000).optional() })
        .superRefine((b, ctx) => {
          if (b.name === undefined && b.birthDate === undefined && b.address === undefined && b.bsn === undefined) {
            ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'vul minstens een gegeven in: geboortedatum, adres of BSN', params: { en: 'fill in at least one of birth date, address or BSN' } });
          }
        }),
      response: z.object({ subjectId: z.string(), version: z.number() }),
    },
    ({ actor, params, body }) => completeSubject(deps, actor, { caseId: params.caseId, subjectId: params.subjectId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/subject-corrections',
      summary: "The corrections of the case's subjects: fields, reason, who and when (seed 000 art. 8.1c, 000-R27)",
      description:
        "Newest first. By the people who may correct: the case's staff or a designated professional while the case runs (403 otherwise). The old values are not kept, so none is shown. The read is audited as `subject.corrections_read`.",
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
      response: z.array(
        z.object({ id: z.string(), subjectId: z.string(), fields: z.array(z.enum(CORRECTED_FIELDS)), reason: z.string(), correctedBy: z.string().nullable(), correctedAt: z.string() }),
      ),
    },
    ({ actor, params }) => listSubjectCorrections(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/cases', summary: 'My work: the cases I act in', tags: ['cases'], auth: 'personal', query: z.object({ phase: phase.optional() }), response: caseList },
    ({ actor, query }) => listCases(deps, actor, { phase: query.phase }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/team-queue',
      summary: "The team queue: new registrations of my pool held by a colleague or by nobody",
      description: 'For process directors: the cases in screening of the tables whose process directors they are among (a table with a responsible officer: that partner\'s directors), other than their own. Case number, table, date and who holds it; no subject or content. Audited. Other roles get an empty list.',
      tags: ['cases'],
      auth: 'personal',
      response: z.array(z.object({ id: z.string(), number: z.string(), tableId: z.string(), registeredAt: z.string(), heldBy: z.string().nullable() })),
    },
    ({ actor }) => listTeamQueue(deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/work-queue',
      summary: "The team's work queue of every kind: new registrations, triage answers in, meetings to prepare, actions overdue, reminders due",
      description:
        'For process directors. New registrations of the pool (as /api/team-queue: number and holder only); of the cases the access engine lets me read now: triage answers in, planned meetings, open actions past their due date and my reminders that are due. Overdue first, then by due date, unless `sort` asks for due date, case number (newest first) or kind. Search on case number or subject name (names only of cases I may read), filter by kind, paged. Each item links to the screen where the work is done. Audited. Other roles get an empty page.',
      tags: ['cases'],
      auth: 'personal',
      query: z.object({
        kind: z.enum(WORK_KINDS).optional(),
        sort: z.enum(WORK_SORTS).default('urgency'),
        q: z.string().max(100).optional(),
        page: z.coerce.number().int().min(1).max(10000).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
      response: z.object({
        items: z.array(
          z.object({
            kind: z.enum(WORK_KINDS),
            id: z.string(),
            caseId: z.string().nullable(),
            caseNumber: z.string().nullable(),
            title: z.string().nullable(),
            detail: z.string().nullable(),
            dueAt: z.string(),
            overdue: z.boolean(),
            link: z.string(),
          }),
        ),
        total: z.number(),
        page: z.number(),
        pageSize: z.number(),
        counts: z.object(Object.fromEntries(WORK_KINDS.map((k) => [k, z.number()])) as Record<(typeof WORK_KINDS)[number], z.ZodNumber>),
      }),
    },
    async ({ actor, query }) => {
      const page = await workQueue(deps, actor, { kind: query.kind, sort: query.sort, search: query.q, page: query.page, pageSize: query.pageSize });
      return { ...page, items: page.items.map((i) => ({ ...i, dueAt: new Date(i.dueAt).toISOString() })) };
    },
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/take-from-queue',
      summary: 'Take a case from the team queue: I become its process director',
      description: 'Only a process director of the case\'s pool, only while the case is in screening. The colleague who held it stops acting in it. Audited, refusals too.',
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
      response: z.object({ version: z.number() }),
    },
    ({ actor, params }) => takeFromQueue(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId',
      summary: 'The case as I may see it now, with my abilities',
      description: 'Every read is decided by the access engine for the stated purpose (default: the purpose of the current phase) and audited.',
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
      query: z.object({ purpose: purpose.optional() }),
      response: caseView,
    },
    ({ actor, params, query }) => viewCase(deps, actor, params.caseId, query.purpose),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/contributions/:contributionId',
      summary: 'Read (or take along) one contribution for a stated purpose',
      description: 'A refusal names the rule (P2, P3, P4, P6, P8, P9, P11, P12, P13) and is audited. Take-along needs the contributor\'s grant (P4).',
      tags: ['contributions'],
      auth: 'personal',
      params: z.object({ caseId: uuid, contributionId: uuid }),
      query: z.object({ purpose, action: z.enum(['read', 'take_along']).default('read') }),
    },
    ({ actor, params, query }) => readContribution(deps, actor, { ...params, purpose: query.purpose, action: query.action }),
  );
}
