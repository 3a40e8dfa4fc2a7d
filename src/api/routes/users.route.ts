import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { declarationRegister } from '../../services/governance/declaration-register.js';
import { createCollaborationUser } from '../../services/governance/create-collaboration-user.js';
import { listUsers } from '../../services/governance/list-users.js';
import { decideRoleGrant, listRoleGrants } from '../../services/governance/role-grants.js';
import { updateUser } from '../../services/governance/update-user.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { newUserBody, roleBody, userChecksBody, userParams, userWorkAreasBody, uuid } from './schemas.js';

export function registerUserRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['users'];
  defineRoute(
    app,
    { method: 'GET', url: '/api/users', summary: 'The users of the collaboration (admin)', tags, auth: 'session', query: z.object({ partnerId: uuid.optional() }) },
    ({ actor, query }) => listUsers(deps, actor, { partnerId: query.partnerId }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/users/declarations',
      summary: 'Who is due: confidentiality declarations and VOG checks missing, due for renewal or expired (admin, manager)',
      description: "Per the collaboration's `declarations` configuration: how long each stays valid, whether the VOG is asked, how many days before expiry a user counts as due, and whether an expired one refuses personal data.",
      tags,
      auth: 'session',
    },
    ({ actor }) => declarationRegister(deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/users',
      summary: 'Create a user (admin)',
      description: 'A privileged role (privacy officer, process director, manager, admin) needs a second person: the account is created inactive with `pendingApproval: true` until a manager approves it (POST /api/role-grants/{id}/approve). The password is stored as an argon2id hash. Until the confidentiality declaration and VOG check are recorded, the user reaches no personal data (§4).',
      tags,
      auth: 'session',
      body: newUserBody,
      status: 201,
    },
    ({ actor, body }) => createCollaborationUser(deps, actor, body),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/role-grants', summary: 'Role requests awaiting a second person (four eyes), and recent decisions (admin, manager)', tags, auth: 'session' },
    ({ actor }) => listRoleGrants(deps, actor),
  );

  for (const [verb, approve] of [['approve', true], ['reject', false]] as const) {
    defineRoute(
      app,
      {
        method: 'POST',
        url: `/api/role-grants/:grantId/${verb}`,
        summary: approve ? 'Approve a privileged role (manager; not the requester, not the account itself)' : 'Reject a privileged role request (manager)',
        tags,
        auth: 'session',
        params: z.object({ grantId: uuid }),
      },
      ({ actor, params }) => decideRoleGrant(deps, actor, params.grantId, approve),
    );
  }

  defineRoute(
    app,
    { method: 'PUT', url: '/api/users/:userId/role', summary: "Change a user's role; effective on its next request", tags, auth: 'session', params: userParams, body: roleBody },
    ({ actor, params, body }) => updateUser(deps, actor, params.userId, { kind: 'role', role: body.role }),
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/users/:userId/deactivate', summary: 'Deactivate a user; its sessions stop working at once', tags, auth: 'session', params: userParams },
    ({ actor, params }) => updateUser(deps, actor, params.userId, { kind: 'deactivate' }),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/users/:userId/checks',
      summary: 'Record the confidentiality declaration and/or VOG check (§4)',
      tags,
      auth: 'session',
      params: userParams,
      body: userChecksBody,
    },
    ({ actor, params, body }) => updateUser(deps, actor, params.userId, { kind: 'checks', confidentialityDeclaredAt: body.confidentialityDeclaredAt, vogCheckedAt: body.vogCheckedAt }),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/users/:userId/work-areas',
      summary: 'Assign the work areas (neighbourhoods) a process director or statistician is responsible for (admin)',
      description:
        "004-C06: a process director directs several wijken; a case registered in a work area goes to a director responsible for it, where one is. 004-R09: a statistician is given at most one work area and sees the case-level process information of that one only (GET /api/reports/case-process). The ids are the collaboration's `workAreas[].id`; an empty list clears.",
      tags,
      auth: 'session',
      params: userParams,
      body: userWorkAreasBody,
    },
    ({ actor, params, body }) => updateUser(deps, actor, params.userId, { kind: 'work_areas', workAreas: body.workAreas }),
  );
}
