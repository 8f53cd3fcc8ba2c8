/** Cluster-level commands: version, cluster-info, api-resources, api-versions, cordon, uncordon, drain, taint, top, auth, events, wait, completion, options. */
import type { CommandOutcome } from '../../shell/command.js';
import {
  ADMIN_USER,
  authorize,
  groupResource,
  isStatusError,
  KUBERNETES_VERSION,
  matches,
  nodeMetrics,
  parseLabelSelector,
  podMetrics,
  rulesFor,
  userFor,
  type Stored,
} from '../../sim/index.js';
import type { CommandSpec } from '../cli/command.js';
import { formatStatusError, KubectlError, RawError, UsageError } from '../errors.js';
import { api, currentContext, namespaceOf, now, type KubeEnv, type KubeInv } from '../env.js';
import { hostPort } from '../kubeconfig.js';
import { pollProgram } from '../program.js';
import { renderRows } from '../print/table.js';
import { toJson, toYaml } from '../print/formats/structured.js';
import { shortHumanDuration, translateTimestampSince } from '../print/duration.js';
import { kindPrefixOf, parseResourceArgs } from '../resources.js';
import { evaluateJsonPath, parseJsonPath, relaxedJsonPath } from '../../lib/jsonpath.js';
import { f, GLOBAL_FLAGS } from './common.js';
import { KUBECTL_HELP } from '../cli/helpTexts.js';

// ---- version ---------------------------------------------------------------------------------

const info = (v: string) => ({
  major: '1',
  minor: v.split('.')[1] ?? '32',
  gitVersion: v,
  gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53',
  gitTreeState: 'clean',
  buildDate: '2024-12-11T17:59:15Z',
  goVersion: 'go1.23.3',
  compiler: 'gc',
  platform: 'linux/amd64',
});

function version(inv: KubeInv): CommandOutcome {
  const client = inv.flags.bool('client');
  const output = inv.flags.str('output');
  let server: string | undefined;
  let error: RawError | KubectlError | undefined;
  if (!client) {
    try {
      api(inv);
      server = inv.env.cluster.settings.kubernetesVersion;
    } catch (e) {
      if (e instanceof RawError || e instanceof KubectlError) error = e;
      else throw e;
    }
  }
  if (output === 'json' || output === 'yaml') {
    const data = {
      clientVersion: info(KUBERNETES_VERSION),
      kustomizeVersion: 'v5.5.0',
      ...(server ? { serverVersion: info(server) } : {}),
    };
    inv.out.print(output === 'json' ? toJson(data, false) : toYaml(data));
  } else if (output) throw new KubectlError(`--output must be 'yaml' or 'json'`);
  else {
    inv.out.print(`Client Version: ${KUBERNETES_VERSION}\nKustomize Version: v5.5.0\n`);
    if (server) inv.out.print(`Server Version: ${server}\n`);
  }
  if (error) throw error;
  return { stdout: '', stderr: '', exitCode: 0 };
}

// ---- cluster-info ----------------------------------------------------------------------------

const GREEN = '\x1b[0;32m';
const YELLOW = '\x1b[0;33m';
const RESET = '\x1b[0m';

function clusterInfo(inv: KubeInv): CommandOutcome {
  if (inv.args[0] === 'dump')
    return {
      stdout: '{\n    "kind": "NodeList",\n    "apiVersion": "v1",\n    "metadata": {}\n}\n',
      stderr: '',
      exitCode: 0,
    };
  let server: ReturnType<typeof api>;
  try {
    server = api(inv);
  } catch (e) {
    inv.out.print("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    throw e;
  }
  const base = currentContext(inv)?.server ?? 'https://192.168.49.2:8443';
  let out = `${GREEN}Kubernetes control plane${RESET} is running at ${YELLOW}${base}${RESET}\n`;
  for (const svc of server.list('services', {
    namespace: 'kube-system',
    labelSelector: 'kubernetes.io/cluster-service=true',
  }).items) {
    const name = svc.metadata.labels?.['kubernetes.io/name'] ?? svc.metadata.name;
    const ports = (svc.spec as { ports?: { name?: string; port: number }[] } | undefined)?.ports ?? [];
    const port = ports[0]?.name ?? String(ports[0]?.port ?? '');
    out += `${GREEN}${name}${RESET} is running at ${YELLOW}${base}/api/v1/namespaces/kube-system/services/${svc.metadata.name}:${port}/proxy${RESET}\n`;
  }
  out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  return { stdout: out, stderr: '', exitCode: 0 };
}

// ---- api-resources / api-versions ------------------------------------------------------------

function apiResources(inv: KubeInv): CommandOutcome {
  api(inv);
  const namespaced = inv.flags.str('namespaced');
  const group = inv.flags.has('api-group') ? inv.flags.str('api-group') : undefined;
  const verbs = inv.flags.list('verbs').flatMap((v) => v.split(','));
  let types = inv.env.cluster.registry
    .all()
    .filter((t) => (group === undefined || t.group === group) && verbs.every((v) => t.verbs.includes(v)));
  if (namespaced !== '') types = types.filter((t) => String(t.namespaced) === namespaced);
  const output = inv.flags.str('output');
  if (output === 'name')
    return {
      stdout: types.map((t) => `${t.plural}${t.group ? `.${t.group}` : ''}\n`).join(''),
      stderr: '',
      exitCode: 0,
    };
  const wide = output === 'wide';
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]];
  for (const t of types) {
    rows.push([
      t.plural,
      t.shortNames.join(','),
      t.group ? `${t.group}/${t.version}` : t.version,
      String(t.namespaced),
      t.kind,
      ...(wide ? [`[${t.verbs.join(' ')}]`, t.categories.join(',')] : []),
    ]);
  }
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

function apiVersions(inv: KubeInv): CommandOutcome {
  api(inv);
  const set = new Set(inv.env.cluster.registry.all().map((t) => (t.group ? `${t.group}/${t.version}` : t.version)));
  for (const extra of [
    'admissionregistration.k8s.io/v1',
    'apiregistration.k8s.io/v1',
    'authentication.k8s.io/v1',
    'authorization.k8s.io/v1',
    'certificates.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1',
    'node.k8s.io/v1',
    'scheduling.k8s.io/v1',
    'storage.k8s.io/v1',
    'resource.k8s.io/v1beta1'.slice(0, 0),
  ].filter((x) => x))
    set.add(extra);
  return {
    stdout: [...set]
      .sort()
      .map((v) => `${v}\n`)
      .join(''),
    stderr: '',
    exitCode: 0,
  };
}

// ---- cordon / uncordon / drain / taint -------------------------------------------------------

interface NodeView {
  spec?: { unschedulable?: boolean; taints?: { key: string; value?: string; effect: string }[] };
}

function nodes(inv: KubeInv): Stored<NodeView>[] {
  const server = api(inv);
  const selector = inv.flags.str('selector');
  if (inv.args.length === 0 && !selector)
    throw new UsageError('USAGE: cordon NODE [flags]'.replace('cordon', inv.path.split(' ').pop() ?? 'cordon'));
  if (selector) return server.list<NodeView>('nodes', { labelSelector: selector }).items;
  return inv.args.map((n) => server.get<NodeView>('nodes', undefined, n.replace(/^(node|nodes|no)\//, '')));
}

function cordon(inv: KubeInv, on: boolean): CommandOutcome {
  const server = api(inv);
  for (const n of nodes(inv)) {
    const already = Boolean(n.spec?.unschedulable) === on;
    if (!already)
      server.patch('nodes', undefined, n.metadata.name, { spec: { unschedulable: on ? true : null } }, 'merge');
    inv.out.println(`node/${n.metadata.name} ${already ? 'already ' : ''}${on ? 'cordoned' : 'uncordoned'}`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

interface PodView {
  metadata: Stored['metadata'];
  spec?: { nodeName?: string; volumes?: { name: string; emptyDir?: unknown }[] };
  status?: { phase?: string };
}

function drain(inv: KubeInv): CommandOutcome {
  const server = api(inv);
  const list = nodes(inv);
  const ignoreDs = inv.flags.bool('ignore-daemonsets');
  const deleteEmpty = inv.flags.bool('delete-emptydir-data');
  const force = inv.flags.bool('force');
  const toEvict: PodView[] = [];
  for (const node of list) {
    if (!node.spec?.unschedulable)
      server.patch('nodes', undefined, node.metadata.name, { spec: { unschedulable: true } }, 'merge');
    inv.out.println(`node/${node.metadata.name} ${node.spec?.unschedulable ? 'already ' : ''}cordoned`);
    const pods = server.list<PodView>('pods', { fieldSelector: `spec.nodeName=${node.metadata.name}` })
      .items as unknown as PodView[];
    const ds: string[] = [];
    const bare: string[] = [];
    const local: string[] = [];
    const evict: PodView[] = [];
    for (const p of pods) {
      const id = `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`;
      if (p.metadata.annotations?.['kubernetes.io/config.mirror']) continue;
      if (p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') {
        evict.push(p);
        continue;
      }
      const owner = (p.metadata.ownerReferences ?? []).find((r) => r.controller);
      if (owner?.kind === 'DaemonSet') {
        ds.push(id);
        continue;
      }
      if (!owner) bare.push(id);
      if ((p.spec?.volumes ?? []).some((v) => v.emptyDir)) local.push(id);
      evict.push(p);
    }
    const problems: string[] = [];
    if (ds.length && !ignoreDs)
      problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ds.join(', ')}`);
    if (bare.length && !force)
      problems.push(`cannot delete Pods that declare no controller (use --force to override): ${bare.join(', ')}`);
    if (local.length && !deleteEmpty)
      problems.push(
        `cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.join(', ')}`,
      );
    if (problems.length > 0) {
      inv.out.error(
        `error: unable to drain node "${node.metadata.name}" due to error: ${problems.join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${node.metadata.name}\n${problems.join('\n')}`,
      );
      return { stdout: '', stderr: '', exitCode: 1 };
    }
    const warnings: string[] = [];
    if (ds.length) warnings.push(`ignoring DaemonSet-managed Pods: ${ds.join(', ')}`);
    if (bare.length) warnings.push(`deleting Pods that declare no controller: ${bare.join(', ')}`);
    if (warnings.length) inv.out.error(`Warning: ${warnings.join('; ')}`);
    toEvict.push(...evict);
  }
  for (const p of toEvict) inv.out.println(`evicting pod ${p.metadata.namespace ?? 'default'}/${p.metadata.name}`);
  for (const p of toEvict) {
    try {
      server.delete(
        'pods',
        p.metadata.namespace,
        p.metadata.name,
        inv.flags.int('grace-period') >= 0 ? { gracePeriodSeconds: inv.flags.int('grace-period') } : {},
      );
    } catch (e) {
      if (!isStatusError(e)) throw e;
    }
  }
  const shownOut = inv.out.stdout + inv.out.stderr;
  inv.out.stdout = '';
  inv.out.stderr = '';
  const pending = new Set(
    toEvict.map((p) => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}/${p.metadata.uid}`),
  );
  let started = false;
  return {
    program: pollProgram({
      check: (io) => {
        if (!started) {
          started = true;
          io.write(shownOut);
        }
        for (const key of [...pending]) {
          const [ns, name, uid] = key.split('/');
          const live = server.find('pods', ns, name ?? '');
          if (!live || live.metadata.uid !== uid) {
            pending.delete(key);
            io.write(`pod/${name ?? ''} evicted\n`);
          }
        }
        if (pending.size > 0) return undefined;
        for (const n of list) io.write(`node/${n.metadata.name} drained\n`);
        return 0;
      },
    }),
  };
}

function taint(inv: KubeInv): CommandOutcome {
  const [first, ...rest] = inv.args;
  if (!first) throw new KubectlError('one or more resources must be specified as <resource> <name>');
  const server = api(inv);
  let names: string[];
  let specs: string[];
  if (first.includes('/')) {
    names = [first.split('/')[1] ?? ''];
    specs = rest;
  } else {
    if (!['node', 'nodes', 'no'].includes(first))
      throw new KubectlError(`invalid resource type ${first}, only node types are supported`);
    const all = inv.flags.bool('all');
    names = all ? server.list('nodes').items.map((n) => n.metadata.name) : rest.slice(0, 1);
    specs = all ? rest : rest.slice(1);
  }
  if (specs.length === 0) throw new UsageError('at least one taint update is required');
  for (const name of names) {
    const node = server.get<NodeView>('nodes', undefined, name);
    let taints = [...(node.spec?.taints ?? [])];
    let removed = false;
    let added = false;
    for (const spec of specs) {
      if (spec.endsWith('-')) {
        const body = spec.slice(0, -1);
        const [key = '', effect] = body.split(':');
        const before = taints.length;
        taints = taints.filter((t) => !(t.key === key.split('=')[0] && (!effect || t.effect === effect)));
        if (taints.length === before) throw new KubectlError(`taint "${body}" not found`);
        removed = true;
        continue;
      }
      const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(spec);
      if (!m) throw new KubectlError(`unknown taint spec: ${spec}`);
      const existing = taints.find((t) => t.key === m[1] && t.effect === m[3]);
      if (existing && !inv.flags.bool('overwrite'))
        throw new KubectlError(
          `node ${name} already has ${m[1]!} taint(s) with same effect(s) and --overwrite is false`,
        );
      taints = taints.filter((t) => !(t.key === m[1] && t.effect === m[3]));
      taints.push({ key: m[1]!, ...(m[2] !== undefined && m[2] !== '' ? { value: m[2] } : {}), effect: m[3]! });
      added = true;
    }
    server.patch('nodes', undefined, name, { spec: { taints: taints.length ? taints : null } }, 'merge');
    inv.out.println(`node/${name} ${added && !removed ? 'tainted' : !added && removed ? 'untainted' : 'modified'}`);
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

// ---- top -------------------------------------------------------------------------------------

function noMetrics(): never {
  throw new KubectlError('Metrics API not available');
}

const mi = (bytes: number): string => `${Math.floor(bytes / (1024 * 1024))}Mi`;

function topPods(inv: KubeInv): CommandOutcome {
  api(inv);
  const allNs = inv.flags.bool('all-namespaces');
  const ns = allNs ? undefined : namespaceOf(inv);
  let metrics = podMetrics(inv.env.cluster, ns) ?? noMetrics();
  const selector = inv.flags.str('selector');
  if (selector) {
    const sel = parseLabelSelector(selector);
    metrics = metrics.filter((m) => matches(sel, m.metadata.labels));
  }
  const named = inv.args[0];
  if (named) {
    api(inv).get('pods', ns, named);
    metrics = metrics.filter((m) => m.metadata.name === named);
    if (metrics.length === 0) throw new KubectlError(`metrics not available yet`);
  }
  if (metrics.length === 0) {
    inv.out.error(allNs ? 'No resources found' : `No resources found in ${ns ?? 'default'} namespace.`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const sortBy = inv.flags.str('sort-by');
  if (sortBy === 'cpu') metrics = [...metrics].sort((a, b) => b.cpuMillis - a.cpuMillis);
  if (sortBy === 'memory') metrics = [...metrics].sort((a, b) => b.memoryBytes - a.memoryBytes);
  const containers = inv.flags.bool('containers');
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [
        [
          ...(allNs ? ['NAMESPACE'] : []),
          ...(containers ? ['POD', 'NAME'] : ['NAME']),
          'CPU(cores)',
          'MEMORY(bytes)',
          '',
        ],
      ];
  for (const m of metrics) {
    if (containers) {
      for (const c of m.containers)
        rows.push([
          ...(allNs ? [m.metadata.namespace] : []),
          m.metadata.name,
          c.name,
          `${Math.round(c.cpuMillis)}m`,
          mi(c.memoryBytes),
          '',
        ]);
    } else
      rows.push([
        ...(allNs ? [m.metadata.namespace] : []),
        m.metadata.name,
        `${Math.round(m.cpuMillis)}m`,
        mi(m.memoryBytes),
        '',
      ]);
  }
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

function topNodes(inv: KubeInv): CommandOutcome {
  const server = api(inv);
  const metrics = nodeMetrics(inv.env.cluster) ?? noMetrics();
  const rows: string[][] = inv.flags.bool('no-headers')
    ? []
    : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', '']];
  for (const n of server.list('nodes').items) {
    if (inv.args[0] && n.metadata.name !== inv.args[0]) continue;
    const m = metrics.find((x) => x.metadata.name === n.metadata.name);
    if (!m) {
      rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>', '']);
      continue;
    }
    const alloc = (n.status as { allocatable?: { cpu?: string; memory?: string } } | undefined)?.allocatable;
    const cores = Number(alloc?.cpu ?? '2') || 2;
    const memKi = Number((alloc?.memory ?? '3912872Ki').replace(/Ki$/, '')) || 3912872;
    rows.push([
      n.metadata.name,
      `${Math.round(m.cpuMillis)}m`,
      `${Math.floor((m.cpuMillis / (cores * 1000)) * 100)}%`,
      mi(m.memoryBytes),
      `${Math.floor((m.memoryBytes / 1024 / memKi) * 100)}%`,
      '',
    ]);
  }
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

// ---- auth ------------------------------------------------------------------------------------

function canI(inv: KubeInv): CommandOutcome {
  api(inv);
  const as = inv.flags.str('as');
  const user = as ? userFor(as, inv.flags.list('as-group')) : ADMIN_USER;
  const ns = inv.flags.bool('all-namespaces') ? undefined : namespaceOf(inv);
  if (inv.flags.bool('list')) {
    const rules = rulesFor(inv.env.cluster.store, user, ns);
    const rows: string[][] = [['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']];
    for (const r of rules as {
      apiGroups?: string[];
      resources?: string[];
      nonResourceURLs?: string[];
      resourceNames?: string[];
      verbs: string[];
    }[]) {
      for (const res of r.resources ?? []) {
        for (const g of r.apiGroups ?? [''])
          rows.push([
            g ? `${res}.${g}` : res,
            '[]',
            `[${(r.resourceNames ?? []).join(' ')}]`,
            `[${r.verbs.join(' ')}]`,
          ]);
      }
      if (r.nonResourceURLs?.length)
        rows.push(['', `[${r.nonResourceURLs.join(' ')}]`, '[]', `[${r.verbs.join(' ')}]`]);
    }
    return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
  }
  const [verb, what] = inv.args;
  if (!verb || !what)
    throw new RawError(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
    );
  const [typeName = '', name] = what.split('/');
  let group = '';
  let resource = typeName;
  if (typeName !== '*' && !typeName.startsWith('/')) {
    const type = inv.env.cluster.registry.resolve(typeName);
    if (!type) {
      inv.out.error(`Warning: the server doesn't have a resource type '${typeName}'\n`);
    } else {
      group = type.group;
      resource = type.plural;
    }
  }
  const sub = inv.flags.str('subresource');
  const allowed = authorize(inv.env.cluster.store, user, {
    verb,
    group,
    resource: sub ? `${resource}/${sub}` : resource,
    namespace: ns,
    name: name || undefined,
  });
  inv.out.println(allowed ? 'yes' : 'no');
  return { stdout: '', stderr: '', exitCode: allowed ? 0 : 1 };
}

function whoami(inv: KubeInv): CommandOutcome {
  api(inv);
  const as = inv.flags.str('as');
  const user = as ? userFor(as) : ADMIN_USER;
  const rows = [
    ['ATTRIBUTE', 'VALUE'],
    ['Username', user.name],
    ['Groups', `[${user.groups.join(' ')}]`],
  ];
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

// ---- events ----------------------------------------------------------------------------------

function events(inv: KubeInv): CommandOutcome {
  const server = api(inv);
  const allNs = inv.flags.bool('all-namespaces');
  let items = server.list('events', { namespace: allNs ? undefined : namespaceOf(inv) }).items as unknown as (Stored & {
    type?: string;
    reason?: string;
    message?: string;
    count?: number;
    lastTimestamp?: string;
    firstTimestamp?: string;
    involvedObject: { kind?: string; name?: string };
  })[];
  const types = inv.flags.list('types').flatMap((t) => t.split(','));
  if (types.length) items = items.filter((e) => types.includes(e.type ?? ''));
  const forObj = inv.flags.str('for');
  if (forObj) {
    const [k = '', n = ''] = forObj.split('/');
    const type = inv.env.cluster.registry.resolve(k);
    items = items.filter((e) => e.involvedObject.name === n && (!type || e.involvedObject.kind === type.kind));
  }
  items.sort((a, b) =>
    (a.lastTimestamp ?? a.metadata.creationTimestamp).localeCompare(b.lastTimestamp ?? b.metadata.creationTimestamp),
  );
  if (items.length === 0) {
    inv.out.error(allNs ? 'No events found.' : `No events found in ${namespaceOf(inv)} namespace.`);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const t = now(inv);
  const rows: string[][] = [[...(allNs ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']];
  for (const e of items) {
    const last = translateTimestampSince(e.lastTimestamp ?? e.metadata.creationTimestamp, t);
    const seen =
      (e.count ?? 1) > 1
        ? `${last} (x${e.count ?? 1} over ${translateTimestampSince(e.firstTimestamp ?? e.metadata.creationTimestamp, t)})`
        : last;
    rows.push([
      ...(allNs ? [e.metadata.namespace ?? ''] : []),
      seen,
      e.type ?? '',
      e.reason ?? '',
      `${(e.involvedObject.kind ?? '').toLowerCase()}/${e.involvedObject.name ?? ''}`,
      e.message ?? '',
    ]);
  }
  void shortHumanDuration;
  return { stdout: renderRows(rows), stderr: '', exitCode: 0 };
}

// ---- wait ------------------------------------------------------------------------------------

function waitCmd(inv: KubeInv): CommandOutcome {
  const forSpec = inv.flags.str('for');
  if (!forSpec) throw new KubectlError('unrecognized condition: ""');
  const parsed = parseResourceArgs(inv, inv.args);
  const server = api(inv);
  const selector = inv.flags.str('selector');
  const all = inv.flags.bool('all');
  const targets: {
    type: (typeof parsed.requests)[number]['type'];
    namespace: string | undefined;
    name: string;
    uid?: string;
  }[] = [];
  for (const r of parsed.requests) {
    const ns = r.type.namespaced ? namespaceOf(inv) : undefined;
    if (r.name !== undefined) {
      const obj = server.find(groupResource(r.type), ns, r.name);
      if (!obj && !forSpec.startsWith('delete'))
        throw new RawError(`Error from server (NotFound): ${groupResource(r.type)} "${r.name}" not found`);
      targets.push({ type: r.type, namespace: ns, name: r.name, ...(obj ? { uid: obj.metadata.uid } : {}) });
    } else {
      if (!selector && !all) throw new KubectlError('resource(s) were provided, but no name was specified');
      for (const o of server.list(groupResource(r.type), { namespace: ns, labelSelector: selector || undefined }).items)
        targets.push({ type: r.type, namespace: o.metadata.namespace, name: o.metadata.name, uid: o.metadata.uid });
    }
  }
  if (targets.length === 0) throw new KubectlError('no matching resources found');
  let test: (o: Stored | undefined, t: (typeof targets)[number]) => boolean;
  if (forSpec === 'delete') test = (o, t) => !o || o.metadata.uid !== t.uid;
  else if (forSpec.startsWith('condition=')) {
    const body = forSpec.slice('condition='.length);
    const [cond = '', want = 'True'] = body.split('=');
    test = (o) =>
      Boolean(
        o &&
        ((o.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some(
          (c) => c.type.toLowerCase() === cond.toLowerCase() && c.status.toLowerCase() === want.toLowerCase(),
        ),
      );
  } else if (forSpec.startsWith('jsonpath=')) {
    const body = forSpec.slice('jsonpath='.length);
    const m = /^(.*\})=(.*)$/.exec(body) ?? /^([^=]*)=(.*)$/.exec(body);
    const path = m?.[1] ?? body;
    const want = m?.[2];
    const template = parseJsonPath(relaxedJsonPath(path));
    test = (o) => {
      if (!o) return false;
      const values = evaluateJsonPath(template, o, { allowMissingKeys: true })[0] ?? [];
      return want === undefined ? values.length > 0 : values.some((v) => String(v) === want);
    };
  } else if (forSpec.startsWith('create')) test = (o) => Boolean(o);
  else throw new KubectlError(`unrecognized condition: "${forSpec}"`);
  const timeout = inv.flags.int('timeout');
  const pending = new Set(targets.map((_t, i) => i));
  const verb = forSpec === 'delete' ? 'condition met' : 'condition met';
  return {
    program: pollProgram({
      check: (io) => {
        if (inv.env.cluster.state !== 'Running') return undefined;
        for (const i of [...pending]) {
          const t = targets[i]!;
          const o = server.find(groupResource(t.type), t.namespace, t.name);
          if (test(o, t)) {
            pending.delete(i);
            io.write(`${kindPrefixOf(t.type)}/${t.name} ${verb}\n`);
          }
        }
        return pending.size === 0 ? 0 : undefined;
      },
      timeoutMs: timeout > 0 ? timeout : 30_000,
      onTimeout: (io) => {
        const t = targets[[...pending][0] ?? 0]!;
        io.write(`error: timed out waiting for the condition on ${groupResource(t.type)}/${t.name}\n`);
        return 1;
      },
    }),
  };
}

const COMPLETION_BASH = `# Copyright 2016 The Kubernetes Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

# bash completion V2 for kubectl                               -*- shell-script -*-

__kubectl_debug()
{
    if [[ -n \${BASH_COMP_DEBUG_FILE-} ]]; then
        echo "$*" >> "\${BASH_COMP_DEBUG_FILE}"
    fi
}

# In this simulated shell, completion for kubectl (and the k alias) is built in:
# press Tab after "kubectl " to complete verbs, resource types, names and flags.
complete -o default -F __start_kubectl kubectl
`;

export const versionCommand: CommandSpec<KubeEnv> = {
  use: 'version',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  example: '  # Print the client and server versions for the current context\n  kubectl version',
  flags: [
    { name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' },
    { name: 'output', short: 'o', type: 'string', usage: "One of 'yaml' or 'json'." },
  ],
  run: version,
};

export const clusterInfoCommand: CommandSpec<KubeEnv> = {
  use: 'cluster-info',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  example: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  sub: [
    {
      use: 'dump',
      short: 'Dump relevant information for debugging and diagnosis',
      run: (inv) => clusterInfo({ ...inv, args: ['dump'] }),
    },
  ],
  run: clusterInfo,
};

export const apiResourcesCommand: CommandSpec<KubeEnv> = {
  use: 'api-resources',
  short: 'Print the supported API resources on the server',
  long: 'Print the supported API resources on the server.',
  example: `  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  flags: [
    { name: 'api-group', type: 'string', usage: 'Limit to resources in the specified API group.' },
    { name: 'cached', type: 'bool', usage: 'Use the cached list of resources if available.' },
    { name: 'categories', type: 'stringArray', usage: 'Limit to resources that belong to the specified categories.' },
    {
      name: 'namespaced',
      type: 'string',
      noOptDefault: 'true',
      usage:
        'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
    },
    {
      name: 'no-headers',
      type: 'bool',
      usage: "When using the default or custom-column output format, don't print headers (default print headers).",
    },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (wide, name).' },
    {
      name: 'sort-by',
      type: 'string',
      usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
    },
    { name: 'verbs', type: 'stringArray', usage: 'Limit to resources that support the specified verbs.' },
  ],
  run: apiResources,
};

export const apiVersionsCommand: CommandSpec<KubeEnv> = {
  use: 'api-versions',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  example: '  # Print the supported API versions\n  kubectl api-versions',
  run: apiVersions,
};

export const cordonCommand: CommandSpec<KubeEnv> = {
  use: 'cordon NODE',
  short: 'Mark node as unschedulable',
  long: 'Mark node as unschedulable.',
  example: '  # Mark node "foo" as unschedulable\n  kubectl cordon foo',
  flags: [f.dryRun(), f.selector()],
  run: (inv) => cordon(inv, true),
};

export const uncordonCommand: CommandSpec<KubeEnv> = {
  use: 'uncordon NODE',
  short: 'Mark node as schedulable',
  long: 'Mark node as schedulable.',
  example: '  # Mark node "foo" as schedulable\n  kubectl uncordon foo',
  flags: [f.dryRun(), f.selector()],
  run: (inv) => cordon(inv, false),
};

export const drainCommand: CommandSpec<KubeEnv> = {
  use: 'drain NODE',
  short: 'Drain node in preparation for maintenance',
  long: `Drain node in preparation for maintenance.

 The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

 'drain' waits for graceful termination. You should not operate on the machine until the command completes.

 When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.`,
  example:
    '  # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it\n  kubectl drain foo --force\n  \n  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes\n  kubectl drain foo --grace-period=900',
  flags: [
    { name: 'ignore-daemonsets', type: 'bool', usage: 'Ignore DaemonSet-managed pods.' },
    {
      name: 'delete-emptydir-data',
      type: 'bool',
      usage:
        'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).',
    },
    { name: 'force', type: 'bool', usage: 'Continue even if there are pods that do not declare a controller.' },
    {
      name: 'grace-period',
      type: 'int',
      default: '-1',
      usage:
        'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.',
    },
    { name: 'disable-eviction', type: 'bool', usage: 'Force drain to use delete, even if eviction is supported.' },
    f.dryRun(),
    f.selector(),
    f.timeout(),
  ],
  run: drain,
};

export const taintCommand: CommandSpec<KubeEnv> = {
  use: 'taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N',
  short: 'Update the taints on one or more nodes',
  long: `Update the taints on one or more nodes.

  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
  *  Currently taint can only apply to node.`,
  example: `  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
  # If a taint with that key and effect already exists, its value is replaced as specified
  kubectl taint nodes foo dedicated=special-user:NoSchedule
  
  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
  kubectl taint nodes foo dedicated:NoSchedule-
  
  # Remove from node 'foo' all the taints with key 'dedicated'
  kubectl taint nodes foo dedicated-`,
  flags: [
    { name: 'all', type: 'bool', usage: 'Select all nodes in the cluster' },
    f.overwrite(),
    f.dryRun(),
    f.output(),
    f.selector(),
    f.validate(),
  ],
  run: taint,
};

export const topCommand: CommandSpec<KubeEnv> = {
  use: 'top',
  short: 'Display resource (CPU/memory) usage',
  long: 'Display resource (CPU/memory) usage.\n\n The top command allows you to see the resource consumption for nodes or pods.\n\n This command requires Metrics Server to be correctly configured and working on the server.',
  sub: [
    {
      use: 'node [NAME | -l label]',
      aliases: ['nodes', 'no'],
      short: 'Display resource (CPU/memory) usage of nodes',
      flags: [
        f.selector(),
        { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers' },
        {
          name: 'sort-by',
          type: 'string',
          usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.",
        },
        {
          name: 'show-capacity',
          type: 'bool',
          usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.',
        },
      ],
      run: topNodes,
    },
    {
      use: 'pod [NAME | -l label]',
      aliases: ['pods', 'po'],
      short: 'Display resource (CPU/memory) usage of pods',
      flags: [
        f.allNamespaces(),
        f.selector(),
        { name: 'containers', type: 'bool', usage: 'If present, print usage of containers within a pod.' },
        { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers.' },
        {
          name: 'sort-by',
          type: 'string',
          usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.",
        },
        { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
      ],
      run: topPods,
    },
  ],
};

export const authCommand: CommandSpec<KubeEnv> = {
  use: 'auth',
  short: 'Inspect authorization',
  long: 'Inspect authorization.',
  sub: [
    {
      use: 'can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]',
      short: 'Check whether an action is allowed',
      long: "Check whether an action is allowed.\n\n VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with \"/\". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.",
      example: `  # Check to see if I can create pods in any namespace
  kubectl auth can-i create pods --all-namespaces
  
  # Check to see if I can list deployments in my current namespace
  kubectl auth can-i list deployments.apps
  
  # Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
  # You must be allowed to use impersonation for the global option "--as"
  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod
  
  # List all allowed actions in namespace "foo"
  kubectl auth can-i --list --namespace=foo`,
      flags: [
        f.allNamespaces(),
        { name: 'list', type: 'bool', usage: 'If true, prints all allowed actions.' },
        { name: 'no-headers', type: 'bool', usage: 'If true, prints allowed actions without headers' },
        { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress output and just return the exit code.' },
        { name: 'subresource', type: 'string', usage: 'SubResource such as pod/log or deployment/scale' },
      ],
      run: (inv) => {
        const r = canI(inv);
        if (inv.flags.bool('quiet')) inv.out.stdout = '';
        return r;
      },
    },
    { use: 'whoami', short: 'Experimental: Check self subject attributes', flags: [f.output()], run: whoami },
  ],
};

export const eventsCommand: CommandSpec<KubeEnv> = {
  use: 'events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]',
  short: 'List events',
  long: 'Display events.\n\n Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.',
  example: `  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal`,
  flags: [
    f.allNamespaces(),
    { name: 'for', type: 'string', usage: 'Filter events to only those pertaining to the specified resource.' },
    { name: 'types', type: 'stringArray', usage: 'Output only events of given types.' },
    { name: 'watch', short: 'w', type: 'bool', usage: 'After listing the requested events, watch for more events.' },
    { name: 'no-headers', type: 'bool', usage: "When using the default output format, don't print headers." },
    f.output(),
  ],
  run: events,
};

export const waitCommand: CommandSpec<KubeEnv> = {
  use: "wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
  short: 'Experimental: Wait for a specific condition on one or many resources',
  long: 'Experimental: Wait for a specific condition on one or many resources.\n\n The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.\n\n Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.\n\n A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.',
  example: `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`,
  flags: [
    {
      name: 'for',
      type: 'string',
      usage:
        "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]].",
    },
    f.timeout('30s'),
    f.selector(),
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    f.allNamespaces(),
    f.filename('identifying the resource.'),
    f.output(),
  ],
  run: waitCmd,
};

export const completionCommand: CommandSpec<KubeEnv> = {
  use: 'completion SHELL',
  short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
  long: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell). The shell code must be evaluated to provide interactive completion of kubectl commands.  This can be done by sourcing it from the .bash_profile.',
  run: (inv) => {
    const shell = inv.args[0];
    if (!shell) throw new UsageError('Shell not specified.');
    if (inv.args.length > 1) throw new UsageError('Too many arguments. Expected only the shell type.');
    if (!['bash', 'zsh', 'fish', 'powershell'].includes(shell))
      throw new UsageError(`Unsupported shell type "${shell}".`);
    return {
      stdout:
        shell === 'bash' ? COMPLETION_BASH : `# ${shell} completion for kubectl${' '.repeat(23)}-*- shell-script -*-\n`,
      stderr: '',
      exitCode: 0,
    };
  },
};

export const optionsCommand: CommandSpec<KubeEnv> = {
  use: 'options',
  short: 'Print the list of flags inherited by all commands',
  hidden: true,
  run: () => ({
    stdout:
      KUBECTL_HELP['kubectl options'] ??
      `The following options can be passed to any command:\n\n${GLOBAL_FLAGS.map((g) => `    ${g.short ? `-${g.short}, ` : ''}--${g.name}=${g.default ?? (g.type === 'bool' ? 'false' : "''")}:\n\t${g.usage}\n`).join('\n')}`,
    stderr: '',
    exitCode: 0,
  }),
};

export { hostPort, formatStatusError };
