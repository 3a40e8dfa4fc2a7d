import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addContribution } from '../../services/contributions/add-contribution.js';
import { approveReferral } from '../../services/contributions/approve-referral.js';
import { viewContributionControl } from '../../services/contributions/contribution-control.js';
import { correctContribution } from '../../services/contributions/correct-contribution.js';
import { grantTakeAlong } from '../../services/contributions/grant-take-along.js';
import { releaseContribution } from '../../services/contributions/release-contribution.js';
import { revokeTakeAlong } from '../../services/contributions/revoke-take-along.js';
import { withdrawContribution } from '../../services/contributions/withdraw-contribution.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { contributionFields, contributionPurposes, legalBasis, partnerIds, registrationDetails, rtoRelease, text, uuid } from './schemas.js';

const one = z.object({ caseId: uuid, contributionId: uuid });
const version = z.number().int().positive();
/** Why the contributor corrects or withdraws; stored encrypted with the contribution. */
const reason = text(2000);
const P4 = 'Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited.';

export function registerContributionRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/contributions',
      summary: "Add your organisation's contribution",
      description: 'By a designated professional in a live phase; needs a legal basis from your catalogue (P5); Nijmegen stores nothing before pickup.',
      tags: ['contributions'],
      auth: 'personal',
      params: z.object({ caseId: uuid }),
      body: contributionFields,
      status: 201,
      response: z.object({ id: z.string(), version: z.number() }),
    },
    ({ actor, params, body }) => addContribution(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/contributions/:contributionId/control',
      summary: 'What the contributor controls: release, exclusions, take-along grants and who takes part',
      description: `${P4} No content is read; the grants in force and the case's organisations and people are listed.`,
      tags: ['contributions'],
      auth: 'personal',
      params: one,
    },
    ({ actor, params }) => viewContributionControl(deps, actor, params),
  );

  defineRoute(
    app,
    {
      method: 'PATCH',
      url: '/api/cases/:caseId/contributions/:contributionId/release',
      summary: 'Release or restrict a contribution for the RTO',
      description: `${P4} Disclosure needs a consent naming every recipient or your completed weighing (P7).`,
      tags: ['contributions'],
      auth: 'personal',
      params: one,
      body: z.object({
        releasedForRto: rtoRelease,
        excluded: partnerIds.default([]),
        disclosureScope: z.enum(['involvement_only', 'content']).default('content'),
        version: version.optional(),
      }),
      response: z.object({ version: z.number(), withoutConsent: z.boolean() }),
    },
    ({ actor, params, body }) => releaseContribution(deps, actor, { ...params, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/contributions/:contributionId/grants',
      summary: 'Grant a participant take-along for a plan action',
      description: `${P4} Only in the RTO and monitoring phases.`,
      tags: ['contributions'],
      auth: 'personal',
      params: one,
      body: z.object({ toUserId: uuid, planAction: text(500) }),
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ({ actor, params, body }) => grantTakeAlong(deps, actor, { ...params, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'DELETE',
      url: '/api/cases/:caseId/contributions/:contributionId/grants/:grantId',
      summary: 'Revoke a take-along grant',
      description: P4,
      tags: ['contributions'],
      auth: 'personal',
      params: one.extend({ grantId: uuid }),
      status: 204,
    },
    async ({ actor, params }) => {
      await revokeTakeAlong(deps, actor, params);
      return null;
    },
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/contributions/:contributionId/corrections',
      summary: 'Correct a contribution (a new version that replaces it)',
      description: `${P4} Send the version you corrected; a stale version is refused with 409.`,
      tags: ['contributions'],
      auth: 'personal',
      params: one,
      body: z.object({ version, content: text(), reason, special: z.boolean().optional(), purposes: contributionPurposes.optional(), basis: legalBasis.optional(), details: registrationDetails.optional() }),
      status: 201,
      response: z.object({ id: z.string(), version: z.number() }),
    },
    ({ actor, params, body }) => correctContribution(deps, actor, { ...params, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/contributions/:contributionId/withdraw',
      summary: 'Withdraw a contribution',
      description: `${P4} From then on nobody reads it.`,
      tags: ['contributions'],
      auth: 'personal',
      params: one,
      body: z.object({ version: version.optional(), reason }),
      response: z.object({ version: z.number() }),
    },
    ({ actor, params, body }) => withdrawContribution(deps, actor, { ...params, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'PUT',
      url: '/api/cases/:caseId/contributions/:contributionId/referral-approval',
      summary: 'Approve taking a contribution along to another table on referral',
      description: `${P4} Names one other table of the collaboration or one of its outside referral bodies (400 naming \`toTable\` otherwise); \`null\` withdraws the approval. When the case is referred to that table the contribution goes along; referred to that body it is handed over once before nothing identifying stays; without the approval a referral removes it.`,
      tags: ['contributions'],
      auth: 'personal',
      params: one,
      body: z.object({ toTable: text(200).nullable(), version: version.optional() }),
      response: z.object({ version: z.number(), approvedFor: z.string().nullable() }),
    },
    ({ actor, params, body }) => approveReferral(deps, actor, { ...params, ...body }),
  );
}
