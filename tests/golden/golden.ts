/**
 * Golden cases: one file per case under cases/, each a kubectl (or minikube) command and the exact
 * terminal output real kubectl prints, with its source. Format:
 *
 *   # source: <where the expected output comes from>
 *   setup: <line run first, output ignored>        (any number)
 *   command: <the line under test>
 *   exit: <exit code>
 *   output:
 *   <expected output, to the end of the file>
 *
 * Only volatile cells are masked before comparing: AGE durations, generated name suffixes and
 * cluster IPs. `UPDATE_GOLDEN=1` rewrites the expectations on purpose.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

export interface GoldenCase {
  readonly name: string;
  readonly comments: string[];
  readonly setup: string[];
  readonly command: string;
  readonly exit: number;
  readonly output: string;
}

export function parseCase(name: string, text: string): GoldenCase {
  const comments: string[] = [];
  const setup: string[] = [];
  let command = '';
  let exit = 0;
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('#')) comments.push(l);
    else if (l.startsWith('setup: ')) setup.push(l.slice(7));
    else if (l.startsWith('command: ')) command = l.slice(9);
    else if (l.startsWith('exit: ')) exit = Number(l.slice(6));
    else if (l === 'output:') {
      i++;
      break;
    }
  }
  return { name, comments, setup, command, exit, output: lines.slice(i).join('\n') };
}

export function formatCase(c: GoldenCase): string {
  return [
    ...c.comments,
    ...c.setup.map((s) => `setup: ${s}`),
    `command: ${c.command}`,
    `exit: ${c.exit}`,
    'output:',
    c.output,
  ].join('\n');
}

const SUFFIX =
  /-[bcdfghjklmnpqrstvwxz2456789]{8,10}(-[bcdfghjklmnpqrstvwxz2456789]{5})?\b|-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g;
const IP = /\b10\.(96|97|98|99|10\d|11\d|244)\.\d{1,3}\.\d{1,3}\b/g;
const KLOG = /^[EWI]\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm;
const AGE = /(?<=\s|\()(\d+[smhdy](\d+[smh])?|<invalid>)(?=\s|$|\))/g;

/** Masks volatile cells; table lines whose cells changed width get their padding normalised. */
export function mask(text: string): string {
  return text
    .replace(KLOG, '<klog> ')
    .split('\n')
    .map((line) => {
      const masked = line
        .replace(SUFFIX, (m) => (m.length > 7 ? '-<hash>' : '-<id>'))
        .replace(IP, '<ip>')
        .replace(AGE, '<age>');
      return masked === line ? line : masked.replace(/ {2,}/g, '   ').trimEnd();
    })
    .join('\n');
}

export interface Ran {
  output: string;
  exit: number;
}

export function runCase(c: Pick<GoldenCase, 'setup' | 'command'>): Ran {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  for (const line of c.setup) env.run(line, { settle: true });
  const r = env.run(c.command, { settle: true });
  return { output: r.output, exit: r.exitCode ?? -1 };
}
