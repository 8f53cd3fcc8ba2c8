/**
 * The `/terminal` namespace: one socket per browser tab, attached to the student's sandbox for
 * the lab (several tabs share it), or read-only to a student's sandbox for a watching instructor.
 */
import type { Namespace, Socket } from 'socket.io';
import { loginName } from '../services/actor.js';
import { SandboxBusyError } from '../services/sandboxesTypes.js';
import { SandboxNotFoundError, type Attachment, type CloseReason, type SandboxClient } from '../services/sandboxes.js';
import { AssistDesk } from './assist.js';
import type { RealtimeActor, RealtimeDeps } from './deps.js';
import { ConnectError, asConnectError, authenticateHandshake } from './handshake.js';
import { OutputPump } from './outputPump.js';
import { assistAnswerSchema, firstIssue, inputSchema, resizeSchema, terminalAuthSchema } from './payloads.js';
import { DEFAULT_TERMINAL_LIMITS, SocketQuota, tooManyMessage, type TerminalLimits } from './terminalLimits.js';
import type {
  TerminalClientToServerEvents,
  TerminalClosing,
  TerminalMode,
  TerminalServerToClientEvents,
} from './protocol.js';

export interface TerminalSocketData {
  actor: RealtimeActor;
  sessionId: string;
  labId: string;
  studentId: string;
  mode: TerminalMode;
}

export type TerminalNamespaceServer = Namespace<
  TerminalClientToServerEvents,
  TerminalServerToClientEvents,
  Record<string, never>,
  TerminalSocketData
>;
type TerminalSocket = Socket<
  TerminalClientToServerEvents,
  TerminalServerToClientEvents,
  Record<string, never>,
  TerminalSocketData
>;

const tooLarge = (maxBytes: number) =>
  `\r\n\x1b[1;33m[kubelab] That input was larger than the ${maxBytes} bytes the terminal accepts at once and was ignored.\x1b[0m\r\n`;
/** Input that arrives before the sandbox is ready is kept, up to this many events. */
const MAX_EARLY_INPUTS = 64;

const CLOSING: Record<Exclude<CloseReason, 'idle'>, TerminalClosing> = {
  // At once: another process takes the lab over as soon as this one has saved it (see services/leases.ts).
  shutdown: { reason: 'The server is restarting; your work is saved.', retry: true, retryAfterMs: 0 },
  replaced: {
    reason: 'This lab was closed because you opened another one. Reload the page to continue it.',
    retry: false,
  },
  moved: { reason: 'This lab was opened again elsewhere; reconnecting to it…', retry: true, retryAfterMs: 0 },
  crashed: { reason: 'Your lab stopped answering and was restarted; reconnecting…', retry: true },
  reset: { reason: 'Your lab was reset; starting it afresh…', retry: true, retryAfterMs: 0 },
};

/** The room of a student's own tabs in one lab (watchers are not in it). */
export function studentRoom(studentId: string, labId: string): string {
  return `student:${studentId}:${labId}`;
}

/** The room of the watchers of a student's lab. */
const watchRoom = (studentId: string, labId: string) => `watch:${studentId}:${labId}`;

/** Serves the namespace; returns what stops its subscriptions. */
export function attachTerminal(nsp: TerminalNamespaceServer, deps: RealtimeDeps): () => void {
  const limits: TerminalLimits = { ...DEFAULT_TERMINAL_LIMITS, ...deps.terminalLimits };
  const quota = new SocketQuota(limits);
  // Once stopping (a drain), new terminals are refused as unavailable: the client retries, reaching another process.
  let stopped = false;
  nsp.use((socket, next) => {
    if (stopped) return next(new ConnectError('unavailable', 'the server is restarting; try again'));
    void authorizeSocket(socket, deps).then(
      (data) => {
        socket.data = data;
        // Gone while we looked it up: socket.io drops it, and it must not count.
        if (socket.conn.readyState !== 'open') return next();
        const counted = quota.acquire(data.actor.id, data.studentId, data.labId);
        if ('refused' in counted) return next(new ConnectError('too_many', tooManyMessage(counted.refused, limits)));
        // A socket whose connection closes before it is connected never gets `disconnect`: give it back either way.
        const release = () => {
          counted.release();
          socket.conn.off('close', release);
        };
        socket.once('disconnect', release);
        socket.conn.once('close', release);
        next();
      },
      (err: unknown) => next(asConnectError(err, deps, 'terminal handshake')),
    );
  });
  const desk = new AssistDesk(deps, {
    studentTabs: (studentId, labId) => nsp.adapter.rooms.get(studentRoom(studentId, labId))?.size ?? 0,
    toStudent: (studentId, labId, state) => nsp.to(studentRoom(studentId, labId)).emit('assist', state),
  });
  nsp.on('connection', (socket) => serve(socket, deps, limits.inputMaxBytes, desk));
  // Watchers see when the student leaves (their screen stays, frozen) and comes back.
  const stopPresence = deps.sandboxes.onPresence((change) =>
    nsp.to(watchRoom(change.userId, change.labId)).emit('studentPresence', { online: change.online }),
  );
  return () => {
    stopped = true;
    stopPresence();
  };
}

async function authorizeSocket(socket: TerminalSocket, deps: RealtimeDeps): Promise<TerminalSocketData> {
  const parsed = terminalAuthSchema.safeParse(socket.handshake.auth);
  if (!parsed.success) throw new ConnectError('invalid', firstIssue(parsed.error));
  const { labId, watch } = parsed.data;
  const { actor, sessionId } = await authenticateHandshake(socket.handshake.headers, deps);
  if (watch !== undefined && watch !== actor.id) {
    if (!(await deps.access.canWatch(actor, watch, labId)))
      throw new ConnectError('forbidden', 'you may not watch this terminal');
    return { actor, sessionId, labId, studentId: watch, mode: 'watch' };
  }
  if (!(await deps.access.canUseLab(actor, labId))) throw new ConnectError('forbidden', 'you may not open this lab');
  return { actor, sessionId, labId, studentId: actor.id, mode: 'interactive' };
}

function serve(socket: TerminalSocket, deps: RealtimeDeps, inputMaxBytes: number, desk: AssistDesk): void {
  const { labId, studentId, mode } = socket.data;
  const input = inputSchema(inputMaxBytes);
  const pump = new OutputPump((data, ack) => (ack ? socket.emit('output', data, ack) : socket.emit('output', data)), {
    startPaused: true,
  });
  let attachment: Attachment | null = null;
  let gone = false;
  const early: string[] = [];

  const client: SandboxClient = {
    output: (data) => pump.push(data),
    size: (size) => socket.emit('size', size),
    closed: (reason) => {
      // A watcher waits a little after a reset: the student's tab creates the fresh sandbox it can watch.
      if (reason !== 'idle')
        socket.emit(
          'closing',
          mode === 'watch' && reason === 'reset' ? { ...CLOSING.reset, retryAfterMs: 2000 } : CLOSING[reason],
        );
      pump.flushNow();
      socket.disconnect(true);
    },
  };

  socket.on('input', (data: unknown) => {
    const parsed = input.safeParse(data);
    if (mode === 'watch') {
      if (parsed.success) desk.write(socket, parsed.data);
      return;
    }
    if (!parsed.success) {
      if (typeof data === 'string') pump.push(tooLarge(inputMaxBytes));
      return;
    }
    if (attachment) attachment.write(parsed.data);
    else if (early.length < MAX_EARLY_INPUTS) early.push(parsed.data);
  });

  socket.on('resize', (size: unknown) => {
    if (mode !== 'interactive') return;
    const parsed = resizeSchema.safeParse(size);
    // The manager applies the latest resize of a tick, within the student's resize budget (all tabs together).
    if (parsed.success) attachment?.resize(parsed.data.cols, parsed.data.rows);
  });

  socket.on('assistRequest', () => {
    desk.request(socket).catch((err: unknown) => deps.onError?.(err, 'assist request'));
  });
  socket.on('assistAnswer', (answer: unknown) => {
    const parsed = assistAnswerSchema.safeParse(answer);
    if (parsed.success)
      desk.answer(socket, parsed.data.accept).catch((err: unknown) => deps.onError?.(err, 'assist answer'));
  });
  socket.on('assistEnd', () => desk.end(socket));

  socket.on('disconnect', () => {
    desk.left(socket);
    gone = true;
    pump.close();
    attachment?.detach();
    if (attachment && mode === 'interactive') tellTabs(socket, studentRoom(studentId, labId));
  });

  const login = mode === 'interactive' ? { login: loginName(socket.data.actor.email) } : {};
  deps.sandboxes.attach(studentId, labId, client, { mode, create: mode === 'interactive', ...login }).then(
    (attached) => {
      if (gone) {
        attached.detach();
        return;
      }
      attachment = attached;
      if (mode === 'interactive') {
        void socket.join(studentRoom(studentId, labId));
        tellTabs(socket, studentRoom(studentId, labId));
      } else void socket.join(watchRoom(studentId, labId));
      const { restored, size } = attached;
      socket.emit('ready', { labId, studentId, mode, restored, size, inputMaxBytes });
      pump.resume(attached.scrollback);
      if (mode === 'watch') {
        const online = deps.sandboxes.online().some((p) => p.userId === studentId && p.labId === labId);
        socket.emit('studentPresence', { online });
      }
      for (const data of early.splice(0)) attached.write(data);
    },
    (err: unknown) => {
      if (gone) return;
      if (err instanceof SandboxBusyError) {
        socket.emit('closing', { reason: 'Your lab is moving to another server; reconnecting…', retry: true });
        socket.disconnect(true);
        return;
      }
      const reason =
        err instanceof SandboxNotFoundError
          ? 'This student has not started the lab yet.'
          : 'The server could not open your terminal; reload the page to try again.';
      if (!(err instanceof SandboxNotFoundError)) deps.onError?.(err, `attach ${studentId}/${labId}`);
      socket.emit('closing', { reason, retry: false });
      socket.disconnect(true);
    },
  );
}

/** Tells the student's tabs of a lab how many there are: they share one shell, and each says so. */
function tellTabs(socket: TerminalSocket, room: string): void {
  const members = socket.nsp.adapter.rooms.get(room) ?? new Set<string>();
  const open = [...members].filter((id) => id !== socket.id || socket.connected).length;
  socket.nsp.to(room).emit('tabs', { open });
}
