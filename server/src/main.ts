// Composition root: configuration → course → database → migrations → services → demo data (development) →
// HTTP + socket.io → shutdown. The one place where services are built; everything else receives them.
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { kubeApiUpgrades } from './http/kubeApiStreams.js';
import type { AddressInfo } from 'node:net';
import { Server as SocketServer } from 'socket.io';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { createPrismaClient } from './db/client.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { runMigrations } from './db/migrate.js';
import { createApp } from './http/app.js';
import { attachRealtime } from './realtime/index.js';
import { connectionThrottle } from './realtime/connectionThrottle.js';
import { demoInstructions, seedDemoData } from './services/demo.js';
import { ShutdownHooks } from './services/lifecycle.js';
import { Course } from './services/course.js';
import { createServices, type Services } from './services/index.js';
import { SandboxManager, type SandboxFactory, type SandboxHost } from './services/sandboxes.js';
import { SandboxPool } from './services/sandboxesPool.js';
import { createKubelabSandboxFactory } from './services/sandboxesFactory.js';
import { SESSION_COOKIE } from './services/sessions.js';
import { LeaseKeeper } from './services/leases.js';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Builds students' environments on the main thread; default: the shell over a simulated cluster per lab, in workers. */
  sandboxFactory?: SandboxFactory;
  /** Enables the sandbox workers' test-only hang command (the watchdog's test). */
  sandboxTestHooks?: boolean;
  /** What a person starting the server reads: progress of the start, the address, demo logins (default: stdout). */
  log?: (line: string) => void;
  /** The operators' structured log (default: JSON lines on stdout at LOG_LEVEL). */
  logger?: Logger;
}

export interface RunningServer {
  config: Config;
  port: number;
  http: HttpServer;
  io: SocketServer;
  services: Services;
  /** Register work to do at shutdown (snapshots, flushes); hooks run last-registered first. */
  shutdownHooks: ShutdownHooks;
  logger: Logger;
  /** Stops accepting, disconnects sockets, runs the shutdown hooks, closes the database. */
  stop(): Promise<void>;
}

export async function start(options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const env = options.env ?? process.env;
  const config = loadConfig(env);
  // The course is read and validated before anything else: a broken labs/ folder stops the start, listed.
  const course = Course.load(config.labsDir);
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const errorLogger =
    (area: string) =>
    (err: unknown, context: string): void =>
      logger.error({ err, area, context }, `${area}: ${context} failed`);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
    databaseUrl = embedded.url;
    log(
      `database: embedded PostgreSQL on port ${config.embeddedPostgresPort}, data in ${config.dataDir} (set DATABASE_URL to use your own)`,
    );
  }
  const migrations = await runMigrations({ connectionString: databaseUrl, log });
  for (const warning of migrations.warnings) log(`warning: ${warning}`);
  const prisma = createPrismaClient(databaseUrl);

  const { instanceId, leaseMs } = config.cluster;
  const services = createServices({
    db: prisma,
    course,
    sessions: { secret: config.sessionSecret, ttlHours: config.sessionTtlHours },
    onError: errorLogger('progress'),
    kubeApi: {
      requestsPerSecond: config.limits.kubeApiRequestsPerSecond,
      watches: config.limits.kubeApiWatches,
      watchMs: config.limits.kubeApiWatchMs,
      streams: config.limits.kubeApiStreams,
      streamIdleMs: config.limits.kubeApiStreamIdleMs,
    },
    // An opening waits for a live holder to hand the lab over, or for a dead one's lease to lapse, then a little more.
    sandboxLeases: { owner: instanceId, waitMs: leaseMs + 2000 },
  });
  const purged = await services.sessions.purgeExpired();
  if (purged > 0) log(`removed ${purged} expired login session(s)`);
  const demo = config.demoData ? await seedDemoData(prisma) : undefined;

  const shutdownHooks = new ShutdownHooks();
  let draining = false;
  const app = createApp({ config, services, logger, draining: () => draining });
  const http = createServer(app);
  const io = new SocketServer(http, {
    serveClient: false,
    maxHttpBufferSize: Math.max(64 * 1024, config.limits.inputMaxBytes * 4),
    allowRequest: connectionThrottle({ perMinute: config.limits.connectsPerMinute, sessionCookie: SESSION_COOKIE }),
    // Other upgrades are ours (kubectl exec, attach, port-forward) and may take longer than engine.io's second.
    destroyUpgrade: false,
  });
  const kubeStreams = kubeApiUpgrades({ kubeApi: services.kubeApi, logger });
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (kubeStreams.handle(req, socket, head)) return;
    if (!(req.url ?? '').startsWith('/socket.io/')) socket.destroy();
  });

  // Loaded only when asked for: one process (npm start) needs no adapter.
  const clustered =
    config.cluster.adapter === 'postgres'
      ? (await import('./realtime/cluster.js')).attachClusterAdapter(io, databaseUrl)
      : undefined;
  const sandboxes = startSandboxes(config, options, { course, services, logger, errorLogger });
  const leases = await new LeaseKeeper({
    db: prisma,
    connectionString: databaseUrl,
    claim: { owner: instanceId, ttlMs: leaseMs },
    onError: errorLogger('leases'),
    onNotice: (message) => logger.info({ area: 'leases' }, message),
  }).start(sandboxes);
  services.labResets.useSandboxes(sandboxes);
  services.kubeApi.useSandboxes(sandboxes);
  services.dashboard.usePresence(() => sandboxes.online());
  const realtime = attachRealtime(io, {
    sandboxes,
    access: services.access,
    accessChanges: services.accessEvents,
    progress: services.progress,
    dashboard: services.dashboard,
    activity: services.activity,
    sessionCookie: SESSION_COOKIE,
    allowedOrigins: [new URL(config.publicUrl).origin],
    onError: errorLogger('realtime'),
    clustered: clustered !== undefined,
    terminalLimits: {
      inputMaxBytes: config.limits.inputMaxBytes,
      socketsPerLab: config.limits.socketsPerLab,
      socketsPerUser: config.limits.socketsPerUser,
    },
  });

  // Registered first, so they run last: the database must outlive every other hook.
  shutdownHooks.register('database', async () => {
    await clustered?.close();
    await prisma.$disconnect();
    await embedded?.stop();
  });
  // After every lab was saved (and its lease given back): the rest, and this process's heartbeat, go.
  shutdownHooks.register('leases', () => leases.stop());
  shutdownHooks.register('sandboxes', () => sandboxes.shutdown());
  shutdownHooks.register('progress', () => services.progress.stop());
  shutdownHooks.register('sockets', () => realtime.close());

  const purge = setInterval(() => {
    services.sessions.purgeExpired().catch((err: unknown) => errorLogger('sessions')(err, 'purge'));
  }, 3600_000);
  purge.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const url = env.PUBLIC_URL ? config.publicUrl : `http://localhost:${port}`;
  log(`kubelab listening on ${url} (${config.env})`);
  if (demo?.present) log(demoInstructions(url, demo));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      draining = true;
      clearInterval(purge);
      kubeStreams.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      await shutdownHooks.runAll({ timeoutMs: config.shutdownTimeoutMs, log });
      await io.close().catch(() => undefined);
      http.closeAllConnections();
      await closed;
    })();
    return stopping;
  };
  return { config, port, http, io, services, logger, shutdownHooks, stop };
}

/**
 * Students' sandboxes: in worker threads (SANDBOX_WORKERS, one per core by default), or on this thread when there
 * are none or a test brings its own factory.
 */
function startSandboxes(
  config: Config,
  options: StartOptions,
  deps: {
    course: Course;
    services: Services;
    logger: Logger;
    errorLogger: (area: string) => (err: unknown, context: string) => void;
  },
): SandboxHost {
  const { course, services, logger, errorLogger } = deps;
  const settings = {
    limits: {
      commandsPerSecond: config.limits.commandsPerSecond,
      outputBytesPerSecond: config.limits.outputBytesPerSecond,
      resizesPerSecond: config.limits.resizesPerSecond,
      resizeBurst: 2 * config.limits.resizesPerSecond,
    },
    snapshotDebounceMs: config.limits.snapshotDebounceMs,
    snapshotMaxDelayMs: config.limits.snapshotMaxDelayMs,
    idleEvictMs: config.limits.idleEvictionSeconds * 1000,
    scrollbackBytes: config.limits.scrollbackBytes,
  };
  const onNotice = (message: string) => logger.info({ area: 'sandboxes' }, message);
  if (options.sandboxFactory || config.limits.sandboxWorkers === 0) {
    return new SandboxManager({
      ...settings,
      factory: options.sandboxFactory ?? createKubelabSandboxFactory({ course, progress: services.progress, logger }),
      store: services.sandboxStore,
      onError: errorLogger('sandboxes'),
      onNotice,
    }).start();
  }
  return new SandboxPool({
    workers: config.limits.sandboxWorkers,
    store: services.sandboxStore,
    progress: services.progress,
    labsDir: config.labsDir,
    manager: settings,
    watchdogMs: config.limits.watchdogMs,
    maxHeapMb: config.limits.workerHeapMb,
    testHooks: options.sandboxTestHooks ?? false,
    onError: errorLogger('sandboxes'),
    onNotice,
    onWorkerReplaced: (event) => logger.warn({ area: 'sandboxes', ...event }, 'a sandbox worker was replaced'),
  }).start();
}

function main(): void {
  start().then(
    (server) => {
      const onSignal = (signal: NodeJS.Signals) => {
        process.stdout.write(`${signal}: shutting down (again to force)\n`);
        process.removeAllListeners('SIGTERM');
        process.removeAllListeners('SIGINT');
        process.once('SIGTERM', () => process.exit(1));
        process.once('SIGINT', () => process.exit(1));
        server.stop().then(
          () => process.exit(0),
          (err: unknown) => {
            process.stderr.write(`shutdown failed: ${String(err)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    },
    (err: unknown) => {
      process.stderr.write(
        err instanceof ConfigError
          ? `${err.message}\n`
          : `kubelab failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    },
  );
}

if (require.main === module) main();
