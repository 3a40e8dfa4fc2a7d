/**
 * Runtime configuration from the environment, validated at start with clear messages.
 */
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  NODE_ENV: z.string().default('development'),
  /** `auto`: load demo data into an empty database unless NODE_ENV=production; `off`: never. */
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Set when the app runs behind TLS: cookies get the Secure flag, HSTS is sent. */
  TLS: z.enum(['true', 'false']).default('false'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(15),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  LOG: z.enum(['true', 'false']).default('false'),
});

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly production: boolean;
  readonly demo: 'auto' | 'on' | 'off';
  readonly tls: boolean;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly log: boolean;
}

export class ConfigError extends Error {}

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
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    production,
    demo: production ? 'off' : e.DEMO,
    tls: e.TLS === 'true',
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    log: e.LOG === 'true',
  };
}
