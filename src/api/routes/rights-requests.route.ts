import type { FastifyInstance } from 'fastify';
import { answerRightsRequest } from '../../services/rights/answer-rights-request.js';
import { extendRightsRequest } from '../../services/rights/extend-rights-request.js';
import { listRightsRequests } from '../../services/rights/list-rights-requests.js';
import { previewAccessAnswer } from '../../services/rights/preview-access-answer.js';
import { refuseRightsRequest } from '../../services/rights/refuse-rights-request.js';
import { registerRightsRequest } from '../../services/rights/register-rights-request.js';
import { answerForPartner } from '../../services/rights/answer-for-partner.js';
import { searchRightsSubjects } from '../../services/rights/search-subjects.js';
import { viewRightsRequest } from '../../services/rights/view-rights-request.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { executeRightsRequest } from '../../services/rights/execute-rights-request.js';
import { liftRestriction } from '../../services/rights/lift-restriction.js';
import { executionBody, liftRestrictionBody, extensionBody, partnerAnswerBody, recordParams, refusalBody, rightsRequestBody, subjectSearchQuery } from './schemas.js';

export function registerRightsRequestRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['rights requests'];
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/rights-requests',
      summary: 'Register a data-subject request (P15)',
      description: "Deadline from the collaboration's answer term; routed to every partner whose data is involved. Privacy officer only.",
      tags,
      auth: 'personal',
      body: rightsRequestBody,
      status: 201,
    },
    ({ actor, body }) => registerRightsRequest(deps, actor, body),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/rights-requests', summary: 'Rights requests with deadline and status (P15)', description: "The privacy officer's are all; a partner's contact sees those routed to its organisation.", tags, auth: 'personal' },
    ({ actor }) => listRightsRequests(deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/rights-requests/subjects',
      summary: 'Find the subject of a request by BSN, or by name and birth date, within the collaboration (P15)',
      description: 'Matches on keyed hashes; returns subject id, case number, relation and phase. Privacy officer only; audited.',
      tags,
      auth: 'personal',
      query: subjectSearchQuery,
    },
    ({ actor, query }) => searchRightsSubjects(deps, actor, query),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/rights-requests/:id', summary: 'One rights request with every routed partner\'s answer (P15)', tags, auth: 'personal', params: recordParams },
    ({ actor, params }) => viewRightsRequest(deps, actor, params.id),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/rights-requests/:id/partner-answer',
      summary: 'A routed partner answers for its own data, or refuses citing art. 41 UAVG or art. 27 Wpg (P15)',
      tags,
      auth: 'personal',
      params: recordParams,
      body: partnerAnswerBody,
      status: 201,
    },
    ({ actor, params, body }) => answerForPartner(deps, actor, params.id, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/rights-requests/:id/execute',
      summary: 'A routed partner carries out a rectification, erasure, restriction or objection on its own data about the subject (P15)',
      description:
        'Acts on the one subject of the request, never the whole household: rectification replaces named contributions (the old text is withdrawn) and named meeting notes, plan goals and plan actions (by meeting, kind and present text; the old text is no longer served); erasure overwrites the contributions about this subject alone; restriction and an upheld objection stop their processing (read only within a rights request); an objection the weighing overrides changes nothing and records the reason. Items also about other members are recorded as left shared. Every change is audited; it counts as the partner’s answer.',
      tags,
      auth: 'personal',
      params: recordParams,
      body: executionBody,
      status: 201,
    },
    ({ actor, params, body }) => executeRightsRequest(deps, actor, params.id, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/rights-requests/:id/lift-restriction',
      summary: 'The privacy officer lifts the restriction an executed restriction request set (P15; AVG art. 18.3)',
      description:
        'With a reason and the date the subject was informed (beforehand, so not in the future). The data is processed again; each lifted item is recorded as an effect of the request and audited under the subject; the partners that received the lifted data get an inbox notice (AVG art. 19) and the letter to the subject is recorded with the request.',
      tags,
      auth: 'personal',
      params: recordParams,
      body: liftRestrictionBody,
      status: 201,
    },
    ({ actor, params, body }) => liftRestriction(deps, actor, params.id, body),
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/rights-requests/:id/extend', summary: 'Extend the deadline by at most two months, with a reason (P15)', tags, auth: 'personal', params: recordParams, body: extensionBody },
    ({ actor, params, body }) => extendRightsRequest(deps, actor, { id: params.id, months: body.months, reason: body.reason }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/rights-requests/:id/access-answer',
      summary: 'The access overview of an open access request (P15, P9)',
      description: 'Data, purposes, categories, recipients, retention and sources. Police data is shown but left out of the copy.',
      tags,
      auth: 'personal',
      params: recordParams,
    },
    ({ actor, params }) => previewAccessAnswer(deps, actor, params.id),
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/rights-requests/:id/answer', summary: 'Answer the request, free of charge; it closes (P15)', tags, auth: 'personal', params: recordParams },
    ({ actor, params }) => answerRightsRequest(deps, actor, params.id),
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/rights-requests/:id/refuse', summary: 'Refuse citing art. 41 UAVG or art. 27 Wpg (P15)', tags, auth: 'personal', params: recordParams, body: refusalBody },
    ({ actor, params, body }) => refuseRightsRequest(deps, actor, { id: params.id, regime: body.regime, ground: body.ground, partial: body.partial, motivation: body.motivation }),
  );
}
