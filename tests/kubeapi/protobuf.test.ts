/**
 * decodeKubeProtobuf against the bodies the real kubectl v1.32 sends: each typed `create` is run twice against a
 * throwaway server, once for real (its protobuf body recorded, our JSON reply printed by kubectl) and once with
 * `--dry-run=client -o json`, and the decoded body must be exactly the object kubectl prints.
 */
import { decodeKubeProtobuf } from '../../server/src/kubeapi/protobuf';
import { PROTO_MESSAGES, messageFields } from '../../server/src/sim/openapi/protoMessages';
import {
  requireRealKubectl,
  startFakeApiServer,
  type DiscoveredType,
  type FakeApiServer,
  type RecordedRequest,
  type Reply,
} from '../support/realKubectl';

const t = (group: string, kind: string, plural: string, namespaced = true, version = 'v1'): DiscoveredType => ({
  group,
  version,
  kind,
  plural,
  namespaced,
});
const TYPES: DiscoveredType[] = [
  t('', 'Pod', 'pods'),
  t('', 'Node', 'nodes', false),
  t('certificates.k8s.io', 'CertificateSigningRequest', 'certificatesigningrequests', false),
  t('', 'ConfigMap', 'configmaps'),
  t('', 'Secret', 'secrets'),
  t('', 'Service', 'services'),
  t('', 'Namespace', 'namespaces', false),
  t('', 'ResourceQuota', 'resourcequotas'),
  {
    ...t('', 'ServiceAccount', 'serviceaccounts'),
    subresources: [{ name: 'token', group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' }],
  },
  t('apps', 'Deployment', 'deployments'),
  t('batch', 'Job', 'jobs'),
  t('batch', 'CronJob', 'cronjobs'),
  t('networking.k8s.io', 'Ingress', 'ingresses'),
  t('policy', 'PodDisruptionBudget', 'poddisruptionbudgets'),
  t('rbac.authorization.k8s.io', 'Role', 'roles'),
  t('rbac.authorization.k8s.io', 'RoleBinding', 'rolebindings'),
  t('rbac.authorization.k8s.io', 'ClusterRole', 'clusterroles', false),
  t('rbac.authorization.k8s.io', 'ClusterRoleBinding', 'clusterrolebindings', false),
  t('scheduling.k8s.io', 'PriorityClass', 'priorityclasses', false),
  t('authorization.k8s.io', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', false),
  t('authorization.k8s.io', 'SelfSubjectRulesReview', 'selfsubjectrulesreviews', false),
  t('authentication.k8s.io', 'SelfSubjectReview', 'selfsubjectreviews', false),
];

/** The cron job `create job --from=cronjob/nightly` copies: a template with most pod-spec features. */
const NIGHTLY = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'nightly', namespace: 'default', uid: '8a5d1c0e-0b7a-4c59-9d1e-3f6f1b2c3d4e' },
  spec: {
    schedule: '0 2 * * *',
    jobTemplate: {
      metadata: { labels: { app: 'nightly' } },
      spec: {
        backoffLimit: 2,
        activeDeadlineSeconds: 600,
        template: {
          metadata: { labels: { app: 'nightly' }, annotations: { note: 'x' } },
          spec: {
            restartPolicy: 'OnFailure',
            serviceAccountName: 'backup',
            nodeSelector: { disk: 'ssd' },
            tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'batch', effect: 'NoSchedule' }],
            securityContext: { runAsUser: 1000, fsGroup: 2000 },
            volumes: [
              { name: 'cfg', configMap: { name: 'backup-config', items: [{ key: 'a', path: 'a.conf' }] } },
              { name: 'scratch', emptyDir: { sizeLimit: '1Gi' } },
              { name: 'creds', secret: { secretName: 'creds', defaultMode: 256 } },
            ],
            containers: [
              {
                name: 'backup',
                image: 'busybox:1.36',
                command: ['sh', '-c'],
                args: ['tar czf /scratch/b.tgz /etc'],
                env: [
                  { name: 'MODE', value: 'full' },
                  { name: 'NODE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } },
                  { name: 'PASS', valueFrom: { secretKeyRef: { name: 'creds', key: 'pass', optional: true } } },
                ],
                envFrom: [{ configMapRef: { name: 'backup-env' } }],
                resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '0.1' } },
                volumeMounts: [{ name: 'cfg', mountPath: '/etc/backup', readOnly: true }],
                livenessProbe: { exec: { command: ['true'] }, periodSeconds: 30 },
                readinessProbe: { httpGet: { path: '/ready', port: 'http' }, initialDelaySeconds: 5 },
                ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
                securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
              },
            ],
          },
        },
      },
    },
  },
};

const NODE = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { 'kubernetes.io/os': 'linux' } } };
const CSR_PATH = '/apis/certificates.k8s.io/v1/certificatesigningrequests/alice';
const CSR = {
  apiVersion: 'certificates.k8s.io/v1',
  kind: 'CertificateSigningRequest',
  metadata: { name: 'alice', creationTimestamp: '2026-01-02T03:04:05Z', resourceVersion: '7' },
  spec: {
    request: Buffer.from('-----BEGIN CERTIFICATE REQUEST-----\n').toString('base64'),
    signerName: 'kubernetes.io/kube-apiserver-client',
    expirationSeconds: 86400,
    usages: ['client auth'],
    username: 'admin',
    groups: ['system:masters', 'system:authenticated'],
    extra: { scopes: ['a', 'b'] },
  },
  status: {},
};

function json(status: number, body: unknown): Reply {
  return { status, contentType: 'application/json', body: JSON.stringify(body) };
}

/** Answers a protobuf create with the decoded object in JSON (as a server would), and the cron job for --from. */
function handler(req: RecordedRequest): Reply | undefined {
  if (req.method === 'GET' && req.url.pathname === '/apis/batch/v1/namespaces/default/cronjobs/nightly') {
    return json(200, NIGHTLY);
  }
  if (req.method === 'GET' && req.url.pathname === '/api/v1/nodes/n1') return json(200, NODE);
  if (req.method === 'GET' && req.url.pathname === CSR_PATH) return json(200, CSR);
  if (req.headers['content-type'] !== 'application/vnd.kubernetes.protobuf') return;
  const object = decodeKubeProtobuf(req.body);
  if (req.method === 'PUT') return json(200, object);
  if (object.kind === 'SelfSubjectAccessReview') return json(201, { ...object, status: { allowed: true } });
  if (object.kind === 'TokenRequest') {
    return json(201, { ...object, status: { token: 'abc.def.ghi', expirationTimestamp: '2030-01-01T00:00:00Z' } });
  }
  return json(201, object);
}

let server: FakeApiServer;
beforeAll(async () => {
  await requireRealKubectl();
  server = await startFakeApiServer(TYPES, handler);
});
afterAll(async () => server?.close());

/** Runs the command for real and returns the one protobuf body it sent, decoded. */
async function sent(args: readonly string[]): Promise<{ object: Record<string, unknown>; stdout: string }> {
  const before = server.requests.length;
  const run = await server.kubectl(args);
  expect(run.stderr).toBe('');
  const posts = server.requests.slice(before).filter((r) => r.method === 'POST');
  expect(posts.map((r) => r.headers['content-type'])).toEqual(['application/vnd.kubernetes.protobuf']);
  expect(posts[0]?.headers.accept).toBe('application/vnd.kubernetes.protobuf,application/json');
  return { object: decodeKubeProtobuf(posts[0]?.body ?? new Uint8Array()), stdout: run.stdout };
}

async function dryRun(args: readonly string[]): Promise<unknown> {
  // Before a `--`, or they would be the container's arguments.
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const run = await server.kubectl([...args.slice(0, end), '--dry-run=client', '-o', 'json', ...args.slice(end)]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown;
}

const creates: [string, string[], string][] = [
  ['deployment', ['create', 'deployment', 'web', '--image=nginx', '--replicas=2', '--port=80'], 'deployment.apps/web'],
  ['configmap', ['create', 'configmap', 'c', '--from-literal=a=b', '--from-literal=empty='], 'configmap/c'],
  ['generic secret', ['create', 'secret', 'generic', 's', '--from-literal=k=v', '--type=Opaque'], 'secret/s'],
  [
    'docker-registry secret',
    ['create', 'secret', 'docker-registry', 'd', '--docker-username=u', '--docker-password=p', '--docker-server=r.io'],
    'secret/d',
  ],
  ['clusterip service', ['create', 'service', 'clusterip', 'x', '--tcp=80:8080', '--tcp=443:https'], 'service/x'],
  ['nodeport service', ['create', 'service', 'nodeport', 'np', '--tcp=80:8080', '--node-port=30080'], 'service/np'],
  ['externalname service', ['create', 'service', 'externalname', 'en', '--external-name=example.com'], 'service/en'],
  ['namespace', ['create', 'namespace', 'n'], 'namespace/n'],
  ['job', ['create', 'job', 'j', '--image=busybox', '--', 'echo', 'hi'], 'job.batch/j'],
  ['job from a cron job', ['create', 'job', 'manual', '--from=cronjob/nightly'], 'job.batch/manual'],
  [
    'cronjob',
    ['create', 'cronjob', 'cj', '--image=busybox', '--schedule=*/5 * * * *', '--restart=Never', '--', 'date'],
    'cronjob.batch/cj',
  ],
  [
    'role',
    ['create', 'role', 'r', '--verb=get,list', '--resource=pods,deployments.apps', '--resource-name=a'],
    'role.rbac.authorization.k8s.io/r',
  ],
  [
    'clusterrole',
    ['create', 'clusterrole', 'cr', '--verb=get', '--resource=nodes', '--non-resource-url=/logs/*'],
    'clusterrole.rbac.authorization.k8s.io/cr',
  ],
  [
    'rolebinding',
    ['create', 'rolebinding', 'rb', '--role=r', '--user=bob', '--serviceaccount=default:sa'],
    'rolebinding.rbac.authorization.k8s.io/rb',
  ],
  [
    'aggregated clusterrole',
    ['create', 'clusterrole', 'monitoring', '--aggregation-rule=rbac.example.com/aggregate-to-monitoring=true'],
    'clusterrole.rbac.authorization.k8s.io/monitoring',
  ],
  [
    'clusterrolebinding',
    ['create', 'clusterrolebinding', 'crb', '--clusterrole=cr', '--group=g'],
    'clusterrolebinding.rbac.authorization.k8s.io/crb',
  ],
  ['serviceaccount', ['create', 'serviceaccount', 'sa'], 'serviceaccount/sa'],
  ['quota', ['create', 'quota', 'q', '--hard=cpu=1,memory=1G,pods=2', '--scopes=BestEffort'], 'resourcequota/q'],
  [
    'priorityclass',
    ['create', 'priorityclass', 'pc', '--value=1000', '--description=hi', '--preemption-policy=Never'],
    'priorityclass.scheduling.k8s.io/pc',
  ],
  [
    'poddisruptionbudget',
    ['create', 'poddisruptionbudget', 'pdb', '--selector=app=x', '--min-available=50%'],
    'poddisruptionbudget.policy/pdb',
  ],
  [
    'ingress',
    [
      'create',
      'ingress',
      'ing',
      '--class=nginx',
      '--rule=foo.com/bar*=svc1:8080,tls=my-cert',
      '--default-backend=d:80',
    ],
    'ingress.networking.k8s.io/ing',
  ],
];

describe('decodeKubeProtobuf on real kubectl v1.32 bodies', () => {
  it.each(creates)('create %s: the body decodes to what --dry-run=client -o json prints', async (_name, args, ref) => {
    const { object, stdout } = await sent(args);
    expect(object).toEqual(await dryRun(args));
    // Key order too: the JSON a client would have sent, field for field.
    expect(JSON.stringify(object)).toBe(JSON.stringify(await dryRun(args)));
    expect(stdout).toBe(`${ref} created\n`);
  });

  it('auth can-i sends a SelfSubjectAccessReview', async () => {
    const { object, stdout } = await sent(['auth', 'can-i', 'list', 'deployments.apps', '-n', 'prod']);
    expect(object).toEqual({
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec: { resourceAttributes: { namespace: 'prod', verb: 'list', group: 'apps', resource: 'deployments' } },
      status: { allowed: false },
    });
    expect(stdout).toBe('yes\n');
  });

  it('create token sends a TokenRequest with its audience and duration', async () => {
    const { object, stdout } = await sent(['create', 'token', 'sa', '--audience=api', '--duration=10m']);
    expect(object).toEqual({
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { creationTimestamp: null },
      spec: { audiences: ['api'], expirationSeconds: 600 },
      status: { token: '', expirationTimestamp: null },
    });
    expect(stdout).toBe('abc.def.ghi');
  });
});

describe('decodeKubeProtobuf on what other kubectl commands write', () => {
  it('certificate approve PUTs the request back with an Approved condition and its timestamps', async () => {
    const before = server.requests.length;
    const run = await server.kubectl(['certificate', 'approve', 'alice']);
    expect(run.stdout).toBe('certificatesigningrequest.certificates.k8s.io/alice approved\n');
    const put = server.requests.slice(before).find((r) => r.method === 'PUT');
    expect(put?.url.pathname).toBe(`${CSR_PATH}/approval`);
    const object = decodeKubeProtobuf(put?.body ?? new Uint8Array());
    const condition = {
      type: 'Approved',
      status: 'True',
      reason: 'KubectlApprove',
      message: 'This CSR was approved by kubectl certificate approve.',
    };
    expect(object).toEqual({
      ...CSR,
      status: {
        conditions: [
          {
            ...condition,
            lastUpdateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as unknown,
            lastTransitionTime: null, // Go's JSON of the zero metav1.Time kubectl leaves it
          },
        ],
      },
    });
  });

  it('debug node creates its pod with host namespaces, a hostPath volume and tolerations', async () => {
    const before = server.requests.length;
    const run = await server.kubectl(['debug', 'node/n1', '--image=busybox', '--profile=sysadmin']);
    expect(run.stdout).toMatch(/^Creating debugging pod node-debugger-n1-\w+ with container debugger on node n1\.\n$/);
    const post = server.requests.slice(before).find((r) => r.method === 'POST');
    const pod = decodeKubeProtobuf(post?.body ?? new Uint8Array());
    expect(pod).toMatchObject({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { creationTimestamp: null },
      spec: {
        nodeName: 'n1',
        hostNetwork: true,
        hostPID: true,
        hostIPC: true,
        restartPolicy: 'Never',
        volumes: [{ name: 'host-root', hostPath: { path: '/' } }],
        tolerations: [{ operator: 'Exists' }],
        containers: [
          {
            name: 'debugger',
            image: 'busybox',
            volumeMounts: [{ name: 'host-root', mountPath: '/host' }],
            securityContext: { privileged: true },
          },
        ],
      },
      status: {},
    });
  });
});

describe('decodeKubeProtobuf refuses what it cannot read', () => {
  const magic = [0x6b, 0x38, 0x73, 0x00];
  const str = (field: number, text: string) => [(field << 3) | 2, text.length, ...Buffer.from(text)];
  const envelope = (apiVersion: string, kind: string, raw: number[]) =>
    Uint8Array.from([
      ...magic,
      0x0a,
      4 + apiVersion.length + kind.length,
      ...str(1, apiVersion),
      ...str(2, kind),
      ...[0x12, raw.length, ...raw],
    ]);

  it('decodes a minimal ConfigMap', () => {
    const raw = [0x0a, 4, ...str(1, 'cm'), ...[0x12, 6, ...str(1, 'a'), ...str(2, 'b')]];
    expect(decodeKubeProtobuf(envelope('v1', 'ConfigMap', raw))).toEqual({
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: { name: 'cm' },
      data: { a: 'b' },
    });
  });

  it('decodes DeleteOptions under any group version (a typed client sends its own; auth reconcile deletes so)', () => {
    // preconditions {uid: "u1"}: field 2 of DeleteOptions, field 1 of Preconditions.
    const raw = [0x12, 4, ...str(1, 'u1')];
    expect(decodeKubeProtobuf(envelope('rbac.authorization.k8s.io/v1', 'DeleteOptions', raw))).toEqual({
      kind: 'DeleteOptions',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      preconditions: { uid: 'u1' },
    });
  });

  it('keeps a map key named __proto__ as an ordinary key', () => {
    const raw = [0x12, 0x0e, ...str(1, '__proto__'), ...str(2, 'x')];
    const data = decodeKubeProtobuf(envelope('v1', 'ConfigMap', raw)).data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(JSON.stringify(data)).toBe('{"__proto__":"x"}');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it.each([
    ['no magic', Uint8Array.from([0x7b, 0x7d]), 'does not start with the Kubernetes magic'],
    ['a truncated envelope', Uint8Array.from([...magic, 0x0a, 0x05, 0x0a]), 'malformed protobuf body'],
    ['an endless varint', Uint8Array.from([...magic, ...new Array<number>(11).fill(0xff)]), 'varint'],
    ['no kind', Uint8Array.from([...magic, 0x12, 0x00]), 'no apiVersion and kind'],
    ['an unknown kind', envelope('v1', 'Banana', []), 'kind Banana in v1 are not supported'],
    [
      'an unknown field',
      envelope('v1', 'ConfigMap', [0xf8, 0x01, 0x01]),
      'field 31 of core/v1.ConfigMap is not supported',
    ],
    ['a wrong wire type', envelope('v1', 'ConfigMap', [0x08, 0x01]), 'core/v1.ConfigMap.metadata has wire type 0'],
    ['gzip', Uint8Array.from([...magic, ...str(3, 'gzip')]), 'contentEncoding "gzip" is not supported'],
  ])('%s', (_name, body, message) => {
    expect(() => decodeKubeProtobuf(body)).toThrow(message);
  });

  it('refuses a body over the size limit before reading it', () => {
    expect(() => decodeKubeProtobuf(new Uint8Array(100), { maxBytes: 99 })).toThrow('exceeds 99 bytes');
  });
});

describe('the wire schema', () => {
  const typesOf = (message: string) => messageFields(message).map((f) => f.type);
  const special = 'Time MicroTime IntOrString Quantity FieldsV1 RawExtension StringList';
  const builtin = new Set(['s', 'b', 'i32', 'i64', 'bytes', ...special.split(' ')]);

  it('names only messages it describes', () => {
    const missing = Object.keys(PROTO_MESSAGES)
      .flatMap(typesOf)
      .filter((type) => !builtin.has(type) && !Object.hasOwn(PROTO_MESSAGES, type));
    expect(missing).toEqual([]);
    expect(typesOf('apps/v1.DeploymentSpec')).toEqual([
      'i32',
      'meta/v1.LabelSelector',
      'core/v1.PodTemplateSpec',
      'apps/v1.DeploymentStrategy',
      'i32',
      'i32',
      'b',
      'i32',
    ]);
  });

  it('has no message that contains itself, so decoding recurses no deeper than the schema', () => {
    const visiting = new Set<string>();
    const cycles: string[] = [];
    const visit = (message: string, done: Set<string>) => {
      if (done.has(message)) return;
      if (visiting.has(message)) return void cycles.push(message);
      visiting.add(message);
      for (const type of typesOf(message)) if (!builtin.has(type)) visit(type, done);
      visiting.delete(message);
      done.add(message);
    };
    const done = new Set<string>();
    for (const message of Object.keys(PROTO_MESSAGES)) visit(message, done);
    expect(cycles).toEqual([]);
  });
});
