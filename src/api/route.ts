/**
 * Defines a route with zod at the edge: the zod schemas validate (errors name each field) and
 * become the OpenAPI 3.1 description. Handlers stay thin: validate, call one service, present.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, validationFailed } from '../services/app-error.js';
import { fieldIssues } from './field-messages.js';
import type { AuthenticatedActor } from '../services/auth/authenticate.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType> {
  readonly method: Method;
  readonly url: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** `none`: public; `session`: any signed-in user; `personal`: also the §4 preconditions for personal data. */
  readonly auth: 'none' | 'session' | 'personal';
  /**
   * A session that still has to enrol its second factor may use this route (enrolment, `me`,
   * logout). Every other route with `auth` other than `none` refuses such a session.
   */
  readonly enrolmentOnlyAllowed?: true;
  readonly body?: B;
  readonly params?: P;
  readonly query?: Q;
  readonly response?: z.ZodType;
  readonly status?: number;
}

export interface RouteInput<B, P, Q> {
  readonly body: B;
  readonly params: P;
  readonly query: Q;
  readonly actor: AuthenticatedActor;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: AuthenticatedActor | null;
  }
}

const jsonSchema = (schema: z.ZodType): Record<string, unknown> =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });

/**
 * Control characters (Unicode category Cc: C0, DEL and C1) other than tab, line feed and carriage
 * return have no place in any text this system takes; NUL cannot even be stored in PostgreSQL
 * (finding L4: it gave a 500).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The path of the first string (or key) in `value` that holds a control character, or null. */
export function controlCharacterAt(value: unknown, path: readonly string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return CONTROL.test(value) ? [...path] : null;
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  for (const [key, item] of Object.entries(value)) {
    if (CONTROL.test(key)) return [...path, key.replace(CONTROL, '?')];
    const found = controlCharacterAt(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, prefix: string): z.infer<T> {
  const control = controlCharacterAt(value);
  if (control !== null) {
    const field = [prefix, ...control].filter((p) => p !== '').join('.') || prefix || 'body';
    throw new AppError(
      'validation_failed',
      { nl: `Het veld ${field} bevat een stuurteken (zoals NUL); verwijder het.`, en: `The field ${field} contains a control character (such as NUL); remove it.` },
      { reason: 'control_character', fields: [{ field, message: 'contains a control character (such as NUL)' }] },
    );
  }
  if (schema === undefined) return undefined as z.infer<T>;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw validationFailed(fieldIssues(result.error.issues, prefix));
}

export const NOT_AUTHENTICATED = new AppError('not_authenticated', {
  nl: 'U bent niet (meer) ingelogd.',
  en: 'You are not (or no longer) signed in.',
});

export const ENROL_FIRST = new AppError(
  'forbidden',
  {
    nl: 'Stel eerst tweestapsverificatie in (POST /api/auth/totp/enrol) voordat u verder kunt.',
    en: 'Set up two-step verification first (POST /api/auth/totp/enrol) before going on.',
  },
  { rule: 'ASVS-V6.3', reason: 'second_factor_enrolment_required' },
);

/** What a route declares about its sign-in needs; the app's onRequest hook reads it too. */
export interface RouteAuthConfig {
  readonly auth: RouteSpec<z.ZodType, z.ZodType, z.ZodType>['auth'];
  readonly enrolmentOnlyAllowed: boolean;
}

/**
 * Refuses a password-only session (second factor still to enrol) on a route that needs a
 * session and does not allow it. Routes without a session (the web UI's files, OpenAPI) use no
 * actor and stay reachable, so the enrolment screen can load.
 */
export function refuseEnrolmentOnly(actor: AuthenticatedActor | null, config: Partial<RouteAuthConfig> | undefined): void {
  if (actor === null || !actor.enrolmentOnly) return;
  const needsSession = config?.auth === 'session' || config?.auth === 'personal';
  if (needsSession && config?.enrolmentOnlyAllowed !== true) throw ENROL_FIRST;
}

const BLOCKS = {
  partner_not_active: { rule: 'P1', nl: 'Uw organisatie is geen actieve convenantpartner; persoonsgegevens zijn niet toegankelijk.', en: 'Your organisation is not an active covenant partner; personal data is not accessible.' },
  no_confidentiality_declaration: { rule: 'P2', nl: 'Er is geen geheimhoudingsverklaring van u vastgelegd.', en: 'No confidentiality declaration of yours is recorded.' },
  no_vog_check: { rule: 'P2', nl: 'Er is geen VOG-controle van u vastgelegd.', en: 'No certificate-of-conduct check of yours is recorded.' },
  confidentiality_declaration_expired: {
    rule: 'P2',
    nl: 'Uw geheimhoudingsverklaring is verlopen; tot uw beheerder een nieuwe vastlegt, zijn persoonsgegevens niet toegankelijk.',
    en: 'Your confidentiality declaration has expired; until your admin records a new one, personal data is not accessible.',
  },
  vog_check_expired: {
    rule: 'P2',
    nl: 'Uw VOG-controle is verlopen; tot uw beheerder een nieuwe vastlegt, zijn persoonsgegevens niet toegankelijk.',
    en: 'Your certificate-of-conduct check has expired; until your admin records a new one, personal data is not accessible.',
  },
} as const;

export function defineRoute<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType, R>(
  app: FastifyInstance,
  spec: RouteSpec<B, P, Q>,
  handler: (input: RouteInput<z.infer<B>, z.infer<P>, z.infer<Q>>) => Promise<R>,
): void {
  const schema: Record<string, unknown> = { summary: spec.summary, tags: [...spec.tags] };
  if (spec.description !== undefined) schema.description = spec.description;
  if (spec.body !== undefined) schema.body = jsonSchema(spec.body);
  if (spec.params !== undefined) schema.params = jsonSchema(spec.params);
  if (spec.query !== undefined) schema.querystring = jsonSchema(spec.query);
  if (spec.response !== undefined) schema.response = { [String(spec.status ?? 200)]: jsonSchema(spec.response) };
  if (spec.auth !== 'none') schema.security = [{ session: [] }];
  const config: RouteAuthConfig = { auth: spec.auth, enrolmentOnlyAllowed: spec.enrolmentOnlyAllowed === true };
  app.route({
    method: spec.method,
    url: spec.url,
    schema,
    config,
    handler: async (request, reply) => {
      const actor = request.actor;
      if (spec.auth !== 'none' && actor === null) throw NOT_AUTHENTICATED;
      refuseEnrolmentOnly(actor, config);
      if (spec.auth === 'personal' && actor !== null && actor.personalDataBlock !== null) {
        const b = BLOCKS[actor.personalDataBlock];
        throw new AppError('forbidden', { nl: b.nl, en: b.en }, { rule: b.rule, reason: actor.personalDataBlock });
      }
      const params = parse(spec.params, request.params, 'params');
      const query = parse(spec.query, request.query, 'query');
      const body = parse(spec.body, request.body, '');
      const result = await handler({ body, params, query, actor: actor as AuthenticatedActor, request, reply });
      if (spec.status !== undefined) reply.status(spec.status);
      return result;
    },
  });
}
