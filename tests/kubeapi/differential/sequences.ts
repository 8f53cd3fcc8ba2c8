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
] as const;

const output = fc.constantFrom(
  [],
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
);

const group = fc
  .tuple(
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
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
