import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addThirdParty } from '../../services/third-parties/add-third-party.js';
import { consentThirdParty } from '../../services/third-parties/consent-third-party.js';
import { listThirdParties } from '../../services/third-parties/list-third-parties.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, isoDateTime, legalBasis, text, uuid } from './schemas.js';

const result = z.object({ id: z.string(), meetsP11: z.boolean() });

export function registerThirdPartyRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/third-parties',
      summary: 'Let a non-member organisation\'s user join this one case (P11)',
      description: 'By the process director, with the motivation of seed 000 art. 6.3. A consent basis must name a consent of this case that is in force and names the third party\'s organisation. The third party reads only when the basis holds, the motivation and the signed declaration are recorded, the subject is informed (also afterwards, by an informing about the third party) and every partner in the case consented.',
      tags: ['third-parties'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ userId: uuid, basis: legalBasis, motivation: text(2000), declarationSignedAt: isoDateTime, subjectInformedAt: isoDateTime.optional() }),
      status: 201,
      response: result,
    },
    ({ actor, params, body }) => addThirdParty(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/third-parties',
      summary: 'The third parties of the case and the consents of its partners (P11)',
      description: 'Per third party: basis, declaration, subject informed, which partners of the case consented and which are awaited, whether every P11 condition holds, and whether you may consent for your organisation.',
      tags: ['third-parties'],
      auth: 'personal',
      params: caseParams,
    },
    ({ actor, params }) => listThirdParties(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/third-parties/:thirdPartyId/consents',
      summary: 'Consent, as a partner in the case, to the third party (P11)',
      description: 'Where the covenant demands written consent (seed 001 art. 7.2), `writtenConsentSignedAt` gives when the written consent was signed.',
      tags: ['third-parties'],
      auth: 'personal',
      params: z.object({ caseId: uuid, thirdPartyId: uuid }),
      body: z.object({ writtenConsentSignedAt: isoDateTime.optional() }).default({}),
      response: result,
    },
    ({ actor, params, body }) => consentThirdParty(deps, actor, { ...params, writtenConsentSignedAt: body.writtenConsentSignedAt }),
  );
}
