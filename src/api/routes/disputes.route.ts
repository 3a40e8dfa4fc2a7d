import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { decideDispute, escalateDispute, listDisputes, raiseDispute } from '../../services/governance/disputes.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { recordParams, text, uuid } from './schemas.js';

const disputeView = z.object({
  id: z.string(),
  caseId: z.string(),
  about: z.enum(['process_director', 'case_director']),
  aboutUserId: z.string(),
  raisedBy: z.string(),
  raisedForPartnerId: z.string(),
  raisedAt: z.string(),
  summary: z.string(),
  status: z.enum(['open', 'escalated', 'decided']),
  heldBy: z.string().nullable(),
  escalatedTo: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  escalationReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  version: z.number().int(),
  source: z.string(),
  abilities: z.object({ decide: z.boolean(), escalate: z.boolean() }),
});

/** Disputes about how a director carries out its tasks (seed 003 art. 9.4, 10.4; seed 001 art. 9.4, 10.4). */
export function registerDisputeRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['disputes'];
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/disputes',
      summary: 'Raise a dispute about the process director or the case director of a case',
      description: 'By someone working in the case. About the process director it goes to the manager, about a case director to the process director; they are told in the inbox.',
      tags,
      auth: 'personal',
      body: z.object({ caseId: uuid, about: z.enum(['process_director', 'case_director']), aboutUserId: uuid.optional(), summary: text(4000) }),
      status: 201,
      response: disputeView,
    },
    ({ actor, body }) => raiseDispute(deps, actor, body),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/disputes', summary: 'The disputes I raised or hold now (audited)', tags, auth: 'personal', response: z.array(disputeView) },
    ({ actor }) => listDisputes(deps, actor),
  );
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/disputes/:id/escalation',
      summary: 'Put the dispute to the body the covenant names (by its handler); the manager then records that body’s decision',
      tags,
      auth: 'personal',
      params: recordParams,
      body: z.object({ version: z.number().int().positive(), reason: text(4000) }),
      response: disputeView,
    },
    ({ actor, params, body }) => escalateDispute(deps, actor, params.id, body),
  );
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/disputes/:id/decision',
      summary: 'Record the outcome of the dispute (by whoever holds it); the one who raised it is told',
      tags,
      auth: 'personal',
      params: recordParams,
      body: z.object({ version: z.number().int().positive(), outcome: text(4000) }),
      response: disputeView,
    },
    ({ actor, params, body }) => decideDispute(deps, actor, params.id, body),
  );
}
