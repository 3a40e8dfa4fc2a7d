import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { confirmTotp, enrolTotp } from '../../services/auth/totp-enrolment.js';
import { defineRoute } from '../route.js';
import type { ApiOptions } from '../app.js';

export function registerTotpRoutes(app: FastifyInstance, options: ApiOptions): void {
  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/auth/totp/enrol',
      summary: 'Start two-step verification: a new TOTP secret as otpauth URI and QR code',
      description: 'The secret is stored encrypted and becomes active only after POST /api/auth/totp/confirm with its first code.',
      tags: ['auth'],
      auth: 'session',
      enrolmentOnlyAllowed: true,
      response: z.object({ otpauthUri: z.string(), secret: z.string(), qrSvg: z.string(), qrDataUrl: z.string() }),
    },
    ({ actor }) => enrolTotp(options.deps, actor),
  );

  defineRoute(
    app,
    {
      method: 'POST',
      url: '/api/auth/totp/confirm',
      summary: 'Activate two-step verification with the first code; returns ten one-time recovery codes',
      description: 'The recovery codes are shown only here; only their hashes are stored. This session then counts as two-factor.',
      tags: ['auth'],
      auth: 'session',
      enrolmentOnlyAllowed: true,
      body: z.object({ code: z.string().trim().regex(/^\d{6}$/, 'six digits') }),
      response: z.object({ recoveryCodes: z.array(z.string()) }),
    },
    ({ actor, body }) => confirmTotp(options.deps, actor, body.code),
  );
}
