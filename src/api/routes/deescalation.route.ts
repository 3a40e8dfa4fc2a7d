import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readAdminSet } from '../../services/deescalation/read-admin-set.js';
import { readRetentionStatus } from '../../services/deescalation/read-retention-status.js';
import { recordDeescalationException } from '../../services/deescalation/record-exception.js';
import { clearDossier } from '../../services/deescalation/clear-dossier.js';
import { listClearings } from '../../services/deescalation/list-clearings.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, isoDateTime, phase, text, uuid } from './schemas.js';

const moment = isoDateTime.nullable();

const retentionStatusResponse = z.object({
  caseId: uuid,
  number: z.string(),
  phase,
  stage: z.enum(['active', 'step1', 'step2', 'step3', 'not_accepted']),
  policy: z.object({
    source: z.string(),
    archiveAfterMonths: z.number().int().nullable(),
    deleteAfterMonths: z.number().int(),
    exceptionsAllowed: z.boolean(),
    maxExceptionMonths: z.number().int(),
  }),
  deescalationDecidedAt: moment,
  archiveAt: moment.describe('When the dossier is archived (step 2); null when done, without an archive step, or when deletion comes first'),
  deleteAt: moment.describe('When the case is deleted (step 3)'),
  latestReassessAt: moment.describe('The furthest re-assessment date of an exception recorded now'),
  exceptions: z.array(
    z.object({
      id: uuid,
      step: z.enum(['archive', 'delete']),
      decidedAt: isoDateTime,
      reassessAt: isoDateTime,
      effectiveReassessAt: isoDateTime.describe('The re-assessment date the schedule honours (at most the limit after the decision)'),
      counts: z.boolean(),
      postpones: z.boolean().describe('Whether this exception sets its step\'s current due date'),
      decidedByPartner: z.object({ id: uuid, name: z.string() }),
      decidedByName: z.string().nullable(),
      motivation: z.string().nullable().describe('Null once the dossier is archived'),
    }),
  ),
  informingPartner: z.object({ id: uuid, name: z.string() }).nullable().describe("The case director's partner, which tells the subject of the deletion"),
  subjectInformedOfDeletionAt: moment,
  reopenings: z.array(z.object({ at: isoDateTime, reason: z.string() })).describe("The manager's re-openings of the archived dossier with their reasons; each sets a new de-escalation date"),
});

export function registerDeescalationRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/deescalation/exceptions',
      summary: 'Postpone a de-escalation step with a motivated exception of the lead partner (P13)',
      description: 'The re-assessment lies at most the configured months (6 in seed 003) ahead.',
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ step: z.enum(['archive', 'delete']), motivation: text(4000), reassessAt: z.union([z.iso.date('must be a date YYYY-MM-DD'), isoDateTime]), onBehalfOfPartnerId: uuid.optional() }),
      status: 201,
    },
    ({ actor, params, body }) => recordDeescalationException(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/deescalation/clearing',
      summary: 'Clear the dossier at de-escalation: remove contributions no longer needed (seed 003 fase 4, P13)',
      description:
        "By the process director acting in the case, after the decision to de-escalate and before archiving. The contributions are deleted (with their take-along grants and weighings); a record without content says whose, which category, when, by whom and why; each is audited on behalf of its contributor, whose professional is told in the inbox. One id not in the dossier refuses the whole.",
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ contributionIds: z.array(uuid).min(1).max(500), reason: text(2000) }),
      response: z.object({ cleared: z.number().int() }),
    },
    ({ actor, params, body }) => clearDossier(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/deescalation/clearings',
      summary: 'What was removed from the dossier: per contribution whose, which category, when, by whom and why (seed 003 fase 4, P13)',
      description:
        'For the process director or support acting in the case. No content (it is gone): the contributor, the category, whether police data, when it was contributed and removed, by whom, the reason, and the cause (the clearing at de-escalation or the police data\'s own retention). The read is audited.',
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
      response: z.array(
        z.object({
          id: uuid,
          contributionId: uuid,
          contributedByPartnerId: uuid,
          category: z.string(),
          police: z.boolean(),
          contributedAt: isoDateTime,
          cause: z.enum(['deescalation_clearing', 'police_data_retention']),
          clearedBy: uuid.nullable(),
          clearedByName: z.string().nullable(),
          clearedAt: isoDateTime,
          reason: z.string().nullable(),
        }),
      ),
    },
    ({ actor, params }) => listClearings(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/admin-set',
      summary: 'The administrative set of an archived dossier (staff only, P13)',
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
    },
    ({ actor, params }) => readAdminSet(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/retention',
      summary: 'The de-escalation and retention status of a case: stage, due dates, exceptions (P12, P13)',
      description:
        'The dates are computed by the retention schedule of the collaboration (seed 003: archive 6 and delete 12 months after the de-escalation decision, a valid exception postpones its step). Readable by whoever may see the administrative set; the read is audited. Once archived, the exceptions carry no motivation.',
      tags: ['de-escalation'],
      auth: 'personal',
      params: caseParams,
      response: retentionStatusResponse,
    },
    ({ actor, params }) => readRetentionStatus(deps, actor, params.caseId),
  );
}
