/** `kubectl create` and its generators (kubectl/pkg/cmd/create). */
import type { CommandOutcome } from '../../shell/command.js';
import { resolvePath } from '../../shell/vfs.js';
import type { KubeObject } from '../../sim/index.js';
import type { CommandSpec } from '../cli/command.js';
import type { FlagDef } from '../cli/flags.js';
import { KlogError, KubectlError, UsageError, klogHeader } from '../errors.js';
import { api, explicitNamespace, namespaceOf, type KubeEnv, type KubeInv } from '../env.js';
import { cronJob, deployment, job, meta, service, type ServicePort } from '../generators.js';
import { f, outputSpec } from './common.js';
import { createGenerated, eachObject, lastApplied, manifests, targetNamespace, withAnnotation } from './write.js';
import { LAST_APPLIED_ANNOTATION } from '../../sim/index.js';

const genericFlags = (): FlagDef[] => [
  f.dryRun(),
  f.output(),
  {
    name: 'save-config',
    type: 'bool',
    usage:
      'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
  },
  f.validate(),
  f.showManagedFields(),
  f.template(),
  f.fieldManager('kubectl-create'),
  {
    name: 'allow-missing-template-keys',
    type: 'bool',
    default: 'true',
    usage:
      'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
  },
];

function oneName(inv: KubeInv): string {
  if (inv.args.length !== 1) throw new UsageError(`exactly one NAME is required, got ${inv.args.length}`);
  return inv.args[0]!;
}

function ns(inv: KubeInv): string | undefined {
  return explicitNamespace(inv) ? namespaceOf(inv) : undefined;
}

export function required(inv: KubeInv, ...names: string[]): void {
  const missing = names.filter((n) => !inv.flags.has(n));
  if (missing.length > 0)
    throw new KlogError(
      `required flag(s) ${missing.map((m) => `"${m}"`).join(', ')} not set`,
      klogHeader('E', inv.env.cluster.now()),
    );
}

function gen(inv: KubeInv, obj: KubeObject): CommandOutcome {
  createGenerated(inv, obj, outputSpec(inv));
  return { stdout: '', stderr: '', exitCode: 0 };
}

function fromFiles(inv: KubeInv): CommandOutcome {
  const items = manifests(inv, 'create');
  const spec = outputSpec(inv);
  const failed = eachObject(
    inv,
    items,
    'creating',
    ({ object }, dry) => {
      if (dry === 'client') return { object, verb: 'created (dry run)' };
      const server = api(inv);
      const namespace = targetNamespace(inv, object);
      const toSend = inv.flags.bool('save-config')
        ? withAnnotation(object, LAST_APPLIED_ANNOTATION, lastApplied(object))
        : object;
      const created = server.create(toSend, { namespace, dryRun: dry === 'server', fieldManager: 'kubectl-create' });
      return {
        object: created as unknown as KubeObject,
        verb: dry === 'server' ? 'created (server dry run)' : 'created',
      };
    },
    spec,
  );
  return { stdout: '', stderr: '', exitCode: failed > 0 ? 1 : 0 };
}

function parseTcp(specs: readonly string[], _type: string): ServicePort[] {
  return specs.map((s) => {
    const [port = '', target] = s.split(':');
    const p = Number(port);
    if (!/^\d+$/.test(port) || p < 1 || p > 65535) throw new KubectlError(`invalid port: ${s}`);
    const t = target === undefined ? p : /^\d+$/.test(target) ? Number(target) : target;
    const out: ServicePort = { name: `${port}-${target ?? port}`, protocol: 'TCP', port: p, targetPort: t };
    return out;
  });
}

function serviceSub(use: string, type: string, short: string): CommandSpec<KubeEnv> {
  return {
    use: `${use} NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]`,
    short,
    flags: [
      ...genericFlags(),
      { name: 'tcp', type: 'stringArray', usage: "Port pairs can be specified as '<port>:<targetPort>'." },
      ...(type === 'ClusterIP'
        ? [
            {
              name: 'clusterip',
              type: 'string',
              usage: "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).",
            } as FlagDef,
          ]
        : []),
      ...(type === 'NodePort'
        ? [
            {
              name: 'node-port',
              type: 'int',
              default: '0',
              usage: 'Port used to expose the service on each node in a cluster.',
            } as FlagDef,
          ]
        : []),
    ],
    run: (inv) => {
      const name = oneName(inv);
      const tcp = inv.flags.list('tcp').flatMap((t) => t.split(','));
      if (tcp.length === 0 && inv.flags.str('clusterip') !== 'None')
        throw new KubectlError('at least one tcp port specifier must be provided');
      const ports = parseTcp(tcp, type);
      const nodePort = inv.flags.int('node-port');
      if (type === 'NodePort' && nodePort && ports[0]) ports[0].nodePort = nodePort;
      const clusterIP = inv.flags.str('clusterip');
      const svc = service(name, {
        type,
        ports,
        selector: { app: name },
        labels: { app: name },
        ...(clusterIP ? { clusterIP } : {}),
        ...(ns(inv) ? { namespace: ns(inv)! } : {}),
      });
      return gen(inv, svc);
    },
  };
}

function readFromFile(inv: KubeInv, spec: string): [string, string][] {
  const eq = spec.indexOf('=');
  const key = eq > 0 ? spec.slice(0, eq) : undefined;
  const path = eq > 0 ? spec.slice(eq + 1) : spec;
  const abs = resolvePath(inv.ctx.cwd, path.replace(/^~(?=\/|$)/, inv.ctx.home));
  if (!inv.ctx.vfs.stat(abs)) throw new KubectlError(`error reading ${path}: no such file or directory`);
  if (inv.ctx.vfs.isDir(abs)) {
    return inv.ctx.vfs
      .readdir(abs)
      .filter((n) => !inv.ctx.vfs.isDir(`${abs}/${n}`))
      .map((n) => [n, inv.ctx.vfs.readFile(`${abs}/${n}`)]);
  }
  return [[key ?? abs.split('/').pop()!, inv.ctx.vfs.readFile(abs)]];
}

function literalPairs(items: readonly string[]): [string, string][] {
  return items.map((l) => {
    const eq = l.indexOf('=');
    if (eq <= 0) throw new KubectlError(`invalid literal source ${l}, expected key=value`);
    return [l.slice(0, eq), l.slice(eq + 1)];
  });
}

function dataFrom(inv: KubeInv): Record<string, string> {
  const data: Record<string, string> = {};
  const add = ([k, v]: [string, string]): void => {
    if (k in data)
      throw new KubectlError(
        `cannot add key ${k}, another key by that name already exists in Data for ConfigMap "${inv.args[0] ?? ''}"`,
      );
    data[k] = v;
  };
  for (const p of literalPairs(inv.flags.list('from-literal'))) add(p);
  for (const file of inv.flags.list('from-file')) for (const p of readFromFile(inv, file)) add(p);
  for (const file of inv.flags.list('from-env-file')) {
    const text = inv.ctx.vfs.readFile(resolvePath(inv.ctx.cwd, file));
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('#')) continue;
      const eq = t.indexOf('=');
      add(eq < 0 ? [t, ''] : [t.slice(0, eq), t.slice(eq + 1)]);
    }
  }
  return data;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

const dataFlags: FlagDef[] = [
  {
    name: 'from-literal',
    type: 'stringArray',
    usage: 'Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)',
  },
  {
    name: 'from-file',
    type: 'stringArray',
    usage:
      'Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.',
  },
  {
    name: 'from-env-file',
    type: 'stringArray',
    usage: 'Specify the path to a file to read lines of key=val pairs to create a configmap.',
  },
  { name: 'append-hash', type: 'bool', usage: 'Append a hash of the configmap to its name.' },
];

function rules(inv: KubeInv): Record<string, unknown>[] {
  const verbs = inv.flags.list('verb').flatMap((v) => v.split(','));
  const resources = inv.flags.list('resource').flatMap((v) => v.split(','));
  if (verbs.length === 0) throw new KubectlError('at least one verb must be specified');
  if (resources.length === 0 && inv.flags.list('non-resource-url').length === 0)
    throw new KubectlError('at least one resource must be specified');
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const [base = '', ...rest] = r.split('/');
    const type = inv.env.cluster.registry.resolve(base);
    if (!type && base !== '*') throw new KubectlError(`resource "${base}" is not known`);
    const group = type ? type.group : '';
    const plural = type ? type.plural : '*';
    const full = rest.length ? `${plural}/${rest.join('/')}` : plural;
    byGroup.set(group, [...(byGroup.get(group) ?? []), full]);
  }
  const names = inv.flags.list('resource-name');
  return [...byGroup].map(([group, res]) => ({
    apiGroups: [group],
    resources: res,
    ...(names.length ? { resourceNames: names } : {}),
    verbs,
  }));
}

const roleFlags: FlagDef[] = [
  { name: 'verb', type: 'stringArray', usage: 'Verb that applies to the resources contained in the rule' },
  { name: 'resource', type: 'stringArray', usage: 'Resource that the rule applies to' },
  {
    name: 'resource-name',
    type: 'stringArray',
    usage: 'Resource in the white list that the rule applies to, repeat this flag for multiple items',
  },
];

const bindingFlags = (cluster: boolean): FlagDef[] => [
  ...(cluster ? [] : [{ name: 'role', type: 'string', usage: 'Role this RoleBinding should reference' } as FlagDef]),
  {
    name: 'clusterrole',
    type: 'string',
    usage: `ClusterRole this ${cluster ? 'ClusterRoleBinding' : 'RoleBinding'} should reference`,
  },
  {
    name: 'user',
    type: 'stringArray',
    usage: 'Usernames to bind to the clusterrole. The flag can be repeated to add multiple users.',
  },
  {
    name: 'group',
    type: 'stringArray',
    usage: 'Groups to bind to the clusterrole. The flag can be repeated to add multiple groups.',
  },
  {
    name: 'serviceaccount',
    type: 'stringArray',
    usage:
      'Service accounts to bind to the clusterrole, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.',
  },
];

function binding(inv: KubeInv, cluster: boolean): KubeObject {
  const name = oneName(inv);
  const role = inv.flags.str('role');
  const clusterrole = inv.flags.str('clusterrole');
  if (!role && !clusterrole)
    throw new KubectlError(
      cluster ? 'required flag(s) "clusterrole" not set' : 'exactly one of clusterrole or role must be specified',
    );
  if (role && clusterrole) throw new KubectlError('exactly one of clusterrole or role must be specified');
  const subjects: Record<string, unknown>[] = [];
  for (const u of inv.flags.list('user'))
    subjects.push({ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: u });
  for (const g of inv.flags.list('group'))
    subjects.push({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: g });
  for (const sa of inv.flags.list('serviceaccount')) {
    const [saNs = '', saName] = sa.split(':');
    if (!saName) throw new KubectlError(`serviceaccount must be <namespace>:<name>`);
    subjects.push({ kind: 'ServiceAccount', name: saName, namespace: saNs });
  }
  return {
    kind: cluster ? 'ClusterRoleBinding' : 'RoleBinding',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: meta(name, undefined, cluster ? undefined : ns(inv)),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: role ? 'Role' : 'ClusterRole', name: role || clusterrole },
    ...(subjects.length ? { subjects } : {}),
  };
}

const subcommands: CommandSpec<KubeEnv>[] = [
  {
    use: 'deployment NAME --image=image -- [COMMAND] [args...]',
    aliases: ['deploy'],
    short: 'Create a deployment with the specified name',
    long: 'Create a deployment with the specified name.',
    example: `  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  kubectl create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  kubectl create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  kubectl create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
    flags: [
      ...genericFlags(),
      {
        name: 'image',
        type: 'stringArray',
        usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.',
      },
      { name: 'port', type: 'int', default: '-1', usage: 'The containerPort that this deployment exposes.' },
      { name: 'replicas', short: 'r', type: 'int', default: '1', usage: 'Number of replicas to create. Default is 1.' },
    ],
    run: (inv) => {
      required(inv, 'image');
      const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
      if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`);
      const port = inv.flags.int('port');
      const obj = deployment(names[0]!, inv.flags.list('image'), {
        replicas: inv.flags.int('replicas'),
        ...(port > 0 ? { port } : {}),
        ...(ns(inv) ? { namespace: ns(inv)! } : {}),
      });
      if (inv.dashAt >= 0) {
        const command = inv.args.slice(inv.dashAt);
        const containers = (obj.spec as { template: { spec: { containers: Record<string, unknown>[] } } }).template.spec
          .containers;
        const c = containers[0]!;
        const rebuilt: Record<string, unknown> = {
          name: c.name,
          image: c.image,
          command,
          ...(c.ports ? { ports: c.ports } : {}),
          resources: {},
        };
        containers[0] = rebuilt;
      }
      return gen(inv, obj);
    },
  },
  {
    use: 'namespace NAME [--dry-run=server|client|none]',
    aliases: ['ns'],
    short: 'Create a namespace with the specified name',
    long: 'Create a namespace with the specified name.',
    example: '  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace',
    flags: genericFlags(),
    run: (inv) => gen(inv, { kind: 'Namespace', apiVersion: 'v1', metadata: meta(oneName(inv)), spec: {}, status: {} }),
  },
  {
    use: 'configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
    aliases: ['cm'],
    short: 'Create a config map from a local file, directory or literal value',
    long: 'Create a config map based on a file, directory, or specified literal value.',
    example: `  # Create a new config map named my-config based on folder bar
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config with specified keys instead of file basenames on disk
  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
  
  # Create a new config map named my-config with key1=config1 and key2=config2
  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2`,
    flags: [...genericFlags(), ...dataFlags],
    run: (inv) => {
      const name = oneName(inv);
      const data = dataFrom(inv);
      return gen(inv, {
        kind: 'ConfigMap',
        apiVersion: 'v1',
        metadata: meta(name, undefined, ns(inv)),
        ...(Object.keys(data).length ? { data: sortObj(data) } : {}),
      });
    },
  },
  {
    use: 'secret (docker-registry | generic | tls)',
    short: 'Create a secret using a specified subcommand',
    long: 'Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.',
    sub: [
      {
        use: 'generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]',
        short: 'Create a secret from a local file, directory, or literal value',
        flags: [
          ...genericFlags(),
          ...dataFlags,
          { name: 'type', type: 'string', usage: 'The type of secret to create' },
        ],
        run: (inv) => {
          const name = oneName(inv);
          const data = Object.fromEntries(Object.entries(dataFrom(inv)).map(([k, v]) => [k, b64(v)]));
          const type = inv.flags.str('type');
          return gen(inv, {
            kind: 'Secret',
            apiVersion: 'v1',
            metadata: meta(name, undefined, ns(inv)),
            ...(Object.keys(data).length ? { data: sortObj(data) } : {}),
            ...(type ? { type } : {}),
          });
        },
      },
      {
        use: 'tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none]',
        short: 'Create a TLS secret',
        flags: [
          ...genericFlags(),
          { name: 'cert', type: 'string', usage: 'Path to PEM encoded public key certificate.' },
          { name: 'key', type: 'string', usage: 'Path to private key associated with given certificate.' },
          { name: 'append-hash', type: 'bool', usage: 'Append a hash of the secret to its name.' },
        ],
        run: (inv) => {
          const name = oneName(inv);
          required(inv, 'cert', 'key');
          const read = (p: string): string => {
            const abs = resolvePath(inv.ctx.cwd, p);
            if (!inv.ctx.vfs.stat(abs)) throw new KubectlError(`open ${p}: no such file or directory`);
            return inv.ctx.vfs.readFile(abs);
          };
          const cert = read(inv.flags.str('cert'));
          const key = read(inv.flags.str('key'));
          if (!cert.includes('-----BEGIN CERTIFICATE-----'))
            throw new KubectlError('failed to load key pair tls: failed to find any PEM data in certificate input');
          return gen(inv, {
            kind: 'Secret',
            apiVersion: 'v1',
            metadata: meta(name, undefined, ns(inv)),
            data: { 'tls.crt': b64(cert), 'tls.key': b64(key) },
            type: 'kubernetes.io/tls',
          });
        },
      },
      {
        use: 'docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none]',
        short: 'Create a secret for use with a Docker registry',
        flags: [
          ...genericFlags(),
          {
            name: 'docker-server',
            type: 'string',
            default: 'https://index.docker.io/v1/',
            usage: 'Server location for Docker registry',
          },
          { name: 'docker-username', type: 'string', usage: 'Username for Docker registry authentication' },
          { name: 'docker-password', type: 'string', usage: 'Password for Docker registry authentication' },
          { name: 'docker-email', type: 'string', usage: 'Email for Docker registry' },
          {
            name: 'from-file',
            type: 'stringArray',
            usage:
              'Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used.',
          },
        ],
        run: (inv) => {
          const name = oneName(inv);
          if (!inv.flags.str('docker-username') || !inv.flags.str('docker-password')) {
            throw new KubectlError(
              'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required',
            );
          }
          const server = inv.flags.str('docker-server') || 'https://index.docker.io/v1/';
          const user = inv.flags.str('docker-username');
          const pass = inv.flags.str('docker-password');
          const email = inv.flags.str('docker-email');
          const auth = {
            auths: {
              [server]: { username: user, password: pass, ...(email ? { email } : {}), auth: b64(`${user}:${pass}`) },
            },
          };
          return gen(inv, {
            kind: 'Secret',
            apiVersion: 'v1',
            metadata: meta(name, undefined, ns(inv)),
            data: { '.dockerconfigjson': b64(JSON.stringify(auth)) },
            type: 'kubernetes.io/dockerconfigjson',
          });
        },
      },
    ],
  },
  {
    use: 'service',
    aliases: ['svc'],
    short: 'Create a service using a specified subcommand',
    long: 'Create a service using a specified subcommand.',
    sub: [
      serviceSub('clusterip', 'ClusterIP', 'Create a ClusterIP service'),
      serviceSub('nodeport', 'NodePort', 'Create a NodePort service'),
      serviceSub('loadbalancer', 'LoadBalancer', 'Create a LoadBalancer service'),
      {
        use: 'externalname NAME --external-name external.name [--dry-run=server|client|none]',
        short: 'Create an ExternalName service',
        flags: [
          ...genericFlags(),
          { name: 'external-name', type: 'string', usage: 'External name of service' },
          { name: 'tcp', type: 'stringArray', usage: "Port pairs can be specified as '<port>:<targetPort>'." },
        ],
        run: (inv) => {
          const name = oneName(inv);
          required(inv, 'external-name');
          return gen(
            inv,
            service(name, {
              type: 'ExternalName',
              ports: parseTcp(inv.flags.list('tcp'), 'ExternalName'),
              labels: { app: name },
              selector: { app: name },
              externalName: inv.flags.str('external-name'),
              ...(ns(inv) ? { namespace: ns(inv)! } : {}),
            }),
          );
        },
      },
    ],
  },
  {
    use: 'job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]',
    short: 'Create a job with the specified name',
    long: 'Create a job with the specified name.',
    flags: [
      ...genericFlags(),
      { name: 'image', type: 'string', usage: 'Image name to run.' },
      {
        name: 'from',
        type: 'string',
        usage: 'The name of the resource to create a Job from (only cronjob is supported).',
      },
    ],
    run: (inv) => {
      const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
      if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`);
      const from = inv.flags.str('from');
      if (from) {
        const [kind, cjName = ''] = from.split('/');
        if (!['cronjob', 'cronjobs', 'cj', 'cronjob.batch'].includes(kind ?? ''))
          throw new KubectlError(`unknown object type ${kind ?? ''}`);
        const cj = api(inv).get<{
          spec: { jobTemplate: { spec: Record<string, unknown>; metadata?: Record<string, unknown> } };
        }>('cronjobs.batch', namespaceOf(inv), cjName);
        return gen(inv, {
          kind: 'Job',
          apiVersion: 'batch/v1',
          metadata: {
            name: names[0],
            creationTimestamp: null,
            annotations: { 'cronjob.kubernetes.io/instantiate': 'manual' },
            ownerReferences: [
              { apiVersion: 'batch/v1', kind: 'CronJob', name: cjName, uid: cj.metadata.uid, controller: true },
            ],
          },
          spec: cj.spec.jobTemplate.spec,
          status: {},
        } as unknown as KubeObject);
      }
      if (!inv.flags.str('image')) throw new KubectlError('--image must be specified');
      return gen(
        inv,
        job(names[0]!, inv.flags.str('image'), inv.dashAt >= 0 ? inv.args.slice(inv.dashAt) : [], ns(inv)),
      );
    },
  },
  {
    use: "cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags]",
    aliases: ['cj'],
    short: 'Create a cron job with the specified name',
    long: 'Create a cron job with the specified name.',
    flags: [
      ...genericFlags(),
      { name: 'image', type: 'string', usage: 'Image name to run.' },
      { name: 'schedule', type: 'string', usage: 'A schedule in the Cron format the job should be run with.' },
      { name: 'restart', type: 'string', usage: "job's restart policy. supported values: OnFailure, Never" },
    ],
    run: (inv) => {
      required(inv, 'image', 'schedule');
      const names = inv.dashAt >= 0 ? inv.args.slice(0, inv.dashAt) : inv.args;
      if (names.length !== 1) throw new UsageError(`exactly one NAME is required, got ${names.length}`);
      const restart = inv.flags.str('restart') || 'OnFailure';
      return gen(
        inv,
        cronJob(
          names[0]!,
          inv.flags.str('image'),
          inv.flags.str('schedule'),
          inv.dashAt >= 0 ? inv.args.slice(inv.dashAt) : [],
          restart,
          ns(inv),
        ),
      );
    },
  },
  {
    use: 'serviceaccount NAME [--dry-run=server|client|none]',
    aliases: ['sa'],
    short: 'Create a service account with the specified name',
    long: 'Create a service account with the specified name.',
    flags: genericFlags(),
    run: (inv) =>
      gen(inv, { kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(oneName(inv), undefined, ns(inv)) }),
  },
  {
    use: 'role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none]',
    short: 'Create a role with single rule',
    long: 'Create a role with single rule.',
    flags: [...genericFlags(), ...roleFlags],
    run: (inv) =>
      gen(inv, {
        kind: 'Role',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: meta(oneName(inv), undefined, ns(inv)),
        rules: rules(inv),
      }),
  },
  {
    use: 'clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none]',
    short: 'Create a cluster role',
    long: 'Create a cluster role.',
    flags: [
      ...genericFlags(),
      ...roleFlags,
      { name: 'non-resource-url', type: 'stringArray', usage: 'A partial url that user should have access to.' },
      { name: 'aggregation-rule', type: 'string', usage: 'An aggregation label selector for combining ClusterRoles.' },
    ],
    run: (inv) =>
      gen(inv, {
        kind: 'ClusterRole',
        apiVersion: 'rbac.authorization.k8s.io/v1',
        metadata: meta(oneName(inv)),
        rules: rules(inv),
      }),
  },
  {
    use: 'rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
    short: 'Create a role binding for a particular role or cluster role',
    long: 'Create a role binding for a particular role or cluster role.',
    flags: [...genericFlags(), ...bindingFlags(false)],
    run: (inv) => gen(inv, binding(inv, false)),
  },
  {
    use: 'clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none]',
    short: 'Create a cluster role binding for a particular cluster role',
    long: 'Create a cluster role binding for a particular cluster role.',
    flags: [...genericFlags(), ...bindingFlags(true)],
    run: (inv) => gen(inv, binding(inv, true)),
  },
  {
    use: 'ingress NAME --rule=host/path=service:port[,tls[=secret]] ',
    aliases: ['ing'],
    short: 'Create an ingress with the specified name',
    long: 'Create an ingress with the specified name.',
    flags: [
      ...genericFlags(),
      {
        name: 'rule',
        type: 'stringArray',
        usage:
          "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional.",
      },
      { name: 'class', type: 'string', usage: 'Ingress Class to be used' },
      { name: 'default-backend', type: 'string', usage: 'Default service for backend, in format of svcname:port' },
      {
        name: 'annotation',
        type: 'stringArray',
        usage: 'Annotation to insert in the ingress object, in the format annotation=value',
      },
    ],
    run: (inv) => {
      const name = oneName(inv);
      const rulesOut: Record<string, unknown>[] = [];
      const tls: Record<string, unknown>[] = [];
      for (const r of inv.flags.list('rule')) {
        const m = /^([^/=]*)(\/[^=]*)?=([^:,]+):([^,]+)(?:,tls(?:=(.*))?)?$/.exec(r);
        if (!m)
          throw new KubectlError(
            `rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`,
          );
        const host = m[1] ?? '';
        let path = m[2] ?? '/';
        const pathType = path.endsWith('*') ? 'Prefix' : 'Exact';
        path = path.replace(/\*$/, '');
        const port = /^\d+$/.test(m[4]!) ? { number: Number(m[4]) } : { name: m[4] };
        const rule: Record<string, unknown> = {
          ...(host ? { host } : {}),
          http: { paths: [{ backend: { service: { name: m[3], port } }, path, pathType }] },
        };
        rulesOut.push(rule);
        if (r.includes(',tls')) tls.push({ ...(host ? { hosts: [host] } : {}), ...(m[5] ? { secretName: m[5] } : {}) });
      }
      const cls = inv.flags.str('class');
      const annotations: Record<string, string> = Object.fromEntries(
        inv.flags
          .list('annotation')
          .map((a): [string, string] => [a.split('=')[0] ?? '', a.split('=').slice(1).join('=')]),
      );
      const metadata = meta(name, undefined, ns(inv));
      if (Object.keys(annotations).length) metadata.annotations = annotations;
      return gen(inv, {
        kind: 'Ingress',
        apiVersion: 'networking.k8s.io/v1',
        metadata,
        spec: { ...(cls ? { ingressClassName: cls } : {}), rules: rulesOut, ...(tls.length ? { tls } : {}) },
        status: { loadBalancer: {} },
      });
    },
  },
  {
    use: 'quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none]',
    aliases: ['resourcequota'],
    short: 'Create a quota with the specified name',
    long: 'Create a resource quota with the specified name, hard limits, and optional scopes.',
    flags: [
      ...genericFlags(),
      {
        name: 'hard',
        type: 'string',
        usage: 'A comma-delimited set of resource=quantity pairs that define a hard limit.',
      },
      {
        name: 'scopes',
        type: 'string',
        usage: 'A comma-delimited set of quota scopes that must all match each object tracked by the quota.',
      },
    ],
    run: (inv) => {
      const name = oneName(inv);
      const hard: Record<string, string> = {};
      for (const pair of inv.flags
        .str('hard')
        .split(',')
        .filter((s) => s)) {
        const [k = '', v = ''] = pair.split('=');
        hard[k] = v;
      }
      const scopes = inv.flags
        .str('scopes')
        .split(',')
        .filter((s) => s);
      return gen(inv, {
        kind: 'ResourceQuota',
        apiVersion: 'v1',
        metadata: meta(name, undefined, ns(inv)),
        spec: { hard: sortObj(hard), ...(scopes.length ? { scopes } : {}) },
        status: {},
      });
    },
  },
];

function sortObj<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]!]),
  );
}

export const createCommand: CommandSpec<KubeEnv> = {
  use: 'create -f FILENAME',
  short: 'Create a resource from a file or from stdin',
  long: 'Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.',
  example: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
  group: 'Basic Commands (Beginner)',
  flags: [
    ...genericFlags(),
    f.filename('the files that contain the configuration to create'),
    f.recursive(),
    f.selector(),
    { name: 'edit', type: 'bool', usage: 'Edit the API resource before creating' },
    {
      name: 'raw',
      type: 'string',
      usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.',
    },
    {
      name: 'windows-line-endings',
      type: 'bool',
      usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.',
    },
  ],
  sub: subcommands,
  run: (inv) => {
    if (inv.args.length > 0 && inv.flags.list('filename').length === 0) {
      throw new UsageError(`Unexpected args: [${inv.args.join(' ')}]`);
    }
    return fromFiles(inv);
  },
};
