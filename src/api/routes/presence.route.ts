import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { lookupPresence } from '../../services/presence/lookup-presence.js';
import type { ApiOptions } from '../app.js';
import { defineRoute } from '../route.js';
import { isoDate, text, uuid } from './schemas.js';

export function registerPresenceRoutes(app: FastifyInstance, { deps }: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/presence-lookups',
      summary: 'Presence lookup (P14): is this person known in a case, and whom to contact',
      description:
        'Process directors only, for a live case of their collaboration that they handle (forCaseId), on behalf of its registrant. Matches by BSN, or by name and birth date (keyed hashes), across the collaborations of this installation: active cases here, archived dossiers here (archived: true), and decided (accepted, picked up) active cases elsewhere. The answer is yes/no plus one process director contact. At most the collaboration\'s presenceLookup.maxPerUserPerHour lookups per user per hour (429 after). Logged with the query hash only, which is deleted with the case it was asked for.',
      tags: ['presence'],
      auth: 'personal',
      body: z.object({
        bsn: z.string().regex(/^\d{9}$/, 'nine digits').optional(),
        name: text(200).optional(),
        birthDate: isoDate.optional(),
        onBehalfOfPartnerId: uuid.optional(),
        forCaseId: uuid,
      }),
    },
    ({ actor, body }) => lookupPresence(deps, actor, body),
  );
}
