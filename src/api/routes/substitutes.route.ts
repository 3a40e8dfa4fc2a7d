/**
 * Absences with a substitute (ADR 0116) and the support staff of a case (rows 003-52, 004-R05).
 * Validated with zod at the edge; the rules themselves are in the domain
 * (domain/governance/absence.ts, domain/process/support-assignment.ts).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { cancelAbsence, listAbsences, setAbsence } from '../../services/governance/absences.js';
import { assignSupport, listSupportStaff, removeSupport } from '../../services/cases/support-staff.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, isoDate, uuid } from './schemas.js';

const userParams = z.object({ userId: uuid });
const absenceView = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  substituteUserId: z.string(),
  substituteName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  running: z.boolean(),
});

export function registerSubstituteRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/users/:userId/absences',
      summary: "A user's absences with their substitute, the absences in which the user substitutes, and who may substitute (the user itself or the admin)",
      tags: ['users'],
      auth: 'session',
      params: userParams,
      response: z.object({ absences: z.array(absenceView), substituting: z.array(absenceView), candidates: z.array(z.object({ id: z.string(), name: z.string() })) }),
    },
    ({ actor, params }) => listAbsences(deps, actor, params.userId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/users/:userId/absences',
      summary: 'Record an absence and the colleague who substitutes (the user itself or the admin; audited)',
      description:
        'ADR 0116: the substitute is an active colleague of the same partner and role; from `startsOn` to `endsOn` (inclusive, Europe/Amsterdam) the substitute has exactly the access the absent person has in the cases the absent person is staff of or designated in, and every read is audited with the absent person. It ends by itself. All refusals of the form are reported at once.',
      tags: ['users'],
      auth: 'session',
      params: userParams,
      body: z.object({ substituteUserId: uuid, startsOn: isoDate, endsOn: isoDate }),
      response: absenceView,
      status: 201,
    },
    ({ actor, params, body }) => setAbsence(deps, actor, params.userId, body),
  );

  defineRoute(
    app,
    {
      method: 'DELETE',
      url: '/api/users/:userId/absences/:absenceId',
      summary: 'Cancel an absence (the user itself or the admin; audited); the substitute loses the access at once',
      tags: ['users'],
      auth: 'session',
      params: z.object({ userId: uuid, absenceId: uuid }),
    },
    ({ actor, params }) => cancelAbsence(deps, actor, params.userId, params.absenceId),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/support',
      summary: 'The support staff assigned to a case and, for its process director, whom they may assign',
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
      response: z.object({
        assigned: z.array(z.object({ userId: z.string(), name: z.string() })),
        candidates: z.array(z.object({ userId: z.string(), name: z.string() })),
        mayChange: z.boolean(),
      }),
    },
    ({ actor, params }) => listSupportStaff(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/support',
      summary: 'Assign support staff to a running case (its process director or their substitute; audited)',
      description: 'Seed 003 Fase 1 and 2 ("eventueel de betrokken ondersteunende medewerker"), seed 004 Bijlage 2 (managementassistentes): once assigned, the support user acts in the case as staff.',
      tags: ['cases'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ userId: uuid }),
      status: 201,
    },
    ({ actor, params, body }) => assignSupport(deps, actor, params.caseId, body.userId),
  );

  defineRoute(
    app,
    {
      method: 'DELETE',
      url: '/api/cases/:caseId/support/:userId',
      summary: 'End the assignment of support staff to a case (its process director or their substitute; audited)',
      tags: ['cases'],
      auth: 'personal',
      params: z.object({ caseId: uuid, userId: uuid }),
    },
    ({ actor, params }) => removeSupport(deps, actor, params.caseId, params.userId),
  );
}
