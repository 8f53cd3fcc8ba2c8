/**
 * Regressions for what the Kubernetes website's examples showed kubelab got wrong (the corpus itself runs on demand:
 * tests/k8s-examples/README.md). Each case uses a small manifest of our own; expected wording from these sources
 * (kubernetes v1.32 / kubectl v1.32):
 * - kubectl resource builder (cli-runtime pkg/resource/mapper.go): `resource mapping not found for name: %q
 *   namespace: %q from %q: %v`, and encoding/json's `cannot unmarshal array into Go struct field ...` when
 *   metadata.labels or metadata.annotations is a list;
 * - kubectl pkg/cmd/apply/apply.go `error when retrieving current configuration of:` and client-go rest/request.go
 *   "resource name may not be empty";
 * - pkg/scheduler/framework/plugins/volumebinding (PreFilter: `persistentvolumeclaim "%s" not found`, "pod has
 *   unbound immediate PersistentVolumeClaims"), schedulinggates ("Scheduling is blocked due to non-empty scheduling
 *   gates"), podtopologyspread/filtering.go ErrReasonNodeLabelNotMatch "node(s) didn't match pod topology spread
 *   constraints (missing required label)", framework/types.go FitError.Error();
 * - pkg/api/pod/util.go dropDisabledPodFields (hostUsers, supplementalGroupsPolicy, resizePolicy while gates are off);
 * - pkg/apis/core/validation/validation.go: validateVolumeSource "must specify a volume type", validateTolerations
 *   (NotSupported Equal/Exists), ValidatePodCreate "cannot be set on create" for ephemeralContainers,
 *   validateLimitRangeTypeName "must be a standard limit type or fully qualified" after IsQualifiedName;
 * - pkg/registry/core/service/storage/alloc.go initIPFamilyFields: `spec.ipFamilies[i]` "not configured on this cluster";
 * - kubernetes-sigs/apiserver-network-proxy v0.0.32 cmd/server: options.Validate (`error checking cluster key %s, got
 *   %v`, the files in its order), Proxy.run (`failed to validate server options with %v`), cobra's `Error:` line and
 *   main.go's klog.Errorf(`error: %v`) before os.Exit(1). The website's admin/konnectivity/konnectivity-server.yaml
 *   names /etc/kubernetes/pki/apiserver.{crt,key}, which minikube does not have (its certificatesDir is
 *   /var/lib/minikube/certs).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  const run = (line: string) => env.run(line, { settle: true });
  run('minikube start');
  return run;
}

const apply = (manifest: string) => `kubectl apply -f - <<EOF\n${manifest}\nEOF`;

/** A pod named `name` running one nginx container, `extra` being more pod spec lines (two-space indented). */
const pod = (name: string, extra = '', container = '') =>
  apply(
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${extra}  containers:\n  - name: web\n    image: nginx\n${container}`,
  );

const podScheduled = (run: ReturnType<typeof cluster>, name: string) =>
  run(`kubectl get pod ${name} -o 'jsonpath={.status.conditions[?(@.type=="PodScheduled")].message}'`).output;

const noPreemption = 'preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';

describe('kubectl apply: client-side refusals', () => {
  it('names the object of a kind the server does not serve', () => {
    const r = cluster()(
      apply('apiVersion: example.org/v1\nkind: Gadget\nmetadata:\n  name: sprocket\n  namespace: shop'),
    );
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      'error: resource mapping not found for name: "sprocket" namespace: "shop" from "STDIN": no matches for kind "Gadget" in version "example.org/v1"\nensure CRDs are installed first\n',
    );
  });

  it('refuses an object without a name', () => {
    const r = cluster()(
      apply('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    app: tea\ndata:\n  flavour: mint'),
    );
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      [
        'error: error when retrieving current configuration of:',
        'Resource: "/v1, Resource=configmaps", GroupVersionKind: "/v1, Kind=ConfigMap"',
        'Name: "", Namespace: "default"',
        'from server for: "STDIN": resource name may not be empty',
        '',
      ].join('\n'),
    );
  });

  it.each(['labels', 'annotations'])('refuses %s written as a list', (field) => {
    const r = cluster()(
      apply(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kettle\n  ${field}:\n    - note: hot`),
    );
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      `error: unable to decode "STDIN": json: cannot unmarshal array into Go struct field ObjectMeta.metadata.${field} of type map[string]string\n`,
    );
  });
});

describe('scheduler: pods that must wait', () => {
  it('keeps a pod Pending while its claim is missing, and schedules it once the claim exists', () => {
    const run = cluster();
    const volume = '  volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: shelf\n';
    run(pod('reader', volume, '    volumeMounts:\n    - name: data\n      mountPath: /data'));
    expect(run('kubectl get pod reader -o jsonpath={.status.phase}').output).toBe('Pending');
    expect(podScheduled(run, 'reader')).toBe(
      `0/1 nodes are available: persistentvolumeclaim "shelf" not found. ${noPreemption}`,
    );
    run(
      apply(
        'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shelf\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi',
      ),
    );
    expect(run('kubectl get pod reader -o jsonpath={.status.phase}').output).toBe('Running');
  });

  it('keeps a pod Pending on an unbound claim that binds immediately', () => {
    const run = cluster();
    // storageClassName "" opts out of the default class: nothing provisions or binds it.
    run(
      apply(
        'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: shelf\nspec:\n  storageClassName: ""\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi',
      ),
    );
    run(pod('reader', '  volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: shelf\n'));
    expect(podScheduled(run, 'reader')).toBe(
      `0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. ${noPreemption}`,
    );
  });

  it('shows SchedulingGated while a pod has scheduling gates', () => {
    const run = cluster();
    run(pod('waiter', '  schedulingGates:\n  - name: example.org/ready\n'));
    expect(run('kubectl get pods --no-headers').output).toMatch(/^waiter +0\/1 +SchedulingGated +0 /);
    expect(
      run('kubectl get pod waiter -o jsonpath={.status.conditions[0].reason}/{.status.conditions[0].message}').output,
    ).toBe('SchedulingGated/Scheduling is blocked due to non-empty scheduling gates');
  });

  it('does not place a DoNotSchedule spread constraint on a node without its topology label', () => {
    const run = cluster();
    const spread =
      '  topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: example.org/rack\n    whenUnsatisfiable: DoNotSchedule\n    labelSelector:\n      matchLabels:\n        app: s\n';
    run(pod('spreader', spread));
    expect(podScheduled(run, 'spreader')).toBe(
      `0/1 nodes are available: 1 node(s) didn't match pod topology spread constraints (missing required label). ${noPreemption}`,
    );
    run('kubectl label node minikube example.org/rack=r1');
    expect(run('kubectl get pod spreader -o jsonpath={.status.phase}').output).toBe('Running');
  });
});

describe('pod admission as v1.32 with its default feature gates', () => {
  it('drops the fields of disabled gates', () => {
    const run = cluster();
    run(
      pod(
        'lean',
        '  hostUsers: false\n  securityContext:\n    supplementalGroupsPolicy: Strict\n',
        '    resizePolicy:\n    - resourceName: cpu\n      restartPolicy: NotRequired',
      ),
    );
    const get = (path: string) => run(`kubectl get pod lean -o jsonpath={${path}}`).output;
    expect([get('.spec.hostUsers'), get('.spec.securityContext'), get('.spec.containers[0].resizePolicy')]).toEqual([
      '',
      '{}',
      '',
    ]);
  });

  it.each([
    [
      'a volume without a source',
      '  volumes:\n  - name: nothing\n',
      'spec.volumes[0]: Required value: must specify a volume type',
    ],
    [
      'an unknown toleration operator',
      '  tolerations:\n  - key: k\n    operator: Matches\n    effect: NoSchedule\n',
      'spec.tolerations[0].operator: Unsupported value: "Matches": supported values: "Equal", "Exists"',
    ],
    [
      'ephemeral containers on create',
      '  ephemeralContainers:\n  - name: debugger\n    image: busybox\n',
      'spec.ephemeralContainers: Forbidden: cannot be set on create',
    ],
  ])('refuses %s', (_, extra, cause) => {
    const r = cluster()(pod('odd', extra));
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(`The Pod "odd" is invalid: ${cause}\n`);
  });

  it('refuses required node affinity written as a list with the decoder error (was a scheduler crash)', () => {
    const run = cluster();
    const r = run(
      apply(
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: picky\nspec:\n  selector:\n    matchLabels:\n      app: picky\n  template:\n    metadata:\n      labels:\n        app: picky\n    spec:\n      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n          - nodeSelectorTerms:\n            - matchExpressions:\n              - key: disk\n                operator: In\n                values: [ssd]\n      containers:\n      - name: web\n        image: nginx',
      ),
    );
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal array into Go struct field NodeAffinity.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution of type v1.NodeSelector\n',
    );
    expect(run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
  });
});

describe('other kinds', () => {
  it('refuses an IPv6 Service on the single-stack IPv4 cluster', () => {
    const r = cluster()(
      apply(
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: six\nspec:\n  ipFamilies: [IPv6]\n  selector:\n    app: x\n  ports:\n  - port: 80',
      ),
    );
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      'The Service "six" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster\n',
    );
  });

  it('validates LimitRange types as qualified names, standard unless prefixed', () => {
    const item = (type: string) => `  - type: ${type}\n    max:\n      cpu: "1"`;
    const r = cluster()(
      apply(
        `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: lr\nspec:\n  limits:\n${[item('Node'), item('example.org/gpu'), item('""')].join('\n')}`,
      ),
    );
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(
      [
        'The LimitRange "lr" is invalid: ',
        '* spec.limits[0].type: Invalid value: "Node": must be a standard limit type or fully qualified',
        '* spec.limits[2].type: Invalid value: "": name part must be non-empty',
        `* spec.limits[2].type: Invalid value: "": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
        '',
      ].join('\n'),
    );
  });
});

describe("an image's server that checks the files its flags name", () => {
  const proxy = (name: string, dir: string, volume: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: proxy
    image: registry.k8s.io/kas-network-proxy/proxy-server:v0.0.32
    command: ["/proxy-server"]
    args: ["--logtostderr=true", "--cluster-cert=${dir}/tls.crt", "--cluster-key=${dir}/tls.key", "--mode=grpc"]
    volumeMounts:
    - name: certs
      mountPath: ${dir}
      readOnly: true
  volumes:
  - name: certs
${volume}`;

  it('exits 1 when a certificate its flags name is missing, and serves when the files are there', () => {
    const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
    env.run('minikube start');
    env.run(apply(proxy('lost', '/etc/kubernetes/pki', '    hostPath:\n      path: /etc/kubernetes/pki')));
    env.run(
      apply(
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: proxy-certs\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: cert\n  tls.key: key`,
      ),
    );
    env.run(apply(proxy('found', '/certs', '    secret:\n      secretName: proxy-certs')));
    for (let s = 0; s < 60; s++) env.cluster.advance(1000);
    const status = env.run('kubectl get pods --no-headers').output;
    expect(status).toMatch(/^found\s+1\/1\s+Running\s+0\s/m);
    expect(status).toMatch(/^lost\s+0\/1\s+CrashLoopBackOff\s/m);
    const why =
      'failed to validate server options with error checking cluster key /etc/kubernetes/pki/tls.key, got stat /etc/kubernetes/pki/tls.key: no such file or directory';
    const log = env.run('kubectl logs lost').output.split('\n');
    expect(log[0]).toBe(`Error: ${why}`);
    expect(log[1]).toMatch(
      new RegExp(`^E\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} {7}1 main\\.go:49\\] error: ${why.replaceAll('.', '\\.')}$`),
    );
    expect(
      env.run("kubectl get pod lost -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}'").output,
    ).toBe('1');
  });
});
