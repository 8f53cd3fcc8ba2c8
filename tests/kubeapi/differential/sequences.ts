// The command sequences of the differential test: seeded fast-check generation over a small world of names (so
// commands meet objects that exist, do not exist yet, or already exist), plus every lab's reference solution.
import fc from 'fast-check';
import { parse } from 'shell-quote';
import type { Lab } from '../../../server/src/labs/format';

export type Step =
  | { kind: 'read'; argv: readonly string[] }
  | { kind: 'mutate'; argv: readonly string[] }
  /** Our side only: minikube, pipes, redirections, what is not yet compared. */
  | { kind: 'shell'; line: string }
  | { kind: 'settle' };

export interface Sequence {
  name: string;
  /** A lab to start from, else a fresh started cluster. */
  lab?: Lab;
  steps: Step[];
}

const DEPLOYMENTS = ['web', 'api'] as const;
const IMAGES = ['nginx', 'nginx:1.27', 'httpd:2.4', 'busybox'] as const;
const opt = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> => fc.oneof(fc.constant([] as T[]), arb);
const flag = (...words: string[]) => opt(fc.constant(words));
const deployment = fc.constantFrom(...DEPLOYMENTS);
/** Objects by `kind/name`, existing or not depending on what the sequence did. */
const objectRef = fc.constantFrom(
  'deployment/web',
  'deployment/api',
  'pod/solo',
  'configmap/settings',
  'secret/creds',
  'service/web',
  'namespace/team',
  'job/once',
  'cronjob/tick',
  'serviceaccount/bot',
  'node/minikube',
  'pod/nope',
  'ingress/web',
  'role/reader',
  'rolebinding/reader',
  'pdb/web',
  'hpa/web',
  'networkpolicy/deny',
  'pvc/data',
  'statefulset/db',
  'daemonset/agent',
  'resourcequota/small',
);

/** Manifests for apply/create -f, written into every fresh sandbox (a valid one, an updated one, broken ones). */
export const MANIFESTS: Record<string, string> = {
  'app.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels: {app: app, tier: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers:
      - name: main
        image: nginx:1.27
        ports: [{containerPort: 80}]
        resources: {requests: {cpu: 100m, memory: 64Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: app}
spec:
  selector: {app: app}
  ports: [{port: 80, targetPort: 80}]
`,
  'app-v2.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels: {app: app, tier: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers:
      - name: main
        image: nginx:1.26
`,
  'config.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {name: config, namespace: default}
data: {mode: prod, level: info}
`,
  'no-name.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {labels: {a: b}}
data: {x: y}
`,
  'bad-kind.yaml': `apiVersion: v1
kind: Frobnicator
metadata: {name: x}
`,
  'bad-replicas.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: bad}
spec:
  replicas: -1
  selector: {matchLabels: {app: bad}}
  template:
    metadata: {labels: {app: other}}
    spec: {containers: [{name: c, image: nginx}]}
`,
  'pod.yaml': `apiVersion: v1
kind: Pod
metadata: {name: manual, labels: {app: manual}}
spec:
  containers:
  - {name: main, image: busybox, command: [sh, -c, 'echo started; sleep 3600']}
`,
  'more.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, labels: {app: db}}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - {name: db, image: busybox, command: [sh, -c, 'sleep 3600']}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
      - {name: agent, image: busybox, command: [sh, -c, 'sleep 3600']}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: api}}}]
    ports: [{port: 80, protocol: TCP}]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`,
};

const mutation: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc
    .tuple(deployment, fc.constantFrom(...IMAGES), flag('--replicas=2'), flag('--port=80'))
    .map(([d, image, replicas, port]) => ['create', 'deployment', d, `--image=${image}`, ...replicas, ...port]),
  fc
    .tuple(fc.constantFrom(...IMAGES), flag('--labels=app=solo,tier=x'), flag('--env=MODE=test'), flag('--port=8080'))
    .map(([image, labels, env, port]) => ['run', 'solo', `--image=${image}`, ...labels, ...env, ...port]),
  flag('--from-literal=b=two').map((more) => ['create', 'configmap', 'settings', '--from-literal=a=1', ...more]),
  fc.constant(['create', 'secret', 'generic', 'creds', '--from-literal=user=admin']),
  fc.constant(['create', 'namespace', 'team']),
  fc.constant(['create', 'serviceaccount', 'bot']),
  fc.constant(['create', 'service', 'clusterip', 'web', '--tcp=80:8080']),
  fc.tuple(deployment, flag('--type=NodePort')).map(([d, type]) => ['expose', 'deployment', d, '--port=80', ...type]),
  fc.constant(['create', 'job', 'once', '--image=busybox', '--', 'echo', 'hi']),
  fc.constant(['create', 'cronjob', 'tick', '--image=busybox', '--schedule=*/5 * * * *', '--', 'date']),
  fc.constantFrom(
    ['create', 'deployment', 'Bad_Name', '--image=nginx'],
    ['create', 'configmap', 'x', '--from-literal=a'],
  ),
  fc
    .tuple(deployment, fc.constantFrom('-o', '--dry-run=client'), fc.constantFrom('yaml', 'json', 'name'))
    .map(([d, first, format]) =>
      first === '-o'
        ? ['create', 'deployment', d, '--image=nginx', '--dry-run=client', '-o', format]
        : ['create', 'deployment', d, '--image=nginx', '--dry-run=server'],
    ),
  fc
    .tuple(objectRef, fc.constantFrom('tier=web', 'tier=db', 'tier-'), flag('--overwrite'))
    .map(([ref, label, ow]) => ['label', ref, label, ...ow]),
  fc.tuple(objectRef, fc.constantFrom('note=hello', 'note-')).map(([ref, a]) => ['annotate', ref, a]),
  fc.tuple(deployment, fc.integer({ min: 0, max: 3 })).map(([d, n]) => ['scale', 'deployment', d, `--replicas=${n}`]),
  fc
    .tuple(deployment, fc.constantFrom('nginx=nginx:1.26', '*=httpd:2.4', 'nope=nginx'))
    .map(([d, image]) => ['set', 'image', `deployment/${d}`, image]),
  deployment.map((d) => ['set', 'env', `deployment/${d}`, 'MODE=x']),
  deployment.map((d) => ['set', 'resources', 'deployment', d, '--limits=cpu=200m,memory=128Mi']),
  fc
    .tuple(fc.constantFrom('undo', 'pause', 'resume', 'restart'), deployment)
    .map(([verb, d]) => ['rollout', verb, `deployment/${d}`]),
  fc.tuple(objectRef, flag('--wait=false')).map(([ref, wait]) => ['delete', ref, ...wait]),
  fc
    .tuple(fc.constantFrom('apply', 'create'), fc.constantFrom(...Object.keys(MANIFESTS)))
    .map(([verb, file]) => [verb, '-f', file]),
  fc
    .tuple(deployment, fc.constantFrom('{"spec":{"replicas":1}}', '{"spec":{"replicas":"x"}}'))
    .map(([d, p]) => ['patch', 'deployment', d, '-p', p]),
  deployment.map((d) => ['autoscale', 'deployment', d, '--max=5', '--cpu-percent=70']),
  fc.constantFrom(['cordon', 'minikube'], ['uncordon', 'minikube'], ['taint', 'nodes', 'minikube', 'k=v:NoSchedule']),
);

/** Less common mutations: more generators and their odd flags, the patch types, set's other subcommands, taints. */
const moreMutation: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constantFrom(
    ['create', 'ingress', 'web', '--rule=web.example/=web:80'],
    ['create', 'ingress', 'web', '--class=nginx', '--rule=web.example/api*=api:8080,tls=cert'],
    ['create', 'role', 'reader', '--verb=get,list', '--resource=pods,deployments.apps'],
    ['create', 'role', 'reader', '--verb=get', '--resource=pods', '--resource-name=solo'],
    ['create', 'rolebinding', 'reader', '--role=reader', '--serviceaccount=default:bot', '--user=ann'],
    ['create', 'pdb', 'web', '--selector=app=web', '--min-available=1'],
    ['create', 'pdb', 'web', '--selector=app=web', '--max-unavailable=50%'],
    ['create', 'quota', 'small', '--hard=pods=4,requests.cpu=1'],
    ['create', 'service', 'nodeport', 'web', '--tcp=80:8080', '--node-port=30080'],
    ['create', 'service', 'externalname', 'web', '--external-name=example.com'],
    [
      'create',
      'secret',
      'docker-registry',
      'creds',
      '--docker-server=r.example',
      '--docker-username=u',
      '--docker-password=p',
    ],
    ['create', 'deployment', 'web', '--image=nginx', '--image=busybox'],
    ['create', 'job', 'once', '--from=cronjob/tick'],
    ['create', 'priorityclass', 'high', '--value=1000', '--description=important'],
    ['apply', '-f', 'more.yaml'],
    ['run', 'solo', '--image=nginx', '--overrides={"metadata":{"labels":{"extra":"yes"}}}'],
    [
      'run',
      'solo',
      '--image=nginx',
      '--restart=Never',
      '--overrides={"spec":{"containers":[{"name":"solo","image":"busybox"}]}}',
      '--dry-run=client',
      '-o',
      'yaml',
    ],
    [
      'run',
      'solo',
      '--image=nginx',
      '--overrides={"apiVersion":"v1","spec":{"hostname":"h"}}',
      '--dry-run=client',
      '-o',
      'json',
    ],
    ['run', 'solo', '--image=nginx', '--overrides={bad'],
  ),
  fc
    .tuple(
      deployment,
      fc.constantFrom(
        ['--type=merge', '-p', '{"metadata":{"labels":{"patched":"merge"}}}'],
        ['--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":2}]'],
        ['--type=json', '-p', '[{"op":"remove","path":"/metadata/labels/nope"}]'],
        [
          '--type=strategic',
          '-p',
          '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.26"}]}}}}',
        ],
        ['--type=merge', '-p', '{"spec":{"replicas":1}}', '--dry-run=client', '-o', 'name'],
        ['--type=bogus', '-p', '{}'],
        ['-p', '{"spec":{"replicas":2}}', '--subresource=scale'],
      ),
    )
    .map(([d, rest]) => ['patch', 'deployment', d, ...rest]),
  fc
    .tuple(
      deployment,
      fc.constantFrom(
        ['env', '--env=A=1', '--env=B=2'],
        ['env', 'MODE-'],
        ['env', '--list'],
        ['resources', '--requests=cpu=50m', '-c', 'nginx'],
        ['serviceaccount', 'bot'],
        ['image', 'nginx=nginx:1.25', '--dry-run=client', '-o', 'yaml'],
      ),
    )
    .map(([d, [sub, ...rest]]) => ['set', sub, `deployment/${d}`, ...rest]),
  fc
    .tuple(objectRef, fc.constantFrom(['tier=db', '--overwrite'], ['tier-'], ['a=1', 'b=2'], ['--list']))
    .map(([ref, rest]) => ['label', ref, ...rest]),
  fc
    .tuple(objectRef, fc.constantFrom(['note=bye', '--overwrite'], ['--list'], ['desc=a b c']))
    .map(([ref, rest]) => ['annotate', ref, ...rest]),
  fc.constantFrom(
    ['taint', 'nodes', 'minikube', 'k=v:NoSchedule-'],
    ['taint', 'nodes', 'minikube', 'k-'],
    ['taint', 'nodes', 'minikube', 'gpu:NoExecute', '--overwrite'],
    ['taint', 'nodes', 'minikube', 'bad'],
  ),
);

const RESOURCES = [
  'pods',
  'deployments',
  'replicasets',
  'services',
  'configmaps',
  'secrets',
  'namespaces',
  'nodes',
  'jobs',
  'cronjobs',
  'serviceaccounts',
  'endpoints',
  'hpa',
  'all',
  'events',
  'storageclass',
  'ingress',
  'networkpolicies',
  'pvc',
  'roles',
  'rolebindings',
  'pdb',
  'statefulsets',
  'daemonsets',
  'resourcequotas',
  'pods,services',
] as const;

const output = fc.constantFrom(
  [],
  ['--show-kind'],
  ['-L', 'app'],
  ['--sort-by=.metadata.creationTimestamp'],
  ['-o', 'wide'],
  ['-o', 'name'],
  ['-o', 'yaml'],
  ['-o', 'json'],
  ['-o', 'jsonpath={.items[*].metadata.name}'],
  ['-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.metadata.labels}{"\\n"}{end}'],
  ['-o', 'custom-columns=NAME:.metadata.name,KIND:.kind,LABELS:.metadata.labels'],
  ['-o', 'go-template={{range .items}}{{.metadata.name}} {{.metadata.namespace}}{{"\\n"}}{{end}}'],
  ['--show-labels'],
  ['-L', 'app,tier'],
  ['--sort-by=.metadata.name'],
  ['--no-headers'],
);
const listFilter = fc.constantFrom(
  [],
  [],
  ['-A'],
  ['-l', 'app=web'],
  ['-l', 'tier in (web,db)'],
  ['-l', '!app'],
  ['--field-selector', 'metadata.name=web'],
  ['--field-selector', 'status.phase=Running'],
  ['-n', 'kube-system'],
  ['-n', 'team'],
);

const getList = fc.tuple(fc.constantFrom(...RESOURCES), output, listFilter).map(([r, o, f]) => ['get', r, ...o, ...f]);
const getOne = fc.tuple(objectRef, output).map(([ref, o]) => ['get', ref, ...o]);
const describe = fc.oneof(
  objectRef.map((ref) => ['describe', ref]),
  fc.constantFrom(...RESOURCES.filter((r) => r !== 'all')).map((r) => ['describe', r]),
);
/** explain: kinds, fields (enums, references, lists, maps), the whole tree, other versions, and its errors. */
const explain = fc.constantFrom(
  ['explain', 'deployment.spec.nope'],
  ['explain', 'frobs'],
  ['explain', 'pods'],
  ['explain', 'deployments.apps.spec.strategy'],
  ['explain', 'pod.spec.containers.imagePullPolicy'],
  ['explain', 'svc.spec.ports'],
  ['explain', 'cronjob.spec.jobTemplate', '--recursive'],
  ['explain', 'hpa.spec', '--api-version=autoscaling/v1'],
  ['explain', 'deployments', '--api-version=apps/v1beta1'],
  ['explain', 'deployment.spec.strategy', '-o', 'plaintext-openapiv2'],
);
const errors = fc.constantFrom(
  ['get', 'frobs'],
  ['get', 'pods', '--bogus'],
  ['get', 'pods', '-o', 'bogus'],
  ['get', 'pods', '-l', '=x'],
  ['get', 'pods', '--field-selector', 'spec.bogus=1'],
  ['describe', 'frobs', 'x'],
  ['logs'],
  ['scale', 'deployment', 'nope', '--replicas=2'],
  ['get', 'deployment', 'web', '-o', 'jsonpath={.spec.replicas'],
  ['get', 'pods', '-o', 'go-template={{.nope'],
  ['get', 'pods', '-l', 'app in web'],
  ['get', 'pods', '-l', 'a=b=c'],
  ['get', 'pods', '--sort-by=.nope'],
  ['get', 'deployments', '--bogus-flag=1'],
  // Not `create deployment` without --image: klog's header, the real kubectl's clock and process id, as for `run`.
  ['create', 'deployment', 'x', '--image=nginx', '--replicas=x'],
  ['create', 'secret'],
  ['create', 'service', 'clusterip', 'x'],
  ['label', 'pods'],
  ['label', 'pod/solo'],
  ['annotate'],
  // Not `run` without --image: the real kubectl reports it through klog, whose header is its clock and process id.
  ['run', 'x', '--image=nginx', '--restart=Sometimes'],
  ['expose', 'pod/nope', '--port=80'],
  ['set', 'image'],
  ['set', 'env', 'deployment/nope', 'A=1'],
  ['rollout', 'history'],
  ['rollout', 'restart', 'pod/solo'],
  ['delete'],
  ['delete', 'pods'],
  ['scale', '--replicas=1'],
  ['exec'],
  ['taint', 'nodes'],
  ['patch', 'deployment', 'web'],
  ['cordon'],
  ['describe'],
  ['get', 'pods', '-L'],
  ['logs', 'solo', '--since=abc'],
);
/** Reads that return at once, whatever the state. */
const instantRead = fc.oneof(
  { weight: 6, arbitrary: getList },
  { weight: 3, arbitrary: getOne },
  { weight: 3, arbitrary: describe },
  { weight: 1, arbitrary: explain },
  { weight: 2, arbitrary: errors },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ['logs', 'solo'],
      ['logs', 'solo', '--tail=1'],
      ['logs', 'solo', '-c', 'nope'],
      ['logs', 'pod/manual'],
      ['rollout', 'history', 'deployment/web'],
      ['rollout', 'history', 'deployment/api', '--revision=1'],
      ['rollout', 'history', 'deployment/web', '-o', 'name'],
      ['get', 'hpa', '-o', 'custom-columns=NAME:.metadata.name', '--field-selector', 'status.phase=Running'],
      ['get', 'pods', '-o', 'wide', '--show-kind', '-A'],
      ['get', 'deployments,replicasets', '--show-kind', '-L', 'app'],
      ['get', 'pods', '--sort-by=.status.phase', '-o', 'name'],
    ),
  },
);
/**
 * Reads that wait on the cluster: only on a settled one (the cluster does not move under a read). `logs TYPE/NAME`
 * waits up to --pod-running-timeout for a pod to run.
 */
const waitingRead = fc.constantFrom(
  ['logs', 'deployment/web'],
  ['logs', 'job/once'],
  ['rollout', 'status', 'deployment/web', '--timeout=2s'],
  ['rollout', 'status', 'deployment/api', '--timeout=2s'],
  ['wait', '--for=condition=Available', 'deployment/web', '--timeout=2s'],
  ['wait', '--for=condition=Ready', 'pod/solo', '--timeout=2s'],
  ['wait', '--for=delete', 'pod/nope', '--timeout=2s'],
  ['wait', '--for=jsonpath={.status.phase}=Running', 'pod/solo', '--timeout=2s'],
  ['exec', 'solo', '--', 'echo', 'hi'],
  ['exec', 'solo', '--', 'sh', '-c', 'exit 2'],
  ['exec', 'deployment/web', '--', 'hostname'],
  ['exec', 'pod/solo', '-c', 'solo', '--', 'ls', '/'],
  ['exec', 'job/once', '--', 'ls'],
  ['rollout', 'status', 'statefulset/db', '--timeout=2s'],
  ['rollout', 'status', 'daemonset/agent', '--timeout=2s'],
  // drain: dry runs only, on a settled cluster (the real kubectl's copy runs on while it lists the node's pods), and
  // meeting one kind of problem at most: the real kubectl evicts pods in parallel (its lines come in any order) and
  // lists its problems and warnings from a Go map (in any order too).
  ['drain', 'minikube', '--ignore-daemonsets', '--dry-run=client'],
  ['drain', 'minikube', '--ignore-daemonsets', '--dry-run=server'],
  ['create', 'pdb', 'web', '--selector=app=web', '--min-available=2', '--dry-run=client', '-o', 'yaml'],
);

const group = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: mutation }, { weight: 2, arbitrary: moreMutation }), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.boolean(),
    fc.array(instantRead, { minLength: 1, maxLength: 4 }),
    fc.array(waitingRead, { maxLength: 1 }),
  )
  .map(([mutations, settle, reads, waits]): Step[] => [
    ...mutations.map((argv): Step => ({ kind: 'mutate', argv })),
    ...(settle ? [{ kind: 'settle' } as const] : []),
    ...reads.map((argv): Step => ({ kind: 'read', argv })),
    ...(settle ? waits.map((argv): Step => ({ kind: 'read', argv })) : []),
  ]);

/**
 * exec over the upgraded connection (a WebSocket, v5), apart from the generated sequences so that they stay as they
 * are: output and exit codes, a pod chosen for a deployment, and what is refused before or at the upgrade (no such pod
 * or container, a container not running, no command).
 */
export const EXEC_SEQUENCE: Sequence = {
  name: 'exec',
  steps: [
    ...[
      ['run', 'solo', '--image=nginx'],
      ['run', 'box', '--image=busybox', '--', 'sleep', '3600'],
      ['run', 'broken', '--image=doesnotexist.example/nothing:1'],
      ['create', 'deployment', 'web', '--image=nginx', '--replicas=2'],
    ].map((argv): Step => ({ kind: 'mutate', argv })),
    { kind: 'settle' },
    ...[
      ['exec', 'solo', '--', 'echo', 'hi'],
      ['exec', 'solo', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3'],
      ['exec', 'solo', '-c', 'solo', '--', 'ls', '/nope'],
      ['exec', 'solo', '--', 'nope'],
      ['exec', 'box', '--', 'cat', '/etc/hostname'],
      ['exec', 'box', '--', 'sh', '-c', 'exit 130'],
      ['exec', '-t', 'box', '--', 'echo', 'on a terminal'],
      ['exec', 'deployment/web', '--', 'hostname'],
      ['exec', 'solo', '-c', 'nope', '--', 'ls'],
      ['exec', 'nope', '--', 'ls'],
      ['exec', 'deployment/nope', '--', 'ls'],
      ['exec', 'broken', '--', 'ls'],
      ['exec', 'solo'],
      ['exec', 'solo', 'ls'],
    ].map((argv): Step => ({ kind: 'read', argv })),
  ],
};

/** `count` generated sequences, the same for a given seed. */
export function generatedSequences(seed: number, count: number): Sequence[] {
  return fc
    .sample(fc.array(group, { minLength: 1, maxLength: 3 }), { seed, numRuns: count })
    .map((groups, i) => ({ name: `generated #${i}`, steps: groups.flat() }));
}

const READ_VERBS = new Set(['get', 'describe', 'explain', 'logs', 'version', 'api-resources', 'events']);

/** The words of a line without shell syntax (pipes, redirections, variables), else undefined. */
function plainWords(line: string): string[] | undefined {
  if (/[$`]/.test(line)) return undefined;
  const tokens = parse(line);
  return tokens.every((t): t is string => typeof t === 'string') ? tokens : undefined;
}

/**
 * A lab's solution lines in order, the cluster settled after each step and listed, and everything described at the
 * end. Lines with shell syntax and minikube move our sandbox only.
 */
export function labSequence(lab: Lab): Sequence {
  const steps: Step[] = [];
  for (const step of lab.steps) {
    for (const line of step.solution) {
      const argv = plainWords(line);
      if (argv?.[0] !== 'kubectl') steps.push({ kind: 'shell', line });
      else if (READ_VERBS.has(argv[1]!) || (argv[1] === 'rollout' && argv[2] !== 'undo'))
        steps.push({ kind: 'read', argv: argv.slice(1) });
      else steps.push({ kind: 'mutate', argv: argv.slice(1) });
    }
    steps.push({ kind: 'settle' }, { kind: 'read', argv: ['get', 'all', '-o', 'wide'] });
  }
  steps.push({ kind: 'read', argv: ['describe', 'pods,deployments,services,nodes'] });
  return { name: `lab ${lab.id}`, lab, steps };
}
