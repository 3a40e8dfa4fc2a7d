/**
 * The composition root of the server: configuration → database → services → API → jobs.
 * `main.ts` calls it; tests and the CLI use it too.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app.js';
import { databaseAuditPort } from './audit/audit-port.js';
import { sealAudit } from './audit/seal.js';
import type { AppConfig } from './config.js';
import { deriveBsnHashKey } from './crypto/bsn-hash.js';
import { loadMasterKeyRing } from './crypto/master-key.js';
import type { MasterKeyRing } from './crypto/master-key.js';
import { configCache } from './services/config-cache.js';
import { DEFAULT_SESSION_POLICY } from './services/auth/session-policy.js';
import type { SecondFactorCheck } from './services/auth/login.js';
import { oidcLogin } from './services/auth/oidc.js';
import { totpSecondFactor } from './services/auth/totp-enrolment.js';
import { startJobTimer } from './jobs/index.js';
import type { JobTimer } from './jobs/index.js';
import { startMailLoop } from './jobs/mail-outbox.job.js';
import type { MailLoop } from './jobs/mail-outbox.job.js';
import { smtpSender } from './mail/smtp.js';
import type { MailSender } from './mail/smtp.js';
import { isEmpty, seedDemoOrganisation } from './services/demo/seed-demo.js';
import type { SeededCollaboration } from './services/demo/seed-demo.js';
import type { DeletionJournal, ServiceDeps } from './services/ports.js';
import { reapplyDeletions } from './jobs/reapply-deletions.js';
import { fileDeletionJournal } from './store/deletion-journal.js';
import { createLogger } from './ops/logger.js';
import type { AppLogger } from './ops/logger.js';
import { createMetrics } from './ops/metrics.js';
import type { Metrics } from './ops/metrics.js';
import { openDatabase } from './store/database.js';
import { sealPlaintextCaseText } from './services/setup/seal-case-text.js';
import { sealPlaintextFreeText } from './services/setup/seal-free-text.js';
import type { AppDatabase } from './store/database.js';

export interface ServerHandle {
  readonly app: FastifyInstance;
  readonly deps: ServiceDeps;
  readonly demo: SeededCollaboration[] | null;
  readonly metrics: Metrics;
  readonly logger: AppLogger;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly config: AppConfig;
  /** The clock; tests pass a fake one. */
  readonly now?: () => Date;
  readonly database?: AppDatabase;
  readonly keys?: MasterKeyRing;
  /** Seal the audit chain every so many ms (0: never; tests seal by hand). */
  readonly sealEveryMs?: number;
  /** Replaces the TOTP check (tests of other factors). */
  readonly secondFactor?: SecondFactorCheck;
  /** Run the retention and reminder jobs every so many ms (default from config; 0: never). */
  readonly jobsEveryMs?: number;
  readonly log?: (message: string) => void;
  /** Delivers e-mail instead of an SMTP connection to SMTP_URL (tests). */
  readonly mailSender?: MailSender;
  /** Deliver the outbox every so many ms (default from config; 0: never, tests deliver by hand). */
  readonly mailEveryMs?: number;
  /**
   * The deletion journal; default: the file at config.deletionJournal when the server opens its
   * own database, none when a database is passed in (tests); null: none.
   */
  readonly deletionJournal?: DeletionJournal | null;
  /** The structured logger (default: JSON lines on stdout when config.log is on). */
  readonly logger?: AppLogger;
  /** Loads demo cases after the demo organisation (wired by the demo module). */
  readonly seedDemoCases?: (deps: ServiceDeps, seeded: SeededCollaboration[], log: (message: string) => void) => Promise<void>;
}

/** A check that never asks for a second factor (scripts against a throw-away demo database). */
export const passwordOnly: SecondFactorCheck = () => Promise.resolve('not_enrolled');

export { configCache };

export async function startServer(options: StartOptions): Promise<ServerHandle> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.log);
  const log = options.log ?? ((m: string) => logger.info(m));
  const database = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, databaseSystemUrl: config.databaseSystemUrl, dataDir: config.dataDir }));
  try {
    const keys = options.keys ?? (await loadMasterKeyRing({ dataDir: config.dataDir, keyFile: config.masterKeyFile, production: config.production }));
    const sealed = await sealPlaintextFreeText(database, keys);
    if (sealed.incidents + sealed.incidentUpdates + sealed.complaints > 0) {
      logger.info(sealed, 'free text of incidents and complaints sealed under the collaboration key (ADR 0075)');
    }
    const sealedCases = await sealPlaintextCaseText(database, keys);
    if (sealedCases.subjects + sealedCases.consents + sealedCases.takeAlongGrants + sealedCases.triageQuestions + sealedCases.meetingInvitations + sealedCases.closingNotes > 0) {
      logger.info(sealedCases, 'free text of cases sealed under the case key (ADR 0122)');
    }
    if (sealedCases.withoutKey > 0) logger.warn(sealedCases, 'plaintext rows of cases whose key is gone: not sealable, removed when the case is deleted (ADR 0122)');
    let mailLoop: MailLoop | null = null;
    const metrics = createMetrics(database.db);
    const journal = options.deletionJournal !== undefined ? options.deletionJournal : options.database === undefined ? fileDeletionJournal(config.deletionJournal) : null;
    const deps: ServiceDeps = {
      database,
      audit: metrics.countingAudit(databaseAuditPort(database)),
      keys,
      bsnKey: deriveBsnHashKey(keys.current),
      now: options.now ?? (() => new Date()),
      collaborationConfig: configCache(),
      accessPoint: 'api',
      mail: config.mail === null ? undefined : { publicUrl: config.mail.publicUrl, kick: () => mailLoop?.kick() },
      ...(journal === null ? {} : { deletionJournal: journal }),
    };
    if (journal !== null) {
      const reapplied = await reapplyDeletions(deps);
      if (reapplied.reapplied.length > 0) {
        logger.warn({ reapplied: reapplied.reapplied.length, journaled: reapplied.journaled }, 'deletion journal re-applied: the database lacked deletions made after its backup');
      }
    }
    let demo: SeededCollaboration[] | null = null;
    const demoWanted = config.demo === 'on' || (config.demo === 'auto' && !config.production);
    if (demoWanted && (await isEmpty(deps))) {
      demo = await seedDemoOrganisation(deps);
      if (options.seedDemoCases !== undefined) await options.seedDemoCases(deps, demo, log);
      log('Demogegevens geladen / demo data loaded (see README: demo accounts).');
    }
    const sessionPolicy = { ...DEFAULT_SESSION_POLICY, idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
    const app = await buildApp({
      deps,
      sessionPolicy,
      secondFactor: options.secondFactor ?? totpSecondFactor(deps),
      // TOTP is optional in demo mode and required otherwise (ASVS V6.3.3).
      secondFactorRequired: !demoWanted,
      secureCookies: config.tls,
      logger,
      metrics,
      metricsToken: config.metrics.token,
      bodyLimit: config.bodyLimit,
      loginRateLimit: config.loginRateLimit,
      oidc: config.oidc === null ? null : oidcLogin(deps, sessionPolicy, config.oidc),
      demoMode: demoWanted,
      webDir: config.webDir,
    });
    const sealEvery = options.sealEveryMs ?? 2000;
    const sealer =
      sealEvery > 0
        ? setInterval(() => {
            sealAudit(database.db).catch((error: unknown) => logger.error({ err: error }, 'audit sealer failed'));
          }, sealEvery)
        : null;
    sealer?.unref();
    const jobsEvery = options.jobsEveryMs ?? config.jobsIntervalMinutes * 60_000;
    const jobs: JobTimer | null = jobsEvery > 0 ? startJobTimer(deps, jobsEvery, log, (job, status) => metrics.countJobRun(job, status)) : null;
    const mailEvery = options.mailEveryMs ?? (config.mail?.intervalSeconds ?? 0) * 1000;
    if (config.mail !== null && mailEvery > 0) {
      mailLoop = startMailLoop(deps, options.mailSender ?? smtpSender(config.mail.smtpUrl, config.mail.from), mailEvery, log);
      mailLoop.kick();
    }
    return {
      app,
      deps,
      demo,
      metrics,
      logger,
      close: async () => {
        if (sealer !== null) clearInterval(sealer);
        await jobs?.stop();
        await mailLoop?.stop();
        await app.close();
        await sealAudit(database.db).catch(() => undefined);
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
