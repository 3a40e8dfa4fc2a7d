import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { lookupPresence } from '../../services/presence/lookup-presence.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { uuid } from './schemas.js';

export function registerPresenceRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/presence-lookups',
      summary: 'Presence lookup (P14): is this person known in an active case, and whom to contact',
      description:
        'Process directors only, on behalf of an active partner (the registrant). Matches by BSN (keyed hash) across the collaborations of this installation; the answer is yes/no plus one process director contact. Logged with the query hash only.',
      tags: ['presence'],
      auth: 'personal',
      body: z.object({ bsn: z.string().regex(/^\d{9}$/, 'nine digits'), onBehalfOfPartnerId: uuid, forCaseId: uuid.optional() }),
    },
    ({ actor, body }) => lookupPresence(deps, actor, body),
  );
}
