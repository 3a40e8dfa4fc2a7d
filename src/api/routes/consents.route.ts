import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WITHOUT_CONSENT_BECAUSE } from '../../domain/process/records.js';
import { listConsents } from '../../services/consents/list-consents.js';
import { recordConsent } from '../../services/consents/record-consent.js';
import { recordWeighing } from '../../services/consents/record-weighing.js';
import { revokeConsent } from '../../services/consents/revoke-consent.js';
import { viewWeighings } from '../../services/consents/view-weighings.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, isoDateTime, partnerIds, text, uuid } from './schemas.js';

export function registerConsentRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/consents',
      summary: "Record a subject's consent or refusal (P6)",
      description: 'Names the partners it covers one by one, the scope, when it was given; you are recorded as who obtained it.',
      tags: ['consents'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ subjectId: uuid, partners: partnerIds.min(1, 'name at least one organisation'), scope: text(1000), givenAt: isoDateTime, refused: z.boolean().default(false), kind: z.enum(['sharing', 'household_domain_crossing']).default('sharing'), categories: z.array(z.string().min(1).max(100)).max(50).optional() }),
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ({ actor, params, body }) => recordConsent(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/cases/:caseId/consents', summary: 'Consents and refusals of the case', tags: ['consents'], auth: 'personal', params: caseParams },
    ({ actor, params }) => listConsents(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/consents/:consentId/revoke',
      summary: 'Revoke a consent (P6): effective at once',
      description: 'Processing that relies on it stops immediately; reads of contributions resting on it are refused (P6).',
      tags: ['consents'],
      auth: 'personal',
      params: z.object({ caseId: uuid, consentId: uuid }),
      response: z.object({ revokedAt: z.string() }),
    },
    ({ actor, params }) => revokeConsent(deps, actor, params),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/weighings',
      summary: "Record your organisation's weighing for sharing without consent (P7)",
      description: 'Proportionality, subsidiarity, effectiveness, setting aside objections (motivated) and informing afterwards (with reason). Where the covenant names grounds for sharing without consent (`process.noConsentGrounds`, seed 002 Bijlage A art. 7.3–7.4), each ground motivated (`noConsentGrounds`) and why without consent (`withoutConsentBecause`). Marked complete only when every part is motivated. A partner bound to professional secrecy records its conflict of duties (`conflictOfDuties`) to share without consent.',
      tags: ['consents'],
      auth: 'personal',
      params: caseParams,
      body: z.object({
        subjectId: uuid.optional(),
        proportionality: z.string().max(5000).default(''),
        subsidiarity: z.string().max(5000).default(''),
        effectiveness: z.string().max(5000).default(''),
        setAsideObjections: z.boolean().default(false),
        objectionsMotivation: z.string().max(5000).default(''),
        informAfterwards: z.boolean().default(true),
        informAfterwardsReason: z.string().max(5000).default(''),
        /** For a partner bound to professional secrecy: why a conflict of duties makes it share without consent (P7). */
        conflictOfDuties: z.string().max(5000).default(''),
        complete: z.boolean().default(true),
        /** At a table that names its exceptions for sharing without consent (seed 000 Casusoverleg Jeugd checklist IV): which one applies, by id. */
        exceptionGround: z.string().max(100).optional(),
        /** Where the covenant names grounds for sharing without consent (seed 002 Bijlage A art. 7.3): the motivation per ground id. */
        noConsentGrounds: z.record(z.string().max(100), z.string().max(5000)).optional(),
        /** Why without consent: the subject refused (art. 7.3) or could not reasonably be asked (art. 7.4). */
        withoutConsentBecause: z.enum(WITHOUT_CONSENT_BECAUSE).optional(),
      }),
      status: 201,
      response: z.object({ id: z.string(), completed: z.boolean() }),
    },
    ({ actor, params, body }) => recordWeighing(deps, actor, { caseId: params.caseId, ...body }),
  );

  defineRoute(
    app,
    {
      method: 'GET',
      url: '/api/cases/:caseId/weighings',
      summary: 'The weighings for sharing without consent documented in the dossier (P7; seed 000 Bijlage 3, row 000-R23)',
      description:
        'Each with its motivations decrypted: proportionality, subsidiarity, effectiveness, objections set aside (motivated), informing afterwards (with reason), conflict of duties, exception ground, and the motivated grounds for sharing without consent with why without consent. The organisation that weighed reads its own; the process directors of the case read all. Another partner is refused (403 naming P7) when the case has weighings. Each weighing read is audited as `weighing.read` on behalf of the partner that weighed.',
      tags: ['consents'],
      auth: 'personal',
      params: caseParams,
      response: z.array(
        z.object({
          id: z.string(),
          partnerId: z.string(),
          partnerName: z.string(),
          subjectId: z.string().nullable(),
          proportionality: z.string(),
          subsidiarity: z.string(),
          effectiveness: z.string(),
          setAsideObjections: z.boolean(),
          objectionsMotivation: z.string(),
          informAfterwards: z.boolean(),
          informAfterwardsReason: z.string(),
          conflictOfDuties: z.string(),
          exceptionGround: z.string().nullable(),
          noConsentGrounds: z.record(z.string(), z.string()),
          withoutConsentBecause: z.enum(WITHOUT_CONSENT_BECAUSE).nullable(),
          completedAt: z.string().nullable(),
          completedBy: z.string().nullable(),
          recordedAt: z.string(),
        }),
      ),
    },
    ({ actor, params }) => viewWeighings(deps, actor, params.caseId),
  );
}
