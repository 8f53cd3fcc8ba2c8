// A real socket.io server with the realtime gateways on a test database, and socket.io-client helpers.
import { createServer, type Server as HttpServer } from 'node:http';
import { testDb } from '../../support/db';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import type { CheckedStep, RealtimeAccess } from '../../../server/src/realtime/deps';
import { attachRealtime, type Realtime } from '../../../server/src/realtime/index';
import type { TerminalLimits } from '../../../server/src/realtime/terminalLimits';
import type {
  ConnectErrorData,
  DashboardClientToServerEvents,
  DashboardServerToClientEvents,
  TerminalAuth,
  TerminalClientToServerEvents,
  TerminalClosing,
  TerminalReady,
  TerminalServerToClientEvents,
  StepProgress,
} from '../../../server/src/realtime/protocol';
import {
  SandboxManager,
  type SandboxFactory,
  type SandboxManagerOptions,
} from '../../../server/src/services/sandboxes';
import { createSandboxAccess } from '../../../server/src/services/sandboxesAccess';
import { createDbSandboxStore } from '../../../server/src/services/sandboxesStore';
import { SESSION_COOKIE, SessionService } from '../../../server/src/services/sessions';
import { addInstructor, createCohort, enrolStudent } from '../../../server/src/services/cohorts';
import { SYSTEM_ACTOR } from '../../../server/src/services/system';
import { createUser } from '../../../server/src/services/users';
import type { Role } from '../../../server/src/services/actor';

/** Sessions on this test file's database (created lazily: the database exists only once beforeAll ran). */
const sessions = () =>
  new SessionService(testDb(), { secret: 'realtime-tests-secret-of-thirty-two-chars', ttlHours: 1 });

/** Stands in for services/progress: tests announce checked steps themselves. */
export class FakeProgress {
  private readonly listeners = new Set<(event: CheckedStep) => void>();
  onProgress(listener: (event: CheckedStep) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: CheckedStep): void {
    for (const l of this.listeners) l(event);
  }
}

export interface TestServer {
  url: string;
  progress: FakeProgress;
  sandboxes: SandboxManager;
  realtime: Realtime;
  http: HttpServer;
  io: Server;
  close(): Promise<void>;
}

export async function startTestServer(
  factory: SandboxFactory,
  options: Partial<SandboxManagerOptions> = {},
  realtimeOptions: {
    terminalLimits?: Partial<TerminalLimits>;
    /** Stands between the gateways and the real access rules (to hold a handshake up, say). */
    wrapAccess?: (access: RealtimeAccess) => RealtimeAccess;
  } = {},
): Promise<TestServer> {
  const { terminalLimits = {}, wrapAccess = (access) => access } = realtimeOptions;
  const http = createServer();
  const io = new Server(http);
  const sandboxes = new SandboxManager({ factory, store: createDbSandboxStore(testDb()), ...options }).start();
  const progress = new FakeProgress();
  const realtime = attachRealtime(io, {
    progress,
    sandboxes,
    access: wrapAccess(createSandboxAccess({ db: testDb(), authenticate: (token) => sessions().find(token) })),
    sessionCookie: SESSION_COOKIE,
    onError: (err, context) => console.error(context, err),
    terminalLimits,
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    progress,
    sandboxes,
    realtime,
    http,
    io,
    async close() {
      realtime.close();
      await sandboxes.shutdown();
      await io.close();
    },
  };
}

export interface TestUser {
  id: string;
  email: string;
  cookie: string;
}

let counter = 0;

export async function makeUser(role: Role, name: string = role): Promise<TestUser> {
  const email = `${name}-${++counter}-${Date.now()}@example.com`;
  const { user } = await createUser(testDb(), SYSTEM_ACTOR, { email, name, role, password: 'correct horse battery' });
  const session = await sessions().create(user.id);
  return { id: user.id, email, cookie: `${SESSION_COOKIE}=${session.token}` };
}

/** A cohort taught by `instructor` with `students` enrolled. */
export async function makeCohort(instructor: TestUser, students: TestUser[]): Promise<string> {
  const cohort = await createCohort(testDb(), SYSTEM_ACTOR, { name: `cohort-${++counter}` });
  await addInstructor(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: instructor.email });
  for (const s of students) await enrolStudent(testDb(), SYSTEM_ACTOR, { cohortId: cohort.id, email: s.email });
  return cohort.id;
}

export class TerminalClient {
  readonly socket: Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;
  text = '';
  ready: TerminalReady | null = null;
  closing: TerminalClosing | null = null;
  progress: StepProgress[] = [];
  /** Every `tabs` count this tab was told, in order. */
  tabs: number[] = [];
  sizes: { cols: number; rows: number }[] = [];

  constructor(
    url: string,
    auth: TerminalAuth,
    cookie?: string,
    options: { ack?: boolean; reconnection?: boolean } = {},
  ) {
    this.socket = connect(`${url}/terminal`, {
      auth,
      transports: ['websocket'],
      reconnection: options.reconnection ?? false,
      forceNew: true,
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    this.socket.on('ready', (info) => {
      this.ready = info;
      this.text = '';
    });
    this.socket.on('output', (data, ack) => {
      this.text += data;
      if (options.ack ?? true) ack?.();
    });
    this.socket.on('size', (s) => this.sizes.push(s));
    this.socket.on('closing', (c) => (this.closing = c));
    this.socket.on('progress', (p) => this.progress.push(p));
    this.socket.on('tabs', (t) => this.tabs.push(t.open));
  }

  /** The last `connect_error`'s message (what the browser shows). */
  refusal = '';

  /** Resolves once the server has sent `ready`, rejects with the connect error's code otherwise. */
  opened(): Promise<TerminalReady> {
    return new Promise((resolve, reject) => {
      if (this.ready) return resolve(this.ready);
      this.socket.once('ready', resolve);
      this.socket.once('connect_error', (err) => {
        this.refusal = err.message;
        reject(new Error((err as Error & { data?: ConnectErrorData }).data?.code ?? err.message));
      });
    });
  }

  refused(): Promise<string> {
    return this.opened().then(
      () => 'accepted',
      (err: Error) => err.message,
    );
  }

  type(data: string): void {
    this.socket.emit('input', data);
  }

  async waitFor(needle: string | RegExp, timeoutMs = 3000): Promise<string> {
    const test = () => (typeof needle === 'string' ? this.text.includes(needle) : needle.test(this.text));
    await waitUntil(
      test,
      timeoutMs,
      () => `timed out waiting for ${String(needle)}; screen so far: ${JSON.stringify(this.text)}`,
    );
    return this.text;
  }

  close(): void {
    this.socket.disconnect();
  }
}

export function dashboardClient(
  url: string,
  cohortId: string,
  cookie: string,
): Socket<DashboardServerToClientEvents, DashboardClientToServerEvents> {
  return connect(`${url}/dashboard`, {
    auth: { cohortId },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { cookie },
  });
}

export async function waitUntil(
  test: () => boolean,
  timeoutMs = 3000,
  message: () => string = () => 'timed out',
): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(message());
    await new Promise((r) => setTimeout(r, 10));
  }
}
