import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { availableTransitions } from '../../services/phases/available-transitions.js';
import { recordPickup } from '../../services/phases/record-pickup.js';
import { recordReporterVoice } from '../../services/phases/record-reporter-voice.js';
import { transitionCase } from '../../services/phases/transition-case.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { caseParams, optionalMoment, text, uuid } from './schemas.js';

const version = z.number().int().positive().optional();
const closing = { criterionId: text(100).optional(), note: text(2000).optional() };

/** The process director's judgement at accept (seed 003 B3-F1; art. 9.2a: in consultation with the registrant). */
const acceptanceAssessment = z.object({
  criteriaMet: z.array(z.number().int().nonnegative()).max(50),
  substance: text(4000),
  outsideCriteriaReason: text(4000).optional(),
  consultation: z.object({ with: text(200), at: optionalMoment.unwrap(), outcome: text(2000) }).optional(),
});

const transitionBody = z.discriminatedUnion('event', [
  z.object({ event: z.literal('accept'), outcome: z.enum(['accepted', 'more_information']).optional(), assessment: acceptanceAssessment.optional(), version }),
  z.object({ event: z.literal('reject'), advice: text(4000).optional(), version }),
  z.object({ event: z.literal('refer'), toTable: text(200), version }),
  z.object({ event: z.literal('close_without_meeting'), pickedUpBy: uuid, ...closing, version }),
  z.object({ event: z.literal('hand_over'), partyId: text(100), reason: z.enum(['help_involved', 'help_question']), ...closing, version }),
  z.object({ event: z.enum(['deescalate', 'close', 'archive']), ...closing, version }),
  z.object({ event: z.enum(['schedule_rto', 'adopt_plan', 'follow_up_rto', 'relapse', 'delete']), version }),
  z.object({ event: z.literal('reopen'), reason: text(2000), version }),
]);

export function registerPhaseRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/transitions',
      summary: 'Take a step of the work process (screening decision, referral, RTO, plan, de-escalation, deletion)',
      description:
        "The phase machine decides on the steps the collaboration configures; a refusal is 403 naming the rule (and, for a step the collaboration does not take from here, the step in its own words) and is audited. A step that closes needs a configured closing criterion (`criterionId`) and, where the reporter is decisive, the agreement the reporter recorded itself (`POST …/reporter-voice`). Where the table of the case groups its criteria (seed 001 Bijlage 2) `accept` carries the director's `assessment`: the criteria met, the substance, and for a case outside the criteria the reason it still belongs; where the covenant says so (art. 9.2a), also the consultation with the registering party (who, when, outcome). Reject and refer delete everything identifying and shred the case key (P12); archive keeps only the administrative set visible; delete is step 3 (P13); only the manager re-opens an archived dossier, with a reason. `version` enables optimistic locking (409 when stale).",
      tags: ['process'],
      auth: 'personal',
      params: caseParams,
      body: transitionBody,
    },
    ({ actor, params, body }) => transitionCase(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    { method: 'GET', url: '/api/cases/:caseId/transitions', summary: 'The steps possible now, each pre-checked for me', tags: ['process'], auth: 'personal', params: caseParams },
    ({ actor, params }) => availableTransitions(deps, actor, params.caseId),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/pickup',
      summary: 'Record that a partner picked the case up (Nijmegen step 5)',
      description: 'Before pickup nothing may be stored in the case (P12).',
      tags: ['process'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ partnerId: uuid, version }),
    },
    ({ actor, params, body }) => recordPickup(deps, actor, params.caseId, body),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/cases/:caseId/reporter-voice',
      summary: "The reporter's own say on closing (Venlo: the reporter is decisive)",
      description: 'Only a professional of the partner that registered the case records it; closing needs `agrees: true` (seed 002 Bijlage B §5).',
      tags: ['process'],
      auth: 'personal',
      params: caseParams,
      body: z.object({ agrees: z.boolean(), version }),
    },
    ({ actor, params, body }) => recordReporterVoice(deps, actor, params.caseId, body),
  );
}
