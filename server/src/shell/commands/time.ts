/** sleep and watch: commands that live on the clock (see clock.ts for virtual vs live). */
import { fail, ok, type Command, type ProgramIO } from '../command.js';
import { formatDate } from './system.js';
import { stringWidth } from '../width.js';

/** Parses `5`, `0.5`, `2m`, `1h`: sleep's NUMBER[SUFFIX]. */
function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text);
  if (!match?.[1]) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * unit * 1000;
}

const sleep: Command = {
  name: 'sleep',
  summary: 'delay for a specified amount of time',
  run(args, ctx) {
    if (args.length === 0) return fail("sleep: missing operand\nTry 'sleep --help' for more information.");
    let total = 0;
    for (const arg of args) {
      // GNU sleep (and busybox built with float support) takes `infinity`: the docs' keep-alive containers.
      const ms = arg === 'infinity' || arg === 'inf' ? Infinity : parseDuration(arg);
      if (ms === undefined)
        return fail(`sleep: invalid time interval ‘${arg}’\nTry 'sleep --help' for more information.`);
      total += ms;
    }
    const { clock } = ctx;
    if (clock.advance && Number.isFinite(total)) {
      clock.advance(total);
      return ok();
    }
    // Even `sleep 0` waits for the next tick: a loop around it then runs one turn per tick, and
    // the session reads Ctrl-C in between, instead of spinning the shared process.
    const deadline = clock.now() + total;
    clock.wake?.(deadline);
    return { program: (io) => ({ onTick: (now) => (now >= deadline ? io.exit(0) : undefined) }) };
  },
};

const ENTER_ALT = '\x1b[?1049h\x1b[H\x1b[2J';
const LEAVE_ALT = '\x1b[?1049l';

const watch: Command = {
  name: 'watch',
  summary: 'execute a program periodically, showing output fullscreen',
  run(args, ctx) {
    let interval = 2000;
    let title = true;
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '-n' || arg === '--interval') {
        const seconds = Number(args[++i]);
        if (!Number.isFinite(seconds)) return fail(`watch: failed to parse argument: '${args[i] ?? ''}'`);
        interval = Math.max(100, seconds * 1000);
      } else if (/^-n\d/.test(arg)) interval = Math.max(100, Number(arg.slice(2)) * 1000);
      else if (arg === '-t' || arg === '--no-title') title = false;
      else if (arg === '--') {
        i++;
        break;
      } else break;
    }
    const argv = args.slice(i);
    if (argv.length === 0) return fail('Usage:\n watch [options] command\n\nFor more details see watch(1).');
    const line = argv.join(' ');
    return {
      program: (io: ProgramIO) => {
        let next = 0;
        const render = (now: number): void => {
          const { cols, rows } = io.size();
          const result = ctx.runLine(line);
          let screen = '';
          if (title) {
            const left = `Every ${(interval / 1000).toFixed(1)}s: ${line}`;
            const right = `${ctx.hostname}: ${formatDate(now, '%a %b %e %H:%M:%S %Y')}`;
            const gap = cols - stringWidth(left) - stringWidth(right);
            screen += gap >= 1 ? `${left}${' '.repeat(gap)}${right}\n\n` : `${left.slice(0, cols)}\n\n`;
          }
          const body = (result.stdout + result.stderr).split('\n').slice(0, Math.max(0, rows - (title ? 2 : 0)));
          screen += body.map((l) => l.slice(0, cols * 2)).join('\n');
          io.write(`\x1b[H\x1b[2J${screen.replace(/\n/g, '\r\n')}`);
          next = now + interval;
        };
        // A failing render (the line's budget ran out) ends watch: give the terminal its screen back first.
        const renderOrLeave = (now: number): void => {
          try {
            render(now);
          } catch (error) {
            io.write(LEAVE_ALT);
            throw error;
          }
        };
        io.write(ENTER_ALT);
        renderOrLeave(io.now());
        return {
          onTick: (now) => {
            if (now >= next) renderOrLeave(now);
          },
          onResize: () => renderOrLeave(io.now()),
          onInterrupt: () => {
            io.write(LEAVE_ALT);
            io.exit(0);
          },
        };
      },
    };
  },
};

export const timeCommands: readonly Command[] = [sleep, watch];
