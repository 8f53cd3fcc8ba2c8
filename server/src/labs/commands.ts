/**
 * Command lines as checks and quizzes compare them: tokenised (shell-quote), split at `|`, `&&`,
 * `;`, the `k` alias expanded, flags normalised (`-n x` = `--namespace x` = `--namespace=x`,
 * `-oyaml` = `-o yaml`, `-it` = `-i -t`) and resource names too (`po` = `pod` = `pods`,
 * `deploy/web` = `deployments web`), so that flag order and spelling do not matter.
 */
import { parse } from 'shell-quote';

export interface ParsedCommand {
  program: string;
  /** Positional words, resource names normalised; words after `--` are kept as typed, after a `--` marker. */
  args: string[];
  /** Long flag name → values in order (`"true"` for a boolean flag). */
  flags: Map<string, string[]>;
}

interface Dialect {
  short: Record<string, string>;
  /** Long flags that take a value when written `--flag value`. */
  valued: ReadonlySet<string>;
}

const KUBECTL: Dialect = {
  short: {
    n: 'namespace',
    o: 'output',
    l: 'selector',
    f: 'filename',
    A: 'all-namespaces',
    c: 'container',
    i: 'stdin',
    t: 'tty',
    w: 'watch',
    p: 'previous',
    R: 'recursive',
    L: 'label-columns',
    k: 'kustomize',
    r: 'replicas',
  },
  valued: new Set([
    'namespace',
    'output',
    'selector',
    'filename',
    'container',
    'replicas',
    'image',
    'port',
    'target-port',
    'type',
    'name',
    'from-literal',
    'from-file',
    'from-env-file',
    'schedule',
    'restart',
    'min',
    'max',
    'cpu-percent',
    'verb',
    'resource',
    'role',
    'clusterrole',
    'serviceaccount',
    'user',
    'group',
    'as',
    'to-revision',
    'field-selector',
    'sort-by',
    'context',
    'kubeconfig',
    'template',
    'timeout',
    'grace-period',
    'labels',
    'env',
    'overrides',
    'limits',
    'requests',
    'current-replicas',
    'label-columns',
    'tail',
    'since',
    'revision',
    'protocol',
    'external-ip',
    'cluster-ip',
    'from',
    'api-group',
    'resource-name',
    'for',
    'kustomize',
    'subresource',
    'field-manager',
    'cascade',
    'chunk-size',
  ]),
};

const MINIKUBE: Dialect = {
  short: { p: 'profile', n: 'nodes', o: 'output', h: 'help' },
  valued: new Set([
    'profile',
    'nodes',
    'driver',
    'vm-driver',
    'container-runtime',
    'kubernetes-version',
    'cpus',
    'memory',
    'output',
    'node',
    'addons',
    'format',
    'disk-size',
  ]),
};

const GENERIC: Dialect = { short: {}, valued: new Set() };

const dialects: Record<string, Dialect> = { kubectl: KUBECTL, minikube: MINIKUBE };

/** kubectl's short names and singulars → the plural resource name. */
const RESOURCE_NAMES: Record<string, string> = {};
for (const [plural, ...aliases] of [
  ['pods', 'pod', 'po'],
  ['services', 'service', 'svc'],
  ['deployments', 'deployment', 'deploy'],
  ['replicasets', 'replicaset', 'rs'],
  ['statefulsets', 'statefulset', 'sts'],
  ['daemonsets', 'daemonset', 'ds'],
  ['jobs', 'job'],
  ['cronjobs', 'cronjob', 'cj'],
  ['nodes', 'node', 'no'],
  ['namespaces', 'namespace', 'ns'],
  ['configmaps', 'configmap', 'cm'],
  ['secrets', 'secret'],
  ['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'],
  ['persistentvolumes', 'persistentvolume', 'pv'],
  ['storageclasses', 'storageclass', 'sc'],
  ['endpoints', 'endpoint', 'ep'],
  ['endpointslices', 'endpointslice'],
  ['events', 'event', 'ev'],
  ['serviceaccounts', 'serviceaccount', 'sa'],
  ['roles', 'role'],
  ['rolebindings', 'rolebinding'],
  ['clusterroles', 'clusterrole'],
  ['clusterrolebindings', 'clusterrolebinding'],
  ['horizontalpodautoscalers', 'horizontalpodautoscaler', 'hpa'],
  ['ingresses', 'ingress', 'ing'],
  ['all', 'all'],
] as const) {
  for (const name of [plural, ...aliases]) RESOURCE_NAMES[name] = plural;
}

/** kubectl verbs whose first argument is a resource type (or `type/name`). */
const RESOURCE_VERBS = new Set([
  'get',
  'describe',
  'delete',
  'edit',
  'label',
  'annotate',
  'scale',
  'expose',
  'autoscale',
  'patch',
  'wait',
]);
/** Nested verbs (`rollout undo`, `set image`, `create deployment`): the word after them is a resource type. */
const NESTED_VERBS = new Set(['rollout', 'set', 'top']);

function resourceName(word: string): string {
  return word
    .split(',')
    .map((w) => {
      const lower = w.toLowerCase();
      const [base, ...group] = lower.split('.');
      const plural = RESOURCE_NAMES[base ?? lower];
      return plural
        ? [plural, ...group].join('.').replace(/\.(apps|batch|autoscaling|rbac\.authorization\.k8s\.io)$/, '')
        : w;
    })
    .join(',');
}

/** Words of one line, split into simple commands at shell operators. */
function splitWords(line: string): string[][] {
  const entries = parse(line, (name) => `$${name}`);
  const commands: string[][] = [[]];
  for (const e of entries) {
    if (typeof e === 'string') commands[commands.length - 1]!.push(e);
    else if ('op' in e && e.op === 'glob' && 'pattern' in e) commands[commands.length - 1]!.push(e.pattern);
    else if ('op' in e && ['|', '||', '&&', ';', '&', '|&', ';;'].includes(e.op)) commands.push([]);
    else if ('comment' in e) break;
    // Redirections (`>`, `<`) end the argument list: what follows is a file name.
    else if ('op' in e) commands.push([]);
  }
  return commands.filter((c) => c.length > 0);
}

function toCommand(words: string[]): ParsedCommand | undefined {
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)) i++;
  let program = words[i];
  if (program === undefined) return undefined;
  if (program === 'k') program = 'kubectl';
  program = program.replace(/^.*\//, '');
  const dialect = dialects[program] ?? GENERIC;
  const args: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  const rest = words.slice(i + 1);
  for (let j = 0; j < rest.length; j++) {
    const w = rest[j]!;
    if (w === '--') {
      args.push('--', ...rest.slice(j + 1));
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      if (eq >= 0) add(name, w.slice(eq + 1));
      else if (dialect.valued.has(name) && j + 1 < rest.length) add(name, rest[++j]!);
      else add(name, 'true');
      continue;
    }
    if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      const body = w.slice(1);
      const first = dialect.short[body[0]!] ?? body[0]!;
      if (dialect.valued.has(first)) {
        const attached = body.slice(1).replace(/^=/, '');
        if (attached) add(first, attached);
        else if (j + 1 < rest.length) add(first, rest[++j]!);
        else add(first, '');
      } else {
        // Combined booleans: -it
        for (const ch of body) add(dialect.short[ch] ?? ch, 'true');
      }
      continue;
    }
    args.push(w);
  }
  if (program === 'kubectl') normaliseKubectlArgs(args, flags);
  return { program, args, flags };
}

function normaliseKubectlArgs(args: string[], flags: Map<string, string[]>): void {
  const end = args.indexOf('--') < 0 ? args.length : args.indexOf('--');
  const verb = args[0];
  let typeAt = -1;
  if (verb && RESOURCE_VERBS.has(verb)) typeAt = 1;
  else if (verb && NESTED_VERBS.has(verb)) typeAt = 2;
  else if (verb === 'create' && args[1] && RESOURCE_NAMES[args[1]]) args[1] = RESOURCE_NAMES[args[1]]!;
  for (let k = 1; k < end; k++) {
    const a = args[k]!;
    const slash = a.indexOf('/');
    if (
      slash > 0 &&
      !a.includes(':') &&
      (k === typeAt ||
        verb === 'logs' ||
        verb === 'exec' ||
        verb === 'port-forward' ||
        verb === 'rollout' ||
        verb === 'set')
    ) {
      args.splice(k, 1, resourceName(a.slice(0, slash)), a.slice(slash + 1));
      continue;
    }
    if (k === typeAt) args[k] = resourceName(a);
  }
  const output = flags.get('output');
  if (output)
    flags.set(
      'output',
      output.map((o) => o.replace(/^=/, '')),
    );
}

/** Every simple command on the line, in order. */
export function parseCommandLine(line: string): ParsedCommand[] {
  try {
    return splitWords(line)
      .map(toCommand)
      .filter((c): c is ParsedCommand => c !== undefined);
  } catch {
    return [];
  }
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Whether `actual` is an instance of `pattern`: same program, the pattern's words a prefix of the
 * actual words, and every flag of the pattern present with the same values (others may be added).
 */
export function commandMatches(pattern: ParsedCommand, actual: ParsedCommand): boolean {
  if (pattern.program !== actual.program) return false;
  if (pattern.args.length > actual.args.length) return false;
  if (!pattern.args.every((a, i) => a === actual.args[i])) return false;
  for (const [name, values] of pattern.flags) {
    const got = actual.flags.get(name);
    if (!got) return false;
    if (!values.every((v) => got.includes(v))) return false;
  }
  return true;
}

/** Whether a line the student typed contains a command matching `pattern` (a command line itself). */
export function lineMatches(pattern: string, line: string): boolean {
  const [p] = parseCommandLine(pattern);
  if (!p) return false;
  return parseCommandLine(line).some((c) => commandMatches(p, c));
}

/** One canonical text per command line, for exact comparisons (quiz answers). */
export function canonicalCommand(line: string): string {
  return parseCommandLine(line)
    .map((c) => {
      const flags = [...c.flags.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([n, v]) => `--${n}=${v.join(',')}`);
      return [c.program, ...c.args, ...flags].join(' ');
    })
    .join(' | ');
}

/** Whether two command lines mean the same thing (both exactly, not as a pattern). */
export function sameCommand(a: string, b: string): boolean {
  const ca = parseCommandLine(a);
  const cb = parseCommandLine(b);
  if (ca.length === 0 || ca.length !== cb.length) return false;
  return ca.every((x, i) => {
    const y = cb[i]!;
    if (x.program !== y.program || !sameValues(x.args, y.args) || x.flags.size !== y.flags.size) return false;
    return [...x.flags].every(([n, v]) => sameValues(v, y.flags.get(n) ?? []));
  });
}
