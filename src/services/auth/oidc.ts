/**
 * Login through an OpenID Connect provider (authorization code flow with PKCE, state and nonce)
 * via openid-client. The flow's secrets travel in a short-lived cookie sealed with a key derived
 * from the master key, so any server process can finish a flow another one started. Claims map
 * to an account either by a username claim, or by partner and role claims (the account is then
 * kept in step with the claims at every login).
 */
import { hkdfSync } from 'node:crypto';
import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';
import { openBytes, sealBytes } from '../../crypto/aes-gcm.js';
import { ROLES } from '../../domain/model.js';
import type { Role } from '../../domain/model.js';
import { systemContext } from '../../store/acting-context.js';
import { AppError } from '../app-error.js';
import type { ServiceDeps, Trx } from '../ports.js';
import { openSession } from './login.js';
import type { LoginResult } from './login.js';
import type { SessionPolicy } from './session-policy.js';

/** How long a started login may take at the identity provider. */
export const OIDC_FLOW_MINUTES = 10;

export interface OidcStart {
  readonly url: string;
  /** The sealed flow state, for the `casustafel_oidc` cookie. */
  readonly flow: string;
}

export interface OidcLogin {
  start(): Promise<OidcStart>;
  /** `query` is the callback's query string (without `?`). */
  callback(query: string, flow: string | undefined): Promise<LoginResult>;
}

interface Flow {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly expiresAt: number;
}

const FAILED = new AppError('login_failed', {
  nl: 'Inloggen via de identiteitsprovider is mislukt; begin opnieuw.',
  en: 'Signing in through the identity provider failed; start again.',
});

const NO_ACCOUNT = new AppError('login_failed', {
  nl: 'Voor deze identiteit is geen actief account in Casustafel.',
  en: 'There is no active Casustafel account for this identity.',
});

function flowKey(deps: ServiceDeps): Buffer {
  return Buffer.from(hkdfSync('sha256', deps.keys.current.key, Buffer.alloc(0), 'casustafel oidc flow v1', 32));
}

const FLOW_AAD = Buffer.from('casustafel_oidc', 'utf8');

function sealFlow(deps: ServiceDeps, flow: Flow): string {
  return sealBytes(flowKey(deps), Buffer.from(JSON.stringify(flow), 'utf8'), FLOW_AAD).toString('base64url');
}

function openFlow(deps: ServiceDeps, sealed: string | undefined): Flow | null {
  if (sealed === undefined || sealed === '') return null;
  try {
    const flow = JSON.parse(openBytes(flowKey(deps), Buffer.from(sealed, 'base64url'), FLOW_AAD).toString('utf8')) as Flow;
    return flow.expiresAt > deps.now().getTime() ? flow : null;
  } catch {
    return null;
  }
}

const claimString = (claims: Record<string, unknown>, name: string): string | null => {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

interface MappedUser {
  readonly id: string;
  readonly display_name: string;
  readonly role: string;
  readonly partner_id: string;
  readonly collaboration_id: string;
  readonly active: boolean;
  readonly locked_until: Date | null;
}

const USER_COLUMNS = ['id', 'display_name', 'role', 'partner_id', 'collaboration_id', 'active', 'locked_until'] as const;

async function mapClaims(trx: Trx, config: OidcConfig, claims: Record<string, unknown>, now: Date): Promise<MappedUser | null> {
  if (config.mapping.kind === 'username') {
    const username = claimString(claims, config.mapping.usernameClaim);
    if (username === null) return null;
    return (await trx.selectFrom('users').select(USER_COLUMNS).where('username', '=', username).executeTakeFirst()) ?? null;
  }
  const sub = claimString(claims, 'sub');
  const partnerSlug = claimString(claims, config.mapping.partnerClaim);
  const role = claimString(claims, config.mapping.roleClaim);
  if (sub === null || partnerSlug === null || role === null || !(ROLES as readonly string[]).includes(role)) return null;
  const partner = await trx
    .selectFrom('partners')
    .innerJoin('collaborations', 'collaborations.id', 'partners.collaboration_id')
    .select(['partners.id', 'partners.collaboration_id'])
    .where('collaborations.slug', '=', config.mapping.collaboration)
    .where('partners.slug', '=', partnerSlug)
    .executeTakeFirst();
  if (partner === undefined) return null;
  const username = `oidc:${sub}`;
  const displayName = claimString(claims, 'name') ?? username;
  const existing = await trx.selectFrom('users').select(USER_COLUMNS).where('username', '=', username).executeTakeFirst();
  if (existing !== undefined) {
    if (existing.collaboration_id !== partner.collaboration_id) return null;
    return trx
      .updateTable('users')
      .set({ partner_id: partner.id, role: role as Role, display_name: displayName, updated_at: now })
      .where('id', '=', existing.id)
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
  }
  // A new account: no confidentiality declaration or VOG yet, so no personal data until recorded (§4).
  return trx
    .insertInto('users')
    .values({ collaboration_id: partner.collaboration_id, partner_id: partner.id, username, display_name: displayName, role, password_hash: null })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
}

export function oidcLogin(deps: ServiceDeps, policy: SessionPolicy, config: OidcConfig): OidcLogin {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        new URL(config.issuer),
        config.clientId,
        undefined,
        config.clientSecret === undefined ? client.None() : client.ClientSecretBasic(config.clientSecret),
        config.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    start: async () => {
      const oidc = await configuration();
      const flow: Flow = {
        verifier: client.randomPKCECodeVerifier(),
        state: client.randomState(),
        nonce: client.randomNonce(),
        expiresAt: deps.now().getTime() + OIDC_FLOW_MINUTES * 60_000,
      };
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: config.redirectUri,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url: url.href, flow: sealFlow(deps, flow) };
    },

    callback: async (query, sealed) => {
      const flow = openFlow(deps, sealed);
      if (flow === null) throw FAILED;
      const oidc = await configuration();
      const currentUrl = new URL(config.redirectUri);
      currentUrl.search = query;
      let claims: Record<string, unknown>;
      try {
        const tokens = await client.authorizationCodeGrant(oidc, currentUrl, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        claims = { ...(tokens.claims() ?? {}) };
      } catch {
        throw FAILED;
      }
      const amr = Array.isArray(claims['amr']) ? claims['amr'].filter((v): v is string => typeof v === 'string') : [];
      const strong = config.requiredAmr === undefined || amr.includes(config.requiredAmr);
      const now = deps.now();
      const outcome = await deps.database.withTransaction(systemContext(), async (trx) => {
        const user = await mapClaims(trx, config, claims, now);
        const audit = (outcome: 'allow' | 'deny', rule: string | null): Promise<void> =>
          deps.audit.append(trx, {
            at: now,
            userId: user?.id ?? null,
            partnerId: user?.partner_id ?? null,
            role: user?.role ?? null,
            onBehalfOfPartnerId: null,
            collaborationId: user?.collaboration_id ?? null,
            caseId: null,
            subjectId: null,
            contributionId: null,
            action: 'auth.oidc.login',
            purpose: null,
            legalBasisKind: null,
            accessPoint: deps.accessPoint,
            outcome,
            rule,
          });
        if (user === null || !user.active || (user.locked_until !== null && user.locked_until > now)) {
          await audit('deny', user === null ? 'unknown_identity' : 'inactive_or_locked');
          return { ok: false as const };
        }
        const session = await openSession(trx, policy, now, user, strong ? now : null);
        await audit('allow', strong ? 'second_factor' : 'password_only');
        return { ok: true as const, result: { ...session, secondFactor: strong ? ('verified' as const) : ('not_enrolled' as const) } };
      });
      if (!outcome.ok) throw NO_ACCOUNT;
      return outcome.result;
    },
  };
}
