import type { FastifyInstance } from 'fastify';
import { evaluateComplaintsOfPeriod } from '../../services/complaints/evaluate-complaints.js';
import { listComplaints } from '../../services/complaints/list-complaints.js';
import { registerComplaint } from '../../services/complaints/register-complaint.js';
import { respondToComplaint } from '../../services/complaints/respond-to-complaint.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { complaintBody, periodQuery, recordParams } from './schemas.js';

export function registerComplaintRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['complaints'];
  defineRoute(
    app,
    { method: 'POST', url: '/api/complaints', summary: 'Receive a complaint and route it to the responsible partner (P18)', description: 'Process director only.', tags, auth: 'personal', body: complaintBody, status: 201 },
    ({ actor, body }) => registerComplaint(deps, actor, body),
  );
  defineRoute(app, { method: 'GET', url: '/api/complaints', summary: 'Complaints, without who complained (P18)', tags, auth: 'personal' }, ({ actor }) => listComplaints(deps, actor));
  defineRoute(
    app,
    { method: 'GET', url: '/api/complaints/evaluation', summary: 'Periodic evaluation of complaints: counts only (P18)', tags, auth: 'session', query: periodQuery },
    ({ actor, query }) => evaluateComplaintsOfPeriod(deps, actor, { from: new Date(query.from), to: new Date(query.to) }),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/complaints/:id/response', summary: 'Record that the complaint was answered (P18)', tags, auth: 'personal', params: recordParams },
    ({ actor, params }) => respondToComplaint(deps, actor, params.id),
  );
}
