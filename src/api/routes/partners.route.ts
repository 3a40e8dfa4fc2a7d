import type { FastifyInstance } from 'fastify';
import { decideAccession } from '../../services/governance/decide-accession.js';
import { excludePartner } from '../../services/governance/exclude-partner.js';
import { designatePartnerDelegates, viewPartnerDelegates } from '../../services/governance/partner-delegates.js';
import { givePartnerNotice } from '../../services/governance/give-partner-notice.js';
import { listMembershipDecisions } from '../../services/governance/list-membership-decisions.js';
import { listPartners } from '../../services/governance/list-partners.js';
import { requestAccession } from '../../services/governance/request-accession.js';
import { signAccessionDeclaration } from '../../services/governance/sign-accession-declaration.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { accessionDecisionBody, accessionRequestBody, declarationBody, exclusionBody, exclusionResponse, membershipDecisionsResponse, noticeBody, partnerDelegatesBody, partnerDelegatesResponse, partnerParams } from './schemas.js';

export function registerPartnerRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  const tags = ['partners'];
  defineRoute(app, { method: 'GET', url: '/api/partners', summary: 'The partners and their membership (P1)', description: 'Admin only.', tags, auth: 'session' }, ({ actor }) => listPartners(deps, actor));

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/partners',
      summary: 'A request to join the covenant (P1)',
      description: 'The candidate is recorded as a non-member. It becomes a member only when the approvals the covenant demands and its signed accession declaration are recorded. Admin only.',
      tags,
      auth: 'session',
      body: accessionRequestBody,
      status: 201,
    },
    ({ actor, body }) => requestAccession(deps, actor, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/partners/:partnerId/accession/decisions',
      summary: 'Record an approval or refusal of a candidate, by a partner or the steering group (P1)',
      tags,
      auth: 'session',
      params: partnerParams,
      body: accessionDecisionBody,
    },
    ({ actor, params, body }) => decideAccession(deps, actor, { partnerId: params.partnerId, by: body.by, approved: body.approved, at: body.at, motivation: body.motivation }),
  );

  defineRoute(
    app,
    { method: 'POST', url: '/api/partners/:partnerId/accession/declaration', summary: 'Record the signed accession declaration (P1)', tags, auth: 'session', params: partnerParams, body: declarationBody },
    ({ actor, params, body }) => signAccessionDeclaration(deps, actor, { partnerId: params.partnerId, signedAt: body.signedAt }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/partners/:partnerId/notice',
      summary: 'The partner gives notice (P1)',
      description:
        "The membership ends after the collaboration's notice period, or, with `onAmendment`, on the day the named amendment takes effect where the covenant allows that; from then on its users are refused personal data.",
      tags,
      auth: 'session',
      params: partnerParams,
      body: noticeBody,
    },
    ({ actor, params, body }) => givePartnerNotice(deps, actor, { partnerId: params.partnerId, givenAt: body.givenAt, onAmendment: body.onAmendment, unanimousConsents: body.unanimousConsents }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/partners/:partnerId/exclusion',
      summary: 'The steering group excludes the partner (P1)',
      description:
        'Records the decision (date, reason, votes, the notice of default the covenant asks) and who recorded it. With immediate effect the partner is no active member from the decision on: its users act no more. Admin only.',
      tags,
      auth: 'session',
      params: partnerParams,
      body: exclusionBody,
      status: 201,
      response: exclusionResponse,
    },
    ({ actor, params, body }) => excludePartner(deps, actor, { partnerId: params.partnerId, decidedAt: body.decidedAt, reason: body.reason, noticeOfDefault: body.noticeOfDefault, votes: body.votes }),
  );

  const delegatesDescription =
    "Who speaks for the partner (seed 001 art. 5.3, ADR 0212): its designated users receive the rights requests, incident notices and complaints routed to the partner and read the published accountability report. Without a designation, or when every designated user is deactivated or has left the partner, the derived contacts apply (its privacy officers, else managers, else professionals and process directors). The administrator for any partner; a manager for its own organisation.";
  defineRoute(
    app,
    { method: 'GET', url: '/api/partners/:partnerId/delegates', summary: "The partner's designated delegates, who speaks for it now, and the history (§7)", description: delegatesDescription, tags, auth: 'session', params: partnerParams, response: partnerDelegatesResponse },
    ({ actor, params }) => viewPartnerDelegates(deps, actor, params.partnerId),
  );
  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/partners/:partnerId/delegates',
      summary: 'Designate the users who speak for the partner (§7)',
      description: `${delegatesDescription} Only active users of the partner itself, in a role that speaks for a partner, at most five; an empty list withdraws the designation. Kept with who designated and when.`,
      tags,
      auth: 'session',
      params: partnerParams,
      body: partnerDelegatesBody,
      response: partnerDelegatesResponse,
    },
    ({ actor, params, body }) => designatePartnerDelegates(deps, actor, params.partnerId, body.userIds),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/membership-decisions',
      summary: 'The decisions that ended a membership other than by ordinary notice (P1)',
      description: 'Exclusions by the steering group, withdrawals on an unacceptable amendment and immediate terminations with every partner’s consent, newest first, with who recorded each. Admin and manager; audited as `partner.membership_decisions`.',
      tags,
      auth: 'session',
      response: membershipDecisionsResponse,
    },
    ({ actor }) => listMembershipDecisions(deps, actor),
  );
}
