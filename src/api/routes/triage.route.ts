import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answerTriageQuestion } from '../../services/triage/answer-triage-question.js';
import { askTriageQuestion } from '../../services/triage/ask-triage-question.js';
import { viewTriageQuestion } from '../../services/triage/view-triage-question.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { contributionFields, contributionPurposes, legalBasis, partnerIds, rtoRelease, text, uuid } from './schemas.js';

export function registerTriageRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/triage-questions',
      summary: 'Ask selected partners a triage question (§3.2)',
      description: 'Only the process director acting in the case, in triage, on behalf of the lead partner. Only the partners of the case table: structural ones, incidental ones with a recorded tableReason, others where the table lets any covenant partner join (P2, seed 000 Bijlage 2). Asking every core partner needs a recorded justification (P2); Venlo asks all core partners "known / not known" only. Asking designates nobody.',
      tags: ['triage'],
      auth: 'personal',
      params: z.object({ caseId: uuid }),
      body: z.object({
        partners: partnerIds.min(1, 'at least one partner'),
        onBehalfOf: uuid,
        task: text(500),
        purpose: text(500),
        whyNeeded: text(2000),
        question: text(),
        allPartnersJustification: text(2000).optional(),
        /** Why the table's incidental partners among the asked are needed (seed 000 Bijlage 2). */
        tableReason: text(2000).optional(),
      }),
      status: 201,
      response: z.object({ asked: z.array(z.object({ partnerId: z.string(), questionId: z.string(), contributionId: z.string() })) }),
    },
    ({ actor, params, body }) => askTriageQuestion(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/triage-questions/:questionId',
      summary: 'A triage question as the asked organisation sees it, with the answer the domain accepts',
      description: 'Only for the asked organisation. `answer` is `presence` for an enrichment question (Venlo: "known / not known" and nothing more) and `contribution` otherwise.',
      tags: ['triage'],
      auth: 'personal',
      params: z.object({ caseId: uuid, questionId: uuid }),
      response: z.object({
        questionId: z.string(),
        caseId: z.string(),
        task: z.string(),
        purpose: z.string(),
        tableReason: z.string().nullable().describe('Why this organisation, an incidental partner of the table, is asked (seed 000 Bijlage 2); null for a structural partner.'),
        askedAt: z.string(),
        onBehalfOfPartnerId: z.string(),
        answered: z.boolean(),
        answer: z.enum(['presence', 'contribution']),
        table: z.object({
          id: z.string(),
          name: z.string(),
          categories: z.array(z.object({ id: z.string(), label: z.string().nullable() })),
          sharedInformation: z.string().nullable(),
        }).nullable(),
        weighing: z.enum(['missing', 'incomplete', 'complete']).describe("The asked organisation's own weighing for sharing without consent in this case (P7): a release without consent needs it complete."),
      }),
    },
    ({ actor, params }) => viewTriageQuestion(deps, actor, { caseId: params.caseId, questionId: params.questionId }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/triage-questions/:questionId/answers',
      summary: "Answer a triage question as the asked organisation's professional",
      description: 'Creates your organisation\'s contribution (P4, P5) and designates you in the case. Send `known` alone for a "known / not known" answer.',
      tags: ['triage'],
      auth: 'personal',
      params: z.object({ caseId: uuid, questionId: uuid }),
      body: contributionFields.extend({
        content: text().optional(),
        known: z.boolean().optional(),
        purposes: contributionPurposes.default(['triage', 'rto']),
        basis: legalBasis,
        releasedForRto: rtoRelease.default('none'),
      }).refine((b) => b.content !== undefined || b.known !== undefined, { message: 'give content or known', path: ['content'] }),
      status: 201,
      response: z.object({ contributionId: z.string() }),
    },
    ({ actor, params, body }) => answerTriageQuestion(deps, actor, { caseId: params.caseId, questionId: params.questionId, ...body }),
  );
}
