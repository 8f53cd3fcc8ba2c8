/**
 * `kubectl config set|unset PROPERTY_NAME`: a dotted path through the kubeconfig's fields, where a cluster, context
 * or user name may itself contain dots (kubectl/pkg/cmd/config/navigation_step_parser.go and set.go).
 */
import { KubectlError } from '../errors.js';
import type { Kubeconfig } from '../kubeconfig.js';

type FieldType =
  | 'string'
  | 'bool'
  | 'bytes'
  | { readonly struct: Readonly<Record<string, FieldType>>; readonly go: string }
  | { readonly map: FieldType; readonly go: string };

const CLUSTER: FieldType = {
  go: 'api.Cluster',
  struct: {
    server: 'string',
    'tls-server-name': 'string',
    'insecure-skip-tls-verify': 'bool',
    'certificate-authority': 'string',
    'certificate-authority-data': 'bytes',
    'proxy-url': 'string',
    'disable-compression': 'bool',
  },
};
const CONTEXT: FieldType = { go: 'api.Context', struct: { cluster: 'string', user: 'string', namespace: 'string' } };
const USER: FieldType = {
  go: 'api.AuthInfo',
  struct: {
    'client-certificate': 'string',
    'client-certificate-data': 'bytes',
    'client-key': 'string',
    'client-key-data': 'bytes',
    token: 'string',
    tokenFile: 'string',
    as: 'string',
    'as-uid': 'string',
    username: 'string',
    password: 'string',
    'auth-provider': {
      go: 'api.AuthProviderConfig',
      struct: { name: 'string', config: { go: 'map[string]string', map: 'string' } },
    },
    exec: {
      go: 'api.ExecConfig',
      struct: {
        command: 'string',
        apiVersion: 'string',
        installHint: 'string',
        provideClusterInfo: 'bool',
        interactiveMode: 'string',
      },
    },
  },
};
const CONFIG: FieldType = {
  go: 'api.Config',
  struct: {
    'current-context': 'string',
    preferences: { go: 'api.Preferences', struct: { colors: 'bool' } },
    clusters: { go: 'map[string]*api.Cluster', map: CLUSTER },
    contexts: { go: 'map[string]*api.Context', map: CONTEXT },
    users: { go: 'map[string]*api.AuthInfo', map: USER },
  },
};

type Node = Record<string, unknown>;

/** Splits the path into steps; a map key runs until the next token that names a field of the map's values. */
function navigationSteps(path: string): string[] {
  const parts = path.split('.');
  const steps: string[] = [];
  let type: FieldType = CONFIG;
  let i = 0;
  while (i < parts.length) {
    if (typeof type === 'string') throw new KubectlError(`unable to parse one or more field values of ${path}`);
    if ('map' in type) {
      const value: FieldType = type.map;
      const legal = typeof value === 'object' && 'struct' in value ? Object.keys(value.struct) : [];
      let end = i + 1;
      while (end < parts.length && !legal.includes(parts[end]!)) end++;
      steps.push(parts.slice(i, end).join('.'));
      i = end;
      type = value;
      continue;
    }
    const field = type.struct[parts[i]!];
    if (field === undefined) throw new KubectlError(`unable to parse ${path} after [${steps.join(' ')}] at ${type.go}`);
    steps.push(parts[i]!);
    i++;
    type = field;
  }
  return steps;
}

function fakeMap(node: Node): string {
  return `map[${Object.keys(node)
    .sort()
    .map((k, i) => `${k}:0xc000${(0x10000 + i * 0x80).toString(16)}`)
    .join(' ')}]`;
}

function parseBool(value: string): boolean {
  if (value === '') return false;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  throw new KubectlError(`strconv.ParseBool: parsing "${value}": invalid syntax`);
}

function decodeBase64(value: string): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
    const bad = value.search(/[^A-Za-z0-9+/=]/);
    throw new KubectlError(
      `error decoding input value: illegal base64 data at input byte ${bad < 0 ? value.length - (value.length % 4) : bad}`,
    );
  }
  return value;
}

function modify(
  node: Node,
  type: FieldType,
  steps: readonly string[],
  value: string,
  opts: { unset: boolean; rawBytes: boolean },
): void {
  const [step, ...rest] = steps;
  if (typeof type === 'string' || step === undefined) return;
  if ('map' in type) {
    if (rest.length === 0) {
      if (!opts.unset) throw new KubectlError(`can't set a map to a value: ${fakeMap(node)}`);
      delete node[step];
      return;
    }
    if (node[step] === undefined) {
      if (opts.unset) throw new KubectlError(`current map key \`${step}\` is invalid`);
      node[step] = {};
    }
    modify(node[step] as Node, type.map, rest, value, opts);
    return;
  }
  const field = type.struct[step]!;
  if (rest.length === 0) {
    if (opts.unset) {
      delete node[step];
      return;
    }
    if (field === 'string') node[step] = value;
    else if (field === 'bool') node[step] = parseBool(value);
    else if (field === 'bytes')
      node[step] = opts.rawBytes ? Buffer.from(value, 'utf8').toString('base64') : decodeBase64(value);
    else if ('map' in field)
      throw new KubectlError(`can't set a map to a value: ${fakeMap((node[step] as Node | undefined) ?? {})}`);
    else throw new KubectlError(`unrecognized type: ${field.go}`);
    return;
  }
  if (typeof field === 'string')
    throw new KubectlError(`can't have more steps after a ${field === 'bytes' ? 'bytes' : field}. ${rest.join('.')}`);
  if (node[step] === undefined || node[step] === null) node[step] = {};
  modify(node[step] as Node, field, rest, value, opts);
}

const ENTRY_FIELD = { clusters: 'cluster', contexts: 'context', users: 'user' } as const;

/** The kubeconfig as kubectl holds it in memory: entries in maps by name. */
function toTree(config: Kubeconfig): Node {
  const tree: Node = { 'current-context': config['current-context'], preferences: { ...config.preferences } };
  for (const [list, field] of Object.entries(ENTRY_FIELD) as [keyof typeof ENTRY_FIELD, string][]) {
    const map: Node = {};
    for (const entry of config[list] ?? [])
      map[entry.name] = structuredClone((entry as unknown as Record<string, unknown>)[field]);
    tree[list] = map;
  }
  return tree;
}

function fromTree(config: Kubeconfig, tree: Node): Kubeconfig {
  const out: Kubeconfig = {
    ...config,
    'current-context': typeof tree['current-context'] === 'string' ? tree['current-context'] : '',
    preferences: (tree.preferences as Record<string, unknown> | undefined) ?? {},
  };
  for (const [list, field] of Object.entries(ENTRY_FIELD) as [keyof typeof ENTRY_FIELD, string][]) {
    const map = tree[list] as Node;
    const names = Object.keys(map);
    (out as unknown as Record<string, unknown>)[list] =
      names.length === 0 ? null : names.map((name) => ({ name, [field]: map[name] ?? {} }));
  }
  return out;
}

/** Sets (or with `unset`, removes) one property; returns the new kubeconfig. */
export function editProperty(
  config: Kubeconfig,
  path: string,
  value: string,
  opts: { unset: boolean; rawBytes: boolean },
): Kubeconfig {
  const tree = toTree(config);
  modify(tree, CONFIG, navigationSteps(path), value, opts);
  return fromTree(config, tree);
}
