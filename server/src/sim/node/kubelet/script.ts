/**
 * What a container's process is predicted to do over time, worked out once from its image and
 * command: the lines it prints and when, files it creates (exec probes read them), when it exits and
 * with which code. A small reading of the Kubernetes docs' shell one-liners (`sh -c "echo hi; sleep
 * 3600"`, `touch /tmp/healthy; sleep 30; rm -f /tmp/healthy`). Where the cluster has a program host
 * (node/programs.ts: every student environment) the program itself runs in the shell interpreter and
 * this prediction only serves exec probes and whether the program ends (settle() waits for it);
 * clusters without one (the simulator's own tests) run on the prediction alone.
 */
import { servesWith } from '../../images/index.js';

export interface OutputLine {
  /** Milliseconds after the container started. */
  at: number;
  /** `{date}` is replaced by the virtual time when printed. */
  text: string;
  stderr?: boolean;
}

export interface FileEvent {
  at: number;
  path: string;
  exists: boolean;
}

export interface Timeline {
  lines: OutputLine[];
  files: FileEvent[];
  /** Repeating output once the finite part is done (`while true` loops). */
  loop?: { start: number; period: number; lines: OutputLine[] };
  /** Milliseconds after start when the process exits; undefined: it runs until stopped. */
  exitAt: number | undefined;
  exitCode: number;
  /** The script starts the image's server (`exec nginx -g 'daemon off;'`): it runs and serves until stopped. */
  serves?: boolean;
}

type Token = { word: string } | { op: string };

export function tokenize(script: string): Token[] {
  const out: Token[] = [];
  let cur = '';
  let has = false;
  const flush = () => {
    if (has) out.push({ word: cur });
    cur = '';
    has = false;
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      cur += script.slice(i + 1, end < 0 ? undefined : end);
      has = true;
      i = end < 0 ? script.length : end;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < script.length && script[j] !== '"') {
        if (script[j] === '\\' && j + 1 < script.length) j++;
        cur += script[j];
        j++;
      }
      has = true;
      i = j;
    } else if (ch === '$' && script[i + 1] === '(') {
      const end = script.indexOf(')', i);
      cur += script.slice(i, end < 0 ? undefined : end + 1);
      has = true;
      i = end < 0 ? script.length : end;
    } else if (ch === ' ' || ch === '\t') flush();
    else if (ch === '\n' || ch === ';') {
      flush();
      out.push({ op: ';' });
    } else if ((ch === '&' || ch === '|') && script[i + 1] === ch) {
      flush();
      out.push({ op: ch + ch });
      i++;
    } else if (ch === '&' || ch === '|' || ch === '>' || ch === '<') {
      flush();
      out.push({ op: ch });
    } else {
      cur += ch;
      has = true;
    }
  }
  flush();
  return out;
}

interface Run {
  t: number;
  lines: OutputLine[];
  files: FileEvent[];
  code: number;
  /** Set when the script never ends (sleep infinity, tail -f, a loop). */
  forever: boolean;
  loop?: Timeline['loop'];
  exited: boolean;
  /** The image's server programs (serverProgram): started by the script, they run until stopped. */
  servers: ReadonlySet<string>;
  serves?: boolean;
}

const MAX_STEPS = 2000;

/** Runs a list of statements (already split on `;`), with `&&`/`||` and `while`/`for` blocks. */
function runTokens(tokens: Token[], run: Run, shell: string, depth = 0): void {
  let i = 0;
  let steps = 0;
  let skipNext = false;
  while (i < tokens.length && !run.exited && !run.forever && steps++ < MAX_STEPS) {
    const first = tokens[i];
    if (first && 'op' in first) {
      if (first.op === '&&') skipNext = run.code !== 0;
      else if (first.op === '||') skipNext = run.code === 0;
      else skipNext = false;
      i++;
      continue;
    }
    const word = first?.word ?? '';
    if (word === 'while' || word === 'until' || word === 'for') {
      const doAt = findWord(tokens, 'do', i);
      const doneAt = findMatchingDone(tokens, doAt);
      const body = tokens.slice(doAt + 1, doneAt);
      if (!skipNext) {
        if (word === 'for') {
          const items = tokens
            .slice(i + 3, doAt)
            .filter((t): t is { word: string } => 'word' in t)
            .map((t) => t.word);
          for (const _ of items) runTokens(body, run, shell, depth + 1);
        } else {
          const cond = tokens
            .slice(i + 1, doAt)
            .filter((t): t is { word: string } => 'word' in t)
            .map((t) => t.word)
            .join(' ');
          const infinite = word === 'while' ? cond === 'true' || cond === ':' || cond === '[ 1 ]' : cond === 'false';
          if (infinite) loopForever(body, run, shell);
          // `while sleep 0.01; do …; done` (the HPA walkthrough's load generator): sleep always succeeds.
          else if (word === 'while' && /^sleep [\d.]+[smhd]?$/.test(cond))
            loopForever([...tokens.slice(i + 1, doAt), ...body], run, shell);
        }
      }
      i = doneAt + 1;
      continue;
    }
    let j = i;
    const argv: string[] = [];
    let redirected = false;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if ('op' in t) {
        if (t.op === '>' || t.op === '<') {
          redirected = true;
          j += 2;
          continue;
        }
        if (t.op === '&' || t.op === '|') {
          j++;
          continue;
        }
        break;
      }
      argv.push(t.word);
      j++;
    }
    if (!skipNext) command(argv, run, shell, redirected, depth);
    skipNext = false;
    i = j;
  }
}

function findWord(tokens: Token[], word: string, from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && 'word' in t && t.word === word) return i;
  }
  return tokens.length;
}

function findMatchingDone(tokens: Token[], from: number): number {
  let depth = 0;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !('word' in t)) continue;
    if (t.word === 'do') depth++;
    if (t.word === 'done') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return tokens.length;
}

function loopForever(body: Token[], run: Run, shell: string): void {
  const probe: Run = { t: 0, lines: [], files: [], code: 0, forever: false, exited: false, servers: run.servers };
  runTokens(body, probe, shell, 1);
  run.forever = true;
  if (probe.t <= 0 || probe.exited) return;
  run.loop = { start: run.t, period: probe.t, lines: probe.lines };
}

const NOT_FOUND = (shell: string, cmd: string) =>
  shell === 'bash' ? `bash: line 1: ${cmd}: command not found` : `sh: ${cmd}: not found`;

function command(argv: string[], run: Run, shell: string, redirected: boolean, depth: number): void {
  const [cmd0 = '', ...args] = argv;
  if (cmd0.includes('=') && !cmd0.startsWith('=')) {
    run.code = 0;
    return;
  }
  const cmd = cmd0.slice(cmd0.lastIndexOf('/') + 1);
  if (run.servers.has(cmd) && servesWith(args)) {
    run.forever = true;
    run.serves = true;
    return;
  }
  if (cmd === 'exec' && args.length > 0) {
    command(args, run, shell, redirected, depth);
    if (!run.forever) run.exited = true;
    return;
  }
  const say = (text: string, stderr = false) => {
    if (!redirected) run.lines.push({ at: run.t, text, ...(stderr ? { stderr } : {}) });
  };
  switch (cmd) {
    case 'echo':
    case 'printf':
      say(
        args
          .filter((a) => a !== '-n' && a !== '-e')
          .join(' ')
          .replace(/\$\(date\)/g, '{date}')
          .replace(/\\n$/, ''),
      );
      run.code = 0;
      return;
    case 'date':
      say('{date}');
      run.code = 0;
      return;
    case 'sleep': {
      const arg = args[0] ?? '0';
      if (arg === 'infinity' || arg === 'inf') {
        run.forever = true;
        return;
      }
      run.t += seconds(arg) * 1000;
      run.code = 0;
      return;
    }
    case 'tail':
      // -f and -F (follow by name, retrying: the docs' sidecar log shipper) never end.
      if (args.some((a) => /^-[a-zA-Z]*[fF]/.test(a) || a === '--follow' || a.startsWith('--follow=')))
        run.forever = true;
      run.code = 0;
      return;
    case 'true':
    case ':':
    case 'trap':
    case 'set':
    case 'export':
    case 'cd':
    case 'mkdir':
    case 'wait':
    case 'ls':
    case 'cat':
    case 'env':
    case 'hostname':
    case 'nslookup':
    case 'wget':
    case 'curl':
      run.code = 0;
      if (cmd === 'hostname') say('{hostname}');
      return;
    case 'false':
      run.code = 1;
      return;
    case 'exit':
      run.code = Number(args[0] ?? 0) || 0;
      run.exited = true;
      return;
    case 'touch':
      for (const f of args) run.files.push({ at: run.t, path: f, exists: true });
      run.code = 0;
      return;
    case 'rm':
      for (const f of args.filter((a) => !a.startsWith('-'))) run.files.push({ at: run.t, path: f, exists: false });
      run.code = 0;
      return;
    case 'sh':
    case 'bash':
    case 'ash': {
      const c = args.indexOf('-c');
      if (c >= 0 && depth < 4) runTokens(tokenize(args[c + 1] ?? ''), run, cmd, depth + 1);
      else run.code = 0;
      return;
    }
    default:
      say(NOT_FOUND(shell, cmd0), true);
      run.code = 127;
  }
}

function seconds(arg: string): number {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return 0;
  const n = Number(m[1]);
  return n * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] ?? ''] ?? 1);
}

/** The timeline of `argv` run by a shell-based image (busybox, alpine, ubuntu…) whose server is `servers`. */
export function shellTimeline(
  argv: readonly string[],
  shell: string,
  servers: ReadonlySet<string> = new Set(),
): Timeline {
  const run: Run = { t: 0, lines: [], files: [], code: 0, forever: false, exited: false, servers };
  const [first = ''] = argv;
  const base = first.slice(first.lastIndexOf('/') + 1);
  if (['sh', 'bash', 'ash'].includes(base)) {
    const c = argv.indexOf('-c');
    if (c >= 0) runTokens(tokenize(argv[c + 1] ?? ''), run, base);
  } else if (argv.length > 0) {
    command([...argv], run, shell, false, 0);
    // Exec'd directly there is no shell to say "not found": the runtime fails to start it.
    if (run.code === 127 && run.lines.length > 0) {
      run.lines = [];
      return { lines: [], files: run.files, exitAt: 0, exitCode: 127 };
    }
  }
  return {
    lines: run.lines,
    files: run.files,
    ...(run.loop ? { loop: run.loop } : {}),
    exitAt: run.forever ? undefined : run.t,
    exitCode: run.code,
    ...(run.serves ? { serves: true } : {}),
  };
}
