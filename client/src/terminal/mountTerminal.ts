/**
 * An xterm.js terminal connected to the student's sandbox over socket.io (`/terminal`).
 * Nothing happens at import time: `mountTerminal` creates the terminal, the socket and the
 * observers, and the returned `dispose` removes all of them.
 */
import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { Terminal, type ITheme } from '@xterm/xterm';
import { io, type Socket } from 'socket.io-client';
import type {
  ConnectErrorData,
  TerminalAuth,
  TerminalClientToServerEvents,
  TerminalClosing,
  TerminalServerToClientEvents,
  StepProgress,
} from '../protocol';
import { BOUNDS } from './bounds';
import { installKeyBindings } from './keys';
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
}

export interface TerminalHandle {
  focus(): void;
  setScreenReaderMode(on: boolean): void;
  dispose(): void;
}

type TerminalSocket = Socket<TerminalServerToClientEvents, TerminalClientToServerEvents>;

const RETRY_MS = 1500;

/** A dark theme whose every ANSI colour keeps at least 4.5:1 contrast on the background. */
const THEME: ITheme = {
  background: '#111418',
  foreground: '#e6e6e6',
  cursor: '#f5f5f5',
  selectionBackground: '#3b5b85',
  black: '#2e3436',
  red: '#ff6b6b',
  green: '#7ee787',
  yellow: '#f2cc60',
  blue: '#79b8ff',
  magenta: '#d2a8ff',
  cyan: '#76e3ea',
  white: '#e6e6e6',
  brightBlack: '#9aa4ad',
  brightRed: '#ff8b8b',
  brightGreen: '#a5f3a0',
  brightYellow: '#ffe08a',
  brightBlue: '#a5d0ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#a3f0f5',
  brightWhite: '#ffffff',
};

export function mountTerminal(container: HTMLElement, options: TerminalOptions): TerminalHandle {
  const readOnly = options.watch !== undefined;
  const term = new Terminal({
    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
    fontSize: 14,
    // At 1.0 the DOM renderer's 16px rows clip the underscore of DejaVu Sans Mono 14px on 1x screens (`A_B` shows as `A B`).
    lineHeight: 1.2,
    scrollback: 5000,
    cursorBlink: !readOnly,
    disableStdin: readOnly,
    theme: THEME,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.loadAddon(new WebLinksAddon());
  if (!readOnly) installKeyBindings(term);
  term.open(container);

  const auth: TerminalAuth = options.watch ? { labId: options.labId, watch: options.watch } : { labId: options.labId };
  const socket: TerminalSocket = io('/terminal', { auth, withCredentials: true, transports: ['websocket', 'polling'] });
  let closing: TerminalClosing | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const setStatus = (status: TerminalStatus) => {
    if (!disposed) options.onStatus(status);
  };
  const retryLater = (message: string) => {
    setStatus({ kind: 'reconnecting', message });
    if (retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        if (!disposed) socket.connect();
      }, RETRY_MS);
    }
  };

  const size = followContainerSize(container, term, fit, (s) => {
    if (!readOnly && socket.connected) socket.emit('resize', s);
  });

  setStatus({ kind: 'connecting' });
  socket.on('ready', (info) => {
    closing = null;
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
  socket.on('closing', (info) => {
    closing = info;
  });
  socket.on('disconnect', (reason) => {
    if (disposed || reason === 'io client disconnect') return;
    if (reason === 'io server disconnect') {
      // The server closed on purpose: follow its advice on whether to come back.
      if (closing && !closing.retry) setStatus({ kind: 'closed', message: closing.reason });
      else retryLater(closing?.reason ?? 'The server closed the connection; reconnecting…');
      return;
    }
    setStatus({ kind: 'reconnecting', message: 'Connection lost; reconnecting…' });
  });
  socket.on('connect_error', (err) => {
    const code = (err as Error & { data?: ConnectErrorData }).data?.code;
    if (code === 'unauthenticated' || code === 'forbidden' || code === 'invalid' || code === 'not_found') {
      setStatus({ kind: 'closed', message: err.message });
      return;
    }
    // Middleware refusals (`unavailable`) are not retried by socket.io itself; transport errors are.
    if (!socket.active) retryLater('The terminal is not available yet; retrying…');
    else setStatus({ kind: 'reconnecting', message: 'Cannot reach the server; retrying…' });
  });

  if (!readOnly) {
    term.onData((data) => {
      if (!socket.connected) return;
      for (let i = 0; i < data.length; i += BOUNDS.maxInputChars)
        socket.emit('input', data.slice(i, i + BOUNDS.maxInputChars));
    });
    term.focus();
  }

  return {
    focus: () => term.focus(),
    setScreenReaderMode: (on) => {
      term.options.screenReaderMode = on;
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
