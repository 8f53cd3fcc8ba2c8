/**
 * Students for benchmarks, `npm run load` and the abuse suite: accounts and login sessions written
 * straight to the database (sign-up is rate limited per cohort, and hashing thousands of passwords
 * would measure argon2), then terminals opened over socket.io as the browser does.
 */
import { createHash } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { PrismaClient } from '../../server/src/db/client';
import type { TerminalClientToServerEvents, TerminalServerToClientEvents } from '../../server/src/realtime/protocol';
import { SESSION_COOKIE, SessionService } from '../../server/src/services/sessions';

export type TerminalSocket = Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;

/** A lab of the course whose cluster is already running (the server refuses ids the course does not have). */
export const RUNNING_LAB = 'kubectl-first-day';

/** How the shell's prompt (`student@minikube:~$ `) ends: when it shows, the command has finished. */
export const PROMPT_END = '\x1b[00m$ ';

export interface SeedOptions {
  /** The server's SESSION_SECRET (a child with NODE_ENV=test uses `testConfig().sessionSecret`). */
  sessionSecret: string;
  /** Distinguishes the emails of separate batches on one database. */
  prefix: string;
}

/** `count` student accounts that cannot log in by password, each with a session; their cookies. */
export async function seedStudents(prisma: PrismaClient, count: number, options: SeedOptions): Promise<string[]> {
  const sessions = new SessionService(prisma, { secret: options.sessionSecret, ttlHours: 24 });
  const cookies: string[] = [];
  // In slices: one INSERT of thousands of rows is fine, thousands of session INSERTs at once are not.
  for (let from = 0; from < count; from += 500) {
    const users = await prisma.user.createManyAndReturn({
      data: Array.from({ length: Math.min(500, count - from) }, (_, i) => ({
        email: `${options.prefix}-${from + i}@example.com`,
        name: `${options.prefix} ${from + i}`,
        role: 'student' as const,
        passwordHash: 'not-a-hash',
      })),
      select: { id: true },
    });
    const created = await Promise.all(users.map((u) => sessions.create(u.id)));
    for (const s of created) cookies.push(`${SESSION_COOKIE}=${s.token}`);
  }
  return cookies;
}

/**
 * Opens a terminal on `labId` and resolves once the server said `ready`; output is acknowledged at
 * once, and given to `onOutput` from the first event (the prompt may arrive in the same tick as `ready`).
 */
export function connectTerminal(
  baseUrl: string,
  cookie: string,
  labId: string = RUNNING_LAB,
  onOutput?: (data: string) => void,
): Promise<TerminalSocket> {
  return new Promise((resolve, reject) => {
    const socket: TerminalSocket = io(`${baseUrl}/terminal`, {
      auth: { labId },
      // Behind a proxy hashing on it (kubelab serve), a stable key per student, as the browser's kubelab_route.
      query: { route: createHash('sha256').update(cookie).digest('hex').slice(0, 16) },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { cookie },
    });
    socket.on('output', (data, ack) => {
      ack?.();
      onOutput?.(data);
    });
    socket.once('ready', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Connects in batches of `batch` (a burst of thousands of handshakes measures the handshake, not the server). */
export async function connectAll(
  baseUrl: string,
  cookies: string[],
  labId: string = RUNNING_LAB,
  batch = 50,
): Promise<TerminalSocket[]> {
  const sockets: TerminalSocket[] = [];
  for (let i = 0; i < cookies.length; i += batch)
    sockets.push(...(await Promise.all(cookies.slice(i, i + batch).map((c) => connectTerminal(baseUrl, c, labId)))));
  return sockets;
}
