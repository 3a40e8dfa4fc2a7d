import type { FastifyInstance } from 'fastify';
import { listIncidents } from '../../services/incidents/list-incidents.js';
import { recordIncidentNotice } from '../../services/incidents/record-incident-notice.js';
import { registerIncident } from '../../services/incidents/register-incident.js';
import { acknowledgeIncident, closeIncident, recordIncidentUpdate } from '../../services/incidents/follow-up-incident.js';
import { viewIncident } from '../../services/incidents/view-incident.js';
import { incidentCloseBody, incidentUpdateBody } from './privacy-office.schema.js';
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
  defineRoute(
    app,
    { method: 'GET', url: '/api/incidents', summary: 'Incidents with the status of their notices (P17)', description: "All for the privacy officer and the manager; for others those their organisation was told of, when they are its privacy contact.", tags, auth: 'personal' },
    ({ actor }) => listIncidents(deps, actor),
  );
  defineRoute(
    app,
    { method: 'GET', url: '/api/incidents/:id', summary: 'One incident: notices, acknowledgements, developments and measures, evaluation (P17)', tags, auth: 'personal', params: recordParams },
    ({ actor, params }) => viewIncident(deps, actor, params.id),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/incidents/:id/acknowledgement', summary: "The actor's organisation acknowledges the incident notice (P17)", tags, auth: 'personal', params: recordParams },
    ({ actor, params }) => acknowledgeIncident(deps, actor, params.id),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/incidents/:id/updates', summary: 'Record a development or a measure; told partners get it in their inbox (P17, art. 14.4)', tags, auth: 'personal', params: recordParams, body: incidentUpdateBody, status: 201 },
    ({ actor, params, body }) => recordIncidentUpdate(deps, actor, params.id, body),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/incidents/:id/close', summary: 'Close the incident with an evaluation (P17)', tags, auth: 'personal', params: recordParams, body: incidentCloseBody },
    ({ actor, params, body }) => closeIncident(deps, actor, params.id, body),
  );
  defineRoute(
    app,
    { method: 'POST', url: '/api/incidents/:id/notices', summary: 'Record that the partners or the DPA were notified, or why the DPA need not be (P17)', tags, auth: 'personal', params: recordParams, body: incidentNoticeBody },
    ({ actor, params, body }) => recordIncidentNotice(deps, actor, params.id, body),
  );
}
