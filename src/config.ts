/**
 * Runtime configuration from the environment, validated at start with clear messages.
 */
import { z } from 'zod';
import { ConfigError } from './config-error.js';

export { ConfigError };

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** The built web UI the server hands out at `/` (from `npm run build`). */
  WEB_DIR: z.string().min(1).default('web/dist'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  /** A second login for the system context; DATABASE_URL then serves user requests only (ADR 0113). */
  DATABASE_SYSTEM_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  /**
   * `true`: run in production on PostgreSQL with DATABASE_URL alone, knowingly (finding M5, ADR
   * 0126): one login for user requests and the system context, so SQL on a request's connection
   * can do what the system can. Without it, and without DATABASE_SYSTEM_URL, production refuses
   * to start; with it, a loud warning at every start.
   */
  DATABASE_SINGLE_LOGIN: z.enum(['true', 'false']).default('false'),
  NODE_ENV: z.string().default('development'),
  /** `auto`: load demo data into an empty database unless NODE_ENV=production; `off`: never. */
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  /**
   * Set when the app runs behind TLS: cookies get the Secure flag, HSTS is sent. In production the
   * server refuses to start until it is set either way (finding L7): `true` behind a TLS proxy,
   * `false` only knowingly (a loud warning at every start).
   */
  TLS: z.enum(['true', 'false']).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(15),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  /** Structured JSON logs on stdout (one object per line, no personal data). */
  LOG: z.enum(['true', 'false']).default('false'),
  /** Serve Prometheus `/metrics` on the API port to requests with `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** Serve Prometheus `/metrics` without a token on a port of its own (internal network only). */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * The deletion journal: every case deletion is appended here, outside the database, and
   * re-applied at start, so restoring an older backup does not bring a deleted case back.
   * Default: next to DATA_DIR (`<DATA_DIR>.deletions.jsonl`); keep it out of database backups.
   */
  DELETION_JOURNAL: z.string().min(1).optional(),
  /**
   * The master key file, used when MASTER_KEY is not set (generated on first start, mode 0600).
   * Default: `<DATA_DIR>.master.key` next to DATA_DIR in production, `DATA_DIR/master.key` in
   * development and demo. In production a path inside DATA_DIR is refused (finding L7).
   */
  MASTER_KEY_FILE: z.string().min(1).optional(),
  /** Login attempts per IP address and username within the window (ASVS V6 anti-automation). */
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(20),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Largest accepted request body. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(256 * 1024),
  /** Minutes between in-process runs of the retention and reminder jobs; 0 turns them off. */
  JOBS_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(60),
  /** E-mail notices through this SMTP server (smtp://user:password@host:587, smtps://…); unset: no e-mail. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  /** The sender of notice e-mails. */
  MAIL_FROM: z.string().min(3).default('Casustafel <casustafel@localhost>'),
  /** The address users open the web interface at; e-mails link to its inbox. Default http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** Seconds between deliveries of the e-mail outbox (failed messages are retried with back-off). */
  MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(30),
  /** OpenID Connect login; all of issuer, client id and redirect URI, or none. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url().optional(),
  OIDC_SCOPES: z.string().default('openid profile email'),
  /** `username`: a claim names an existing account; `partner_role`: claims name the partner (slug) and the role. */
  OIDC_MAPPING: z.enum(['username', 'partner_role']).default('username'),
  OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  OIDC_PARTNER_CLAIM: z.string().min(1).default('casustafel_partner'),
  OIDC_ROLE_CLAIM: z.string().min(1).default('casustafel_role'),
  /** The collaboration (slug) accounts of the `partner_role` mapping belong to. */
  OIDC_COLLABORATION: z.string().min(1).optional(),
  /** An `amr` value the ID token must carry for the login to count as two-factor (e.g. `mfa`). */
  OIDC_REQUIRED_AMR: z.string().min(1).optional(),
  /** Allow an http:// issuer (development and tests only; refused in production). */
  OIDC_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
});

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly redirectUri: string;
  readonly scopes: string;
  readonly mapping:
    | { readonly kind: 'username'; readonly usernameClaim: string }
    | { readonly kind: 'partner_role'; readonly partnerClaim: string; readonly roleClaim: string; readonly collaboration: string };
  readonly requiredAmr: string | undefined;
  readonly allowHttp: boolean;
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** The master key file used without MASTER_KEY. */
  readonly masterKeyFile: string;
  readonly webDir: string;
  readonly databaseUrl: string | undefined;
  /** The system context's login (ADR 0113); unset: DATABASE_URL serves both. */
  readonly databaseSystemUrl: string | undefined;
  /** Production on PostgreSQL with one login, acknowledged (DATABASE_SINGLE_LOGIN=true). */
  readonly databaseSingleLogin: boolean;
  readonly production: boolean;
  readonly demo: 'auto' | 'on' | 'off';
  readonly tls: boolean;
  /** Whether TLS was set at all (production refuses to start without it). */
  readonly tlsDeclared: boolean;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly log: boolean;
  readonly metrics: { readonly token: string | null; readonly port: number | null; readonly host: string };
  readonly deletionJournal: string;
  readonly loginRateLimit: { readonly max: number; readonly windowMs: number };
  readonly bodyLimit: number;
  readonly jobsIntervalMinutes: number;
  readonly oidc: OidcConfig | null;
  /** E-mail notices; null when SMTP_URL is unset. */
  readonly mail: MailConfig | null;
}

export interface MailConfig {
  readonly smtpUrl: string;
  readonly from: string;
  readonly publicUrl: string;
  readonly intervalSeconds: number;
}


export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie / invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && e.DEMO === 'on') {
    throw new ConfigError('DEMO=on is geweigerd met NODE_ENV=production / demo mode is refused in production.');
  }
  const oidcSet = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_REDIRECT_URI].filter((v) => v !== undefined).length;
  if (oidcSet !== 0 && oidcSet !== 3) {
    throw new ConfigError('OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_REDIRECT_URI horen samen / must be set together.');
  }
  if (e.OIDC_MAPPING === 'partner_role' && oidcSet === 3 && e.OIDC_COLLABORATION === undefined) {
    throw new ConfigError('OIDC_MAPPING=partner_role vraagt OIDC_COLLABORATION / needs OIDC_COLLABORATION.');
  }
  if (production && e.OIDC_ALLOW_HTTP === 'true') {
    throw new ConfigError('OIDC_ALLOW_HTTP=true is geweigerd met NODE_ENV=production / refused in production.');
  }
  const oidc: OidcConfig | null =
    e.OIDC_ISSUER !== undefined && e.OIDC_CLIENT_ID !== undefined && e.OIDC_REDIRECT_URI !== undefined
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          redirectUri: e.OIDC_REDIRECT_URI,
          scopes: e.OIDC_SCOPES,
          mapping:
            e.OIDC_MAPPING === 'username'
              ? { kind: 'username', usernameClaim: e.OIDC_USERNAME_CLAIM }
              : { kind: 'partner_role', partnerClaim: e.OIDC_PARTNER_CLAIM, roleClaim: e.OIDC_ROLE_CLAIM, collaboration: e.OIDC_COLLABORATION ?? '' },
          requiredAmr: e.OIDC_REQUIRED_AMR,
          allowHttp: e.OIDC_ALLOW_HTTP === 'true',
        }
      : null;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    masterKeyFile: e.MASTER_KEY_FILE ?? (production ? `${e.DATA_DIR.replace(/[/\\]+$/, '')}.master.key` : `${e.DATA_DIR.replace(/[/\\]+$/, '')}/master.key`),
    webDir: e.WEB_DIR,
    databaseUrl: e.DATABASE_URL,
    databaseSystemUrl: e.DATABASE_SYSTEM_URL,
    databaseSingleLogin: e.DATABASE_SINGLE_LOGIN === 'true',
    production,
    demo: production ? 'off' : e.DEMO,
    tls: e.TLS === 'true',
    tlsDeclared: e.TLS !== undefined,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    log: e.LOG === 'true',
    metrics: { token: e.METRICS_TOKEN ?? null, port: e.METRICS_PORT ?? null, host: e.METRICS_HOST },
    deletionJournal: e.DELETION_JOURNAL ?? `${e.DATA_DIR.replace(/[/\\]+$/, '')}.deletions.jsonl`,
    loginRateLimit: { max: e.LOGIN_RATE_LIMIT_MAX, windowMs: e.LOGIN_RATE_LIMIT_WINDOW_SECONDS * 1000 },
    bodyLimit: e.BODY_LIMIT_BYTES,
    jobsIntervalMinutes: e.JOBS_INTERVAL_MINUTES,
    oidc,
    mail:
      e.SMTP_URL === undefined
        ? null
        : {
            smtpUrl: e.SMTP_URL,
            from: e.MAIL_FROM,
            publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
            intervalSeconds: e.MAIL_INTERVAL_SECONDS,
          },
  };
}

/**
 * Finding L7: in production the server does not start without TLS settings, unless told
 * explicitly (`TLS=false`) that it runs without; then it warns at every start. The CLI is not
 * affected (it serves no cookies).
 */
export function productionTlsCheck(config: Pick<AppConfig, 'production' | 'tls' | 'tlsDeclared'>): { readonly refuse: string | null; readonly warning: string | null } {
  if (!config.production || config.tls) return { refuse: null, warning: null };
  if (!config.tlsDeclared) {
    return {
      refuse:
        'TLS ontbreekt met NODE_ENV=production: zet TLS=true achter een TLS-proxy (Secure-cookies en HSTS), of TLS=false als u bewust zonder TLS draait. / TLS is not set with NODE_ENV=production: set TLS=true behind a TLS proxy (Secure cookies and HSTS), or TLS=false to run without TLS knowingly.',
      warning: null,
    };
  }
  return {
    refuse: null,
    warning:
      'WAARSCHUWING: productie zonder TLS (TLS=false): sessiecookies zonder Secure, geen HSTS. Alleen op een vertrouwd intern netwerk. / WARNING: production without TLS (TLS=false): session cookies without Secure, no HSTS. Only on a trusted internal network.',
  };
}

/**
 * Finding M5 (ADR 0126): in production on PostgreSQL the server does not start with one database
 * login (DATABASE_URL without DATABASE_SYSTEM_URL), unless told explicitly
 * (`DATABASE_SINGLE_LOGIN=true`); then it warns at every start. PGlite has no logins.
 */
export function productionDatabaseLoginCheck(
  config: Pick<AppConfig, 'production' | 'databaseUrl' | 'databaseSystemUrl' | 'databaseSingleLogin'>,
): { readonly refuse: string | null; readonly warning: string | null } {
  if (!config.production || config.databaseUrl === undefined || config.databaseSystemUrl !== undefined) return { refuse: null, warning: null };
  if (!config.databaseSingleLogin) {
    return {
      refuse:
        'DATABASE_SYSTEM_URL ontbreekt met NODE_ENV=production op PostgreSQL: geef verzoeken en het systeem elk een eigen login (docs/security.md, "Database login"), of zet DATABASE_SINGLE_LOGIN=true als u bewust met één login draait. / DATABASE_SYSTEM_URL is not set with NODE_ENV=production on PostgreSQL: give requests and the system a login each (docs/security.md, "Database login"), or set DATABASE_SINGLE_LOGIN=true to run with one login knowingly.',
      warning: null,
    };
  }
  return {
    refuse: null,
    warning:
      'WAARSCHUWING: productie met één databaselogin (DATABASE_SINGLE_LOGIN=true): SQL op de verbinding van een verzoek kan alles wat het systeem kan (Row-Level Security beschermt dan alleen tegen fouten in de eigen queries). / WARNING: production with one database login (DATABASE_SINGLE_LOGIN=true): SQL on a request\'s connection can do whatever the system can (Row-Level Security then only guards against mistakes in the application\'s own queries).',
  };
}
