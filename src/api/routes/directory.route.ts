import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { directory } from '../../services/governance/directory.js';
import { takeUpQuestion, triageInbox } from '../../services/triage/triage-inbox.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { uuid } from './schemas.js';

export function registerDirectoryRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    { method: 'GET', url: '/api/directory', summary: "The collaboration's partners and people to ask or invite, and my organisation", tags: ['collaboration'], auth: 'session' },
    ({ actor }) => directory(deps, actor),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/triage-inbox', summary: 'Open triage questions addressed to my organisation (no content)', tags: ['triage'], auth: 'personal' },
    ({ actor }) => triageInbox(deps, actor),
  );
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/triage-questions/:questionId/take-up',
      summary: 'Take up a question addressed to my organisation: I am designated in the case and read the question as its addressee',
      tags: ['triage'],
      auth: 'personal',
      params: z.object({ caseId: uuid, questionId: uuid }),
    },
    ({ actor, params }) => takeUpQuestion(deps, actor, params),
  );
}
