/**
 * Which of the privacy office's screens the signed-in user may use, computed by the same rules
 * the services apply (the menu never decides; the API still refuses what a rule forbids).
 */
import { complaintReader } from '../../domain/incidents/complaint-access.js';
import { INCIDENT_OFFICE_ROLES } from '../../domain/incidents/incident-follow-up.js';
import { rightsRequestReader } from '../../domain/rights/partner-answers.js';
import { publishedReportReader } from '../../domain/reporting/report-publication.js';
import { provisionLogScope } from '../../domain/reporting/provision-log.js';
import { regimesOf } from '../../store/repositories/partner-row.js';
import { withActor } from '../access-gate.js';
import { mayDo } from '../governance/role-guard.js';
import { noticeUsers } from '../notifications/notify.js';
import type { ServiceDeps, SessionActor } from '../ports.js';

export interface PrivacyMenu {
  readonly rightsRequests: boolean;
  readonly accountability: boolean;
  /** The published reports only: for a partner's representative, who has no live report (ADR 0166). */
  readonly publishedReports: boolean;
  readonly incidents: boolean;
  readonly complaints: boolean;
  readonly provisions: boolean;
  readonly statistics: boolean;
}

export async function privacyMenu(deps: ServiceDeps, actor: SessionActor): Promise<PrivacyMenu> {
  return withActor(deps, actor, async (trx) => {
    const users = await noticeUsers(trx, actor.collaborationId);
    const own = await trx.selectFrom('partners').select('legal_regimes').where('id', '=', actor.partnerId).executeTakeFirst();
    return {
      // The privacy office, and each partner's privacy contact (requests routed to its organisation).
      rightsRequests: rightsRequestReader(actor, mayDo(actor, 'rights.handle'), [actor.partnerId], users) !== null,
      accountability: mayDo(actor, 'reports.accountability'),
      publishedReports: publishedReportReader(actor, mayDo(actor, 'reports.accountability'), users) === 'representative',
      incidents: INCIDENT_OFFICE_ROLES.includes(actor.role) || mayDo(actor, 'incidents.register'),
      complaints: complaintReader(actor, actor.partnerId, users) !== null,
      provisions: provisionLogScope(actor, regimesOf(own)) !== null,
      statistics: actor.role === 'statistician',
    };
  });
}
