import type { FastifyInstance } from 'fastify';
import { evaluateComplaintsOfPeriod } from '../../services/complaints/evaluate-complaints.js';
import { listComplaints } from '../../services/complaints/list-complaints.js';
import { registerComplaint } from '../../services/complaints/register-complaint.js';
import { respondToComplaint } from '../../services/complaints/respond-to-complaint.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { periodQuery, recordParams } from './schemas.js';
import { complaintRegisterBody, complaintResponseBody } from './privacy-office.schema.js';
import { viewComplaint } from '../../services/complaints/view-complaint.js';

export function registerComplaintRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['complaints'];
  defineRoute(
    app,
    { method: 'POST', url: '/api/complaints', summary: 'Receive a complaint and route it to the responsible partner (P18)', description: 'Process director only.', tags, auth: 'personal', body: complaintRegisterBody, status: 201 },
    ({ actor, body }) => registerComplaint(deps, actor, body),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/complaints', summary: 'Complaints, without who complained (P18)', description: 'All for the process director and the privacy officer; for a partner\'s privacy contact those routed to its organisation.', tags, auth: 'personal' },
    ({ actor }) => listComplaints(deps, actor),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/complaints/evaluation', summary: 'Periodic evaluation of complaints: counts only (P18)', tags, auth: 'session', query: periodQuery },
    ({ actor, query }) => evaluateComplaintsOfPeriod(deps, actor, { from: new Date(query.from), to: new Date(query.to) }),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/complaints/:id/response', summary: 'Record that the complaint was answered (P18)', description: 'By the partner it was routed to, or by the process director or privacy officer on its behalf.', tags, auth: 'personal', params: recordParams, body: complaintResponseBody },
    ({ actor, params, body }) => respondToComplaint(deps, actor, params.id, body),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/complaints/:id', summary: 'One complaint with who complained, for those who must answer it (P18)', tags, auth: 'personal', params: recordParams },
    ({ actor, params }) => viewComplaint(deps, actor, params.id),
  );
}
