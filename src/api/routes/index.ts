/** Every route module, registered once. Add a resource by adding its module here. */
import type { FastifyInstance } from 'fastify';
import type { ApiOptions } from '../app.js';
import { registerAuthRoutes } from './auth.route.js';
import { registerCaseRoutes } from './cases.route.js';
import { registerConsentRoutes } from './consents.route.js';
import { registerContributionRoutes } from './contributions.route.js';
import { registerDeescalationRoutes } from './deescalation.route.js';
import { registerHealthRoutes } from './health.route.js';
import { registerInformingRoutes } from './informing.route.js';
import { registerThirdPartyRoutes } from './third-parties.route.js';
import { registerTriageRoutes } from './triage.route.js';
import { registerMeetingRoutes } from './meetings.route.js';
import { registerOidcRoutes } from './oidc.route.js';
import { registerTotpRoutes } from './totp.route.js';
import { registerPhaseRoutes } from './phases.route.js';
import { registerPlanRoutes } from './plan.route.js';
import { registerPresenceRoutes } from './presence.route.js';
import { registerWebRoutes } from './web.route.js';

export async function registerRoutes(app: FastifyInstance, options: ApiOptions): Promise<void> {
  registerHealthRoutes(app, options);
  registerAuthRoutes(app, options);
  registerTotpRoutes(app, options);
  registerOidcRoutes(app, options);
  registerCaseRoutes(app, options);
  registerTriageRoutes(app, options);
  registerContributionRoutes(app, options);
  registerConsentRoutes(app, options);
  registerInformingRoutes(app, options);
  registerThirdPartyRoutes(app, options);
  registerPhaseRoutes(app, options);
  registerMeetingRoutes(app, options);
  registerPlanRoutes(app, options);
  registerDeescalationRoutes(app, options);
  registerPresenceRoutes(app, options);
  await registerWebRoutes(app);
}
