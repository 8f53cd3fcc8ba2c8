/**
 * An xterm.js terminal connected to the student's sandbox over socket.io (`/terminal`).
 * Nothing happens at import time: `mountTerminal` creates the terminal, the socket and the
 * observers, and the returned `dispose` removes all of them.
 */
import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { Terminal } from '@xterm/xterm';
import { io, type Socket } from 'socket.io-client';
import type {
  AssistState,
  ConnectErrorData,
  TerminalAuth,
  TerminalClientToServerEvents,
  TerminalClosing,
  TerminalServerToClientEvents,
  StepProgress,
} from '../protocol';
import { BOUNDS } from './bounds';
import { chunksOfBytes } from './chunks';
import { installKeyBindings } from './keys';
import { TERMINAL_OPTIONS, useUnicode11Widths } from './options';
import { clampSize, followContainerSize } from './size';

export type TerminalStatus =
  | { kind: 'connecting' }
  | { kind: 'online'; restored: boolean }
  | { kind: 'reconnecting'; message: string }
  | { kind: 'closed'; message: string };

export interface TerminalOptions {
  labId: string;
  /** Watch this student's terminal, read-only. */
  watch?: string;
  onStatus(status: TerminalStatus): void;
  /** A step of this lab was checked on the server (after a command): refresh the steps. */
  onProgress?(event: StepProgress): void;
  /** How many of the student's tabs have this lab open (they share one shell). */
  onTabs?(open: number): void;
  /** An assist's state changed (a request to type into this terminal, or typing into the watched one). */
  onAssist?(state: AssistState): void;
  /** Watchers: whether the student has the lab open. */
  onStudentPresence?(online: boolean): void;
}

export interface TerminalHandle {
  focus(): void;
  /** Sends `data` as if typed; false when the terminal is read-only or not connected. */
  type(data: string): boolean;
  setScreenReaderMode(on: boolean): void;
  /** Watchers ask to type; the student answers; either side ends. */
  assist: { request(): void; answer(accept: boolean): void; end(): void };
  dispose(): void;
}

type TerminalSocket = Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;

const RETRY_MS = 1500;

export function mountTerminal(container: HTMLElement, options: TerminalOptions): TerminalHandle {
  const readOnly = options.watch !== undefined;
  const term = new Terminal({ ...TERMINAL_OPTIONS, cursorBlink: !readOnly, disableStdin: readOnly });
  useUnicode11Widths(term);
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.loadAddon(new WebLinksAddon());
  if (!readOnly) installKeyBindings(term);
  term.open(container);

  const auth: TerminalAuth = options.watch ? { labId: options.labId, watch: options.watch } : { labId: options.labId };
  // `route`: whose sandbox this is, for a proxy that hashes on it to reach the process holding it (server auth.ts).
  const route = options.watch ?? /(?:^|;\s*)kubelab_route=([^;]*)/.exec(document.cookie)?.[1] ?? '';
  const socket: TerminalSocket = io('/terminal', {
    auth,
    query: { route },
    withCredentials: true,
    transports: ['websocket', 'polling'],
  });
  let closing: TerminalClosing | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const setStatus = (status: TerminalStatus) => {
    if (!disposed) options.onStatus(status);
  };
  const retryLater = (message: string, afterMs = RETRY_MS) => {
    setStatus({ kind: 'reconnecting', message });
    if (retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        if (!disposed) socket.connect();
      }, afterMs);
    }
  };

  const size = followContainerSize(container, term, fit, (s) => {
    if (!readOnly && socket.connected) socket.emit('resize', s);
  });

  setStatus({ kind: 'connecting' });
  /** The server's limit per input event, in UTF-8 bytes (sent with `ready`). */
  let inputMaxBytes: number = BOUNDS.maxInputChars;
  socket.on('ready', (info) => {
    closing = null;
    inputMaxBytes = info.inputMaxBytes;
    // The scrollback replay follows: start from a clean screen so a reconnect does not repeat it.
    term.reset();
    if (readOnly) term.resize(clampSize(info.size).cols, clampSize(info.size).rows);
    else socket.emit('resize', size.current());
    setStatus({ kind: 'online', restored: info.restored });
  });
  socket.on('output', (data, ack) => term.write(data, ack));
  socket.on('size', (s) => {
    if (readOnly) {
      const c = clampSize(s);
      term.resize(c.cols, c.rows);
    }
  });
  socket.on('progress', (event) => options.onProgress?.(event));
  socket.on('tabs', ({ open }) => {
    if (!disposed) options.onTabs?.(open);
  });
  // A watcher whose assist the student accepted types like the student (the server checks it is so).
  let assisting = false;
  socket.on('assist', (state) => {
    if (readOnly) {
      assisting = state.state === 'active';
      term.options.disableStdin = !assisting;
      term.options.cursorBlink = assisting;
      if (assisting) term.focus();
    }
    options.onAssist?.(state);
  });
  socket.on('studentPresence', ({ online }) => options.onStudentPresence?.(online));
  socket.on('closing', (info) => {
    closing = info;
  });
  socket.on('disconnect', (reason) => {
    if (disposed || reason === 'io client disconnect') return;
    if (reason === 'io server disconnect') {
      // The server closed on purpose: follow its advice on whether to come back.
      if (closing && !closing.retry) setStatus({ kind: 'closed', message: closing.reason });
      else retryLater(closing?.reason ?? 'The server closed the connection; reconnecting…', closing?.retryAfterMs);
      return;
    }
    setStatus({ kind: 'reconnecting', message: 'Connection lost; reconnecting…' });
  });
  socket.on('connect_error', (err) => {
    const code = (err as Error & { data?: ConnectErrorData }).data?.code;
    const final = ['unauthenticated', 'forbidden', 'invalid', 'not_found', 'too_many'];
    if (code !== undefined && final.includes(code)) {
      setStatus({ kind: 'closed', message: err.message });
      return;
    }
    // Middleware refusals (`unavailable`) are not retried by socket.io itself; transport errors are.
    if (!socket.active) retryLater('The terminal is not available yet; retrying…');
    else setStatus({ kind: 'reconnecting', message: 'Cannot reach the server; retrying…' });
  });

  const send = (data: string): boolean => {
    if ((readOnly && !assisting) || !socket.connected) return false;
    for (const chunk of chunksOfBytes(data, inputMaxBytes)) socket.emit('input', chunk);
    return true;
  };
  term.onData(send);
  if (!readOnly) term.focus();

  return {
    focus: () => term.focus(),
    type: (data) => {
      // The echo shows up where the student is looking, even if they had scrolled back.
      term.scrollToBottom();
      return send(data);
    },
    setScreenReaderMode: (on) => {
      term.options.screenReaderMode = on;
    },
    assist: {
      request: () => socket.emit('assistRequest'),
      answer: (accept) => socket.emit('assistAnswer', { accept }),
      end: () => socket.emit('assistEnd'),
    },
    dispose: () => {
      disposed = true;
      if (retry !== undefined) clearTimeout(retry);
      size.stop();
      socket.disconnect();
      term.dispose();
    },
  };
}
