/**
 * Fuzzing kubectl under the budgets: random arguments, go-templates, JSONPath, custom-columns and
 * manifests, run through the shell of a student's real environment. No internal error, no line past
 * its budget, and the sandbox still answers and saves.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { FUZZ_RUNS, checkSandbox, fuzzEnvironment, runChecked, type FuzzEnvironment } from './support';

const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One environment for the read-mostly properties (building one costs more than a case). */
let shared: FuzzEnvironment | undefined;
function sharedEnvironment(): FuzzEnvironment {
  shared ??= fuzzEnvironment(8);
  return shared;
}

const argWord = fc.oneof(
  fc.constantFrom(
    'get',
    'describe',
    'create',
    'delete',
    'apply',
    'run',
    'scale',
    'rollout',
    'status',
    'undo',
    'history',
    'label',
    'annotate',
    'patch',
    'wait',
    'logs',
    'exec',
    'expose',
    'set',
    'image',
    'edit',
    'explain',
    'top',
    'config',
    'api-resources',
    'auth',
    'can-i',
    'cp',
    'port-forward',
    'events',
    'debug',
    'pods',
    'po',
    'deploy',
    'deployment/web',
    'web',
    'svc',
    'cm',
    'configmap',
    'settings',
    'all',
    'nodes',
    'ns',
    '-A',
    '-n',
    'kube-system',
    '-o',
    'wide',
    'yaml',
    'json',
    'name',
    '-oyaml',
    '-w',
    '--watch',
    '-f',
    '-',
    'pod.yaml',
    '-l',
    'app=web',
    'app!=x',
    '--field-selector',
    'status.phase=Running',
    '--for=condition=Available',
    '--for=delete',
    '--timeout=1s',
    '--replicas=3',
    '--replicas=-1',
    '--image=nginx',
    '--',
    'sh',
    '-c',
    'echo hi',
    '-p',
    '{"spec":{"replicas":2}}',
    '--type=json',
    '[{"op":"remove","path":"/spec"}]',
    'x=y',
    'x-',
    '--overwrite',
    '--dry-run=client',
    '--sort-by=.metadata.name',
    '--sort-by={..name}',
    '--show-labels',
    '-L',
    'app',
    '--bogus',
  ),
  fc.string({ maxLength: 12 }),
);

it('random kubectl arguments', () => {
  fc.assert(
    fc.property(fc.array(argWord, { minLength: 1, maxLength: 10 }), (args) => {
      const fuzz = sharedEnvironment();
      runChecked(fuzz, `kubectl ${args.map(quoted).join(' ')}`);
      checkSandbox(fuzz);
    }),
    { numRuns: FUZZ_RUNS * 3 },
  );
});

const field = fc.constantFrom('.metadata.name', '.kind', '.spec', '.status.phase', '.metadata.labels', '.x', '$', '.');

const goTemplate: fc.Arbitrary<string> = fc.letrec<{ t: string }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      'x',
      ' ',
      '\n',
      '{{.metadata.name}}',
      '{{len .items}}',
      '{{"{{"}}',
      '{{/* c */}}',
      '{{-  .kind -}}',
    ),
    field.map((f) => `{{${f}}}`),
    fc.string({ maxLength: 8 }).map((s) => `{{${s}}}`),
    fc.constantFrom('{{printf "%s %d" .kind 3}}', '{{index .metadata.labels "app"}}', '{{$x := .items}}{{len $x}}'),
    tie('t').map((b) => `{{range .items}}${b}{{end}}`),
    tie('t').map((b) => `{{range $.items}}${b}{{end}}`),
    tie('t').map((b) => `{{range $i, $p := .items}}{{$i}}${b}{{end}}`),
    tie('t').map((b) => `{{with .spec}}${b}{{end}}`),
    fc.tuple(field, tie('t'), tie('t')).map(([f, a, b]) => `{{if ${f}}}${a}{{else}}${b}{{end}}`),
    fc.tuple(tie('t'), tie('t')).map(([a, b]) => a + b),
  ),
})).t;

it('random go-templates', () => {
  fc.assert(
    fc.property(goTemplate, fc.constantFrom('pods', 'pods,cm', 'deploy web', 'nodes'), (template, what) => {
      const fuzz = sharedEnvironment();
      runChecked(fuzz, `kubectl get ${what} -A -o go-template=${quoted(template)}`);
    }),
    { numRuns: FUZZ_RUNS * 3 },
  );
});

const jsonPathInner: fc.Arbitrary<string> = fc.letrec<{ p: string }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('.items', '..name', '..*', '.metadata.name', '$', '@', '.items[*]', '.items[0]', '.items[-1:]'),
    fc.constantFrom('.items[0:8:2]', '.items[?(@.status.phase=="Running")]', '.items[?(@.x)]', "['metadata']", '.a.b'),
    fc.tuple(tie('p'), tie('p')).map(([a, b]) => a + b),
    fc.tuple(tie('p'), tie('p')).map(([a, b]) => `${a}[?(@${b}=="x")]`),
    fc.string({ maxLength: 6 }),
  ),
})).p;

const jsonPath: fc.Arbitrary<string> = fc.letrec<{ j: string }>((tie) => ({
  j: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonPathInner.map((p) => `{${p}}`),
    fc.constantFrom('x', '{"\\n"}', '{"\\t"}', '{end}', '{'),
    fc.tuple(jsonPathInner, tie('j')).map(([p, b]) => `{range ${p}}${b}{end}`),
    fc.tuple(tie('j'), tie('j')).map(([a, b]) => a + b),
  ),
})).j;

it('random JSONPath and custom-columns', () => {
  fc.assert(
    fc.property(jsonPath, jsonPathInner, jsonPathInner, (template, colA, colB) => {
      const fuzz = sharedEnvironment();
      runChecked(fuzz, `kubectl get pods,cm -A -o jsonpath=${quoted(template)}`);
      runChecked(fuzz, `kubectl get pods -A -o custom-columns=${quoted(`A:${colA},B:${colB}`)}`);
      runChecked(fuzz, `kubectl get pods -A --sort-by=${quoted(`{${colA}}`)}`);
    }),
    { numRuns: FUZZ_RUNS * 2 },
  );
});

const name = fc.oneof(
  fc.constantFrom('web', 'a', 'x-1', 'UPPER', 'a..b', '-x', 'a'.repeat(300)),
  fc.string({ maxLength: 10 }),
);
const kind = fc.constantFrom(
  ['v1', 'Pod'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['v1', 'Service'],
  ['v1', 'Namespace'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'ReplicaSet'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['batch/v1', 'Job'],
  ['batch/v1', 'CronJob'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['v1', 'Bogus'],
  ['x/v9', 'Thing'],
);
const labels = fc.dictionary(fc.constantFrom('app', 'tier', 'x/y', ''), fc.oneof(name, fc.integer()), { maxKeys: 3 });
const container = fc.record(
  {
    name,
    image: fc.oneof(
      fc.constantFrom('nginx', 'busybox', 'nginx:1.27', 'doesnotexist:0', ''),
      fc.string({ maxLength: 8 }),
    ),
    command: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    ports: fc.array(
      fc.record({ containerPort: fc.oneof(fc.integer({ min: -5, max: 70_000 }), fc.string({ maxLength: 4 })) }),
      { maxLength: 2 },
    ),
    resources: fc.record({
      limits: fc.record({
        cpu: fc.constantFrom('100m', '1', '-1', 'lots', '1e400'),
        memory: fc.constantFrom('64Mi', '1Ei', 'x'),
      }),
    }),
  },
  { requiredKeys: [] },
);
const podSpec = fc.record({ containers: fc.array(container, { maxLength: 3 }) }, { requiredKeys: [] });
const spec = fc.oneof(
  podSpec,
  fc.record(
    {
      replicas: fc.oneof(fc.integer({ min: -2, max: 600 }), fc.constant('3')),
      selector: fc.record({ matchLabels: labels }),
      template: fc.record({ metadata: fc.record({ labels }), spec: podSpec }, { requiredKeys: [] }),
      schedule: fc.constantFrom('*/1 * * * *', 'nonsense', '@hourly'),
      ports: fc.array(
        fc.record({ port: fc.integer({ min: -1, max: 70_000 }), targetPort: fc.oneof(fc.integer(), name) }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 4 }),
);
const manifest = fc.record(
  {
    apiVersion: kind.map(([v]) => v),
    kind: kind.map(([, k]) => k),
    metadata: fc.record(
      { name, namespace: fc.constantFrom('default', 'kube-system', 'nope'), labels },
      { requiredKeys: [] },
    ),
    spec,
    data: fc.dictionary(name, fc.string({ maxLength: 20 }), { maxKeys: 3 }),
  },
  { requiredKeys: ['apiVersion', 'kind'] },
);

it('random manifests, applied, created, diffed and deleted', () => {
  fc.assert(
    fc.property(fc.array(manifest, { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, asJson) => {
      const fuzz = fuzzEnvironment(1);
      const text = asJson
        ? JSON.stringify(docs.length === 1 ? docs[0] : { apiVersion: 'v1', kind: 'List', items: docs })
        : docs.map((d) => stringify(d)).join('---\n');
      fuzz.env.shell.vfs.writeFile('/home/student/m.yaml', text);
      for (const verb of [
        'apply -f m.yaml',
        'create -f m.yaml',
        'diff -f m.yaml',
        'get -f m.yaml -o yaml',
        'delete -f m.yaml',
      ])
        runChecked(fuzz, `kubectl ${verb}`);
      fuzz.env.cluster.settle();
      runChecked(fuzz, 'kubectl get all -A');
      checkSandbox(fuzz);
    }),
    { numRuns: FUZZ_RUNS },
  );
});
