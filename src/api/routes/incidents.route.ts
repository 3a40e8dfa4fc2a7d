import type { FastifyInstance } from 'fastify';
import { listIncidents } from '../../services/incidents/list-incidents.js';
import { recordIncidentNotice } from '../../services/incidents/record-incident-notice.js';
import { registerIncident } from '../../services/incidents/register-incident.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { incidentBody, incidentNoticeBody, recordParams } from './schemas.js';

export function registerIncidentRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['incidents'];
  defineRoute(
    app,
    { method: 'POST', url: '/api/incidents', summary: 'Register a security incident (P17)', description: 'Partners are to be told within 24 hours of discovery, the Dutch DPA within 72 hours.', tags, auth: 'personal', body: incidentBody, status: 201 },
    ({ actor, body }) => registerIncident(deps, actor, body),
  );
  defineRoute(app, { method: 'GET', url: '/api/incidents', summary: 'Incidents with the status of their notices (P17)', tags, auth: 'personal' }, ({ actor }) => listIncidents(deps, actor));
  defineRoute(
    app,
    { method: 'POST', url: '/api/incidents/:id/notices', summary: 'Record that the partners or the DPA were notified, or why the DPA need not be (P17)', tags, auth: 'personal', params: recordParams, body: incidentNoticeBody },
    ({ actor, params, body }) => recordIncidentNotice(deps, actor, params.id, body),
  );
}
