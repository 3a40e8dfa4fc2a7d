/** The privacy office's menu: which of its screens the signed-in user may use. */
import type { FastifyInstance } from 'fastify';
import { privacyMenu } from '../../services/privacy-office/privacy-menu.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';

export function registerPrivacyOfficeRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(app, { method: 'GET', url: '/api/privacy/menu', summary: "Which of the privacy office's screens the user may use", tags: ['privacy office'], auth: 'session' }, ({ actor }) => privacyMenu(deps, actor));
}
