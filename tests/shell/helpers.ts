/** Shared set-up for shell tests: a session with a fake kubectl, a virtual clock and a screen. */
import { createVirtualClock } from '../../server/src/shell/clock.js';
import { type Command } from '../../server/src/shell/command.js';
import { createShellSession, type ShellSession, type ShellSessionOptions } from '../../server/src/shell/index.js';
import { attachScreen, type HeadlessScreen } from '../support/terminal.js';

export const START = Date.UTC(2026, 10, 25, 12, 0, 0);

/** A stand-in for the real kubectl: echoes its arguments and stdin, completes a few verbs. */
export const fakeKubectl: Command = {
  name: 'kubectl',
  summary: 'kubectl controls the Kubernetes cluster manager',
  run: (args, ctx) => ({
    stdout: `kubectl ${args.join(' ')}\n${ctx.stdin}`,
    stderr: '',
    exitCode: args[0] === 'fail' ? 1 : 0,
  }),
  complete: (args) =>
    args.length === 0
      ? ['get', 'describe', 'delete', 'apply']
      : args[0] === 'get' && args.length === 1
        ? ['pods', 'deployments', 'services']
        : [],
};

export function newSession(overrides: Partial<ShellSessionOptions> = {}): {
  session: ShellSession;
  clock: ReturnType<typeof createVirtualClock>;
} {
  const clock = createVirtualClock(START);
  const session = createShellSession({
    user: 'student',
    hostname: 'minikube',
    clock,
    commands: [fakeKubectl],
    ...overrides,
  });
  return { session, clock };
}

/** Runs lines non-interactively and returns the combined output. */
export function run(session: ShellSession, ...lines: string[]): string {
  return lines.map((line) => session.runLine(line).output).join('');
}

export interface Tty {
  readonly session: ShellSession;
  readonly screen: HeadlessScreen;
  readonly clock: ReturnType<typeof createVirtualClock>;
  /** Sends keys and waits for the screen to catch up. */
  type(...chunks: string[]): Promise<void>;
}

export async function newTty(cols = 80, rows = 24, overrides: Partial<ShellSessionOptions> = {}): Promise<Tty> {
  const { session, clock } = newSession({ cols, rows, ...overrides });
  const screen = attachScreen(session, cols, rows);
  session.start();
  await screen.settle();
  return {
    session,
    screen,
    clock,
    async type(...chunks) {
      for (const chunk of chunks) session.write(chunk);
      await screen.settle();
    },
  };
}

export const KEY = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  del: '\x1b[3~',
  backspace: '\x7f',
  enter: '\r',
  tab: '\t',
  esc: '\x1b',
  ctrl: (letter: string) => String.fromCharCode(letter.toLowerCase().charCodeAt(0) - 96),
  paste: (text: string) => `\x1b[200~${text}\x1b[201~`,
} as const;

export const PROMPT = 'student@minikube:~$ ';
