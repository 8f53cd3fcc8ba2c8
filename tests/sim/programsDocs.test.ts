/**
 * Container programs the Kubernetes website's examples rely on (issue #14), with manifests of our own. Expected
 * behaviour from:
 * - busybox 1.36 coreutils/tail.c (`-F`: "can't open", "has appeared; following end of new file", a one-second
 *   poll) and GNU coreutils 9.1 tail; a pipe's reader runs while its writer does (the docs' adapter pattern:
 *   `tail -F … | while read line; …`);
 * - Kubernetes docs, concepts/workloads/pods/sidecar-containers: a native sidecar (init container with
 *   `restartPolicy: Always`) keeps running beside the app; a legacy sidecar keeps a Job's pod from completing;
 * - kubectl v1.32 pkg/util/podcmd/podcmd.go (FindContainerByName looks in init containers too; AllContainerNames
 *   lists `name (init)`) and polymorphichelpers/logsforobject.go (--all-containers: init containers first);
 * - pkg/controller/job/indexed_job_utils.go addCompletionIndexEnvVariables (init containers get
 *   JOB_COMPLETION_INDEX too) and the docs' task "Indexed Job for Parallel Processing with Static Work Assignment";
 * - pkg/volume/hostpath: a hostPath naming a file of the node mounts that file;
 * - minikube's networking: CoreDNS forwards names outside cluster.local upstream, so pods reach public sites (the
 *   docs' init container fetches http://info.cern.ch); busybox wget -O FILE saves the document there;
 * - pkg/kubelet/prober (worker.go, prober.go): an exec probe runs its command in the container every periodSeconds
 *   after initialDelaySeconds, liveness and readiness only once the startup probe has passed; each failure is an
 *   `Unhealthy` event with the command's output, failureThreshold failures in a row kill (liveness, startup);
 * - pkg/kubelet/kuberuntime (killContainer: SIGTERM, SIGKILL after the grace period; doBackOff with the pod status
 *   from before the kill; getTerminationMessage: the terminationMessagePath file, or the log's end with
 *   FallbackToLogsOnError) and the docs' task "Determine the Reason for Pod Failure".
 */
import type { Environment } from '../../server/src/kubectl/environment';
import { apply, run, started } from '../support/sandbox';

const podNamed = (env: Environment, prefix: string) =>
  run(env, 'kubectl get pods -o name')
    .split('\n')
    .find((n) => n.startsWith(`pod/${prefix}`))
    ?.slice(4) ?? '';
const statusOf = (env: Environment, pod: string) => run(env, `kubectl get pod ${pod} --no-headers`).split(/\s+/);

describe('log-shipping sidecars (tail -F)', () => {
  const shipper = (sidecar: 'native' | 'legacy') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      volumes:
      - name: logs
        emptyDir: {}
      ${sidecar === 'native' ? 'initContainers' : 'containers'}:
      - name: shipper
        image: alpine:3.20
        ${sidecar === 'native' ? 'restartPolicy: Always' : ''}
        command: ['sh', '-c', 'tail -F /var/shop/orders.log']
        volumeMounts: [{name: logs, mountPath: /var/shop}]
      ${sidecar === 'native' ? 'containers:' : ''}
      - name: shop
        image: alpine:3.20
        command: ['sh', '-c', 'n=0; while true; do n=$((n+1)); echo "order $n" >> /var/shop/orders.log; sleep 2; done']
        volumeMounts: [{name: logs, mountPath: /var/shop}]
`;

  it('a native sidecar waits for the file the app creates, then ships its lines', () => {
    const env = started();
    apply(env, shipper('native'));
    env.cluster.advance(60_000);
    const pod = podNamed(env, 'shop-');
    expect(statusOf(env, pod).slice(1, 4)).toEqual(['2/2', 'Running', '0']);
    const log = run(env, `kubectl logs ${pod} -c shipper`).split('\n');
    // The sidecar starts first: the file is not there yet.
    expect(log.slice(0, 4)).toEqual([
      "tail: can't open '/var/shop/orders.log': No such file or directory",
      'tail: /var/shop/orders.log has appeared; following end of new file',
      'order 1',
      'order 2',
    ]);
    const shipped = log.filter((l) => l.startsWith('order '));
    env.cluster.advance(10_000);
    expect(
      run(env, `kubectl logs ${pod} -c shipper`)
        .split('\n')
        .filter((l) => l.startsWith('order ')),
    ).toHaveLength(shipped.length + 5);
  });

  it('an adapter sidecar reads the lines tail -F follows and rewrites each as it comes', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: metrics
spec:
  volumes: [{name: raw, emptyDir: {}}]
  initContainers:
  - name: adapter
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'touch /raw/events; tail -F /raw/events | while read -r n; do echo "metric hits=$n"; done']
    volumeMounts: [{name: raw, mountPath: /raw}]
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'n=0; while true; do n=$((n+1)); echo $n >> /raw/events; sleep 5; done']
    volumeMounts: [{name: raw, mountPath: /raw}]
`,
    );
    env.cluster.advance(22_000);
    const lines = run(env, 'kubectl logs metrics -c adapter').trimEnd().split('\n');
    // One line every 5 s, each rewritten as soon as tail's next poll sees it.
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines).toEqual(lines.map((_, i) => `metric hits=${i + 1}`));
  });

  it('a legacy sidecar is a second container that runs as long as the app', () => {
    const env = started();
    apply(env, shipper('legacy'));
    env.cluster.advance(60_000);
    const pod = podNamed(env, 'shop-');
    expect(statusOf(env, pod).slice(1, 4)).toEqual(['2/2', 'Running', '0']);
    expect(run(env, `kubectl logs ${pod} -c shipper --tail=1`)).toMatch(/^order \d+\n$/);
  });

  it("a legacy sidecar keeps a Job's pod from completing: NotReady once the main container is done", () => {
    const env = started();
    apply(
      env,
      `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      restartPolicy: Never
      volumes: [{name: out, emptyDir: {}}]
      containers:
      - name: writer
        image: busybox:1.36
        command: ['sh', '-c', 'echo "total 42" > /out/report.txt']
        volumeMounts: [{name: out, mountPath: /out}]
      - name: shipper
        image: busybox:1.36
        command: ['tail', '-F', '/out/report.txt']
        volumeMounts: [{name: out, mountPath: /out}]
`,
    );
    env.cluster.advance(60_000);
    const pod = podNamed(env, 'report-');
    expect(statusOf(env, pod).slice(1, 3)).toEqual(['1/2', 'NotReady']);
    expect(run(env, `kubectl logs ${pod} -c shipper`)).toContain('total 42\n');
    expect(run(env, 'kubectl get job report --no-headers').split(/\s+/).slice(1, 3)).toEqual(['Running', '0/1']);
  });
});

describe('kubectl and init containers', () => {
  it('logs, exec into and lists the init containers of a pod', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: kiosk
spec:
  initContainers:
  - name: prepare
    image: busybox:1.36
    command: ['sh', '-c', 'echo prepared']
  - name: helper
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'echo helping; sleep 3600']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo serving; sleep 3600']
`,
    );
    env.cluster.advance(30_000);
    expect(env.run('kubectl logs kiosk -c prepare')).toMatchObject({ output: 'prepared\n', exitCode: 0 });
    expect(env.run('kubectl logs kiosk -c helper').output).toBe('helping\n');
    const defaulted = env.run('kubectl logs kiosk').output.split('\n');
    expect(defaulted).toContain('Defaulted container "app" out of: app, prepare (init), helper (init)');
    expect(defaulted).toContain('serving');
    expect(env.run('kubectl logs kiosk --all-containers').output).toBe('prepared\nhelping\nserving\n');
    expect(env.run('kubectl exec kiosk -c helper -- hostname')).toMatchObject({ output: 'kiosk\n', exitCode: 0 });
    expect(env.run('kubectl logs kiosk -c nosuch').output).toBe('error: container nosuch is not valid for pod kiosk\n');
  });
});

describe('files of the node and of the Job', () => {
  it('mounts a hostPath that names a file of the node as that file', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: ident
spec:
  volumes:
  - name: id
    hostPath: {path: /etc/machine-id, type: File}
  containers:
  - name: show
    image: busybox:1.36
    command: ['sh', '-c', 'cat /host-id; sleep 3600']
    volumeMounts: [{name: id, mountPath: /host-id, readOnly: true}]
`,
    );
    env.cluster.advance(30_000);
    expect(run(env, 'kubectl logs ident')).toMatch(/^[0-9a-f]{32}\n$/);
    expect(run(env, 'kubectl get pod ident --no-headers').split(/\s+/)[2]).toBe('Running');
  });

  it('gives each index of an Indexed Job its item: bash arrays in an init container, rev in busybox', () => {
    const env = started();
    apply(
      env,
      `apiVersion: batch/v1
kind: Job
metadata:
  name: words
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      volumes: [{name: work, emptyDir: {}}]
      initContainers:
      - name: pick
        image: bash:5.2
        command: ['bash', '-c', 'w=(alpha beta gamma); echo "\${w[$JOB_COMPLETION_INDEX]}" > /work/word']
        volumeMounts: [{name: work, mountPath: /work}]
      containers:
      - name: flip
        image: busybox:1.36
        command: ['rev', '/work/word']
        volumeMounts: [{name: work, mountPath: /work}]
`,
    );
    env.cluster.advance(90_000);
    expect(run(env, 'kubectl get job words --no-headers').split(/\s+/).slice(1, 3)).toEqual(['Complete', '3/3']);
    const flipped = [0, 1, 2].map((i) => run(env, `kubectl logs ${podNamed(env, `words-${i}-`)} -c flip`));
    expect(flipped).toEqual(['ahpla\n', 'ateb\n', 'ammag\n']);
  });
});

describe('exec probes of a running program', () => {
  it('a sidecar passes its startup probe once it has written the file the probe tests; the app starts after it', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: gate
spec:
  volumes: [{name: shared, emptyDir: {}}]
  initContainers:
  - name: warmup
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'sleep 7; echo "mode=warm" > /shared/ready.conf; sleep 3600']
    startupProbe:
      exec: {command: [test, -s, /shared/ready.conf]}
      periodSeconds: 3
      failureThreshold: 5
    volumeMounts: [{name: shared, mountPath: /shared}]
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'cat /shared/ready.conf; sleep 3600']
    volumeMounts: [{name: shared, mountPath: /shared}]
`,
    );
    env.cluster.advance(5_000);
    expect(run(env, 'kubectl get pod gate --no-headers').split(/\s+/).slice(1, 3)).toEqual(['0/2', 'Init:0/1']);
    env.cluster.advance(20_000);
    expect(run(env, 'kubectl get pod gate --no-headers').split(/\s+/).slice(1, 4)).toEqual(['2/2', 'Running', '0']);
    expect(run(env, 'kubectl logs gate -c app')).toBe('mode=warm\n');
    // Probes at 0, 3 and 6 s failed (silently: test prints nothing), the one at 9 s passed: one event, count 3.
    const unhealthy = run(env, "kubectl get events --field-selector reason=Unhealthy -o jsonpath='{.items[*].count}'");
    expect(unhealthy).toBe('3');
  });

  it('a liveness probe reads what the program wrote, and kills it once the file is gone', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: beacon
spec:
  containers:
  - name: beacon
    image: busybox:1.36
    command: ['sh', '-c', 'echo ok > /tmp/alive; sleep 20; rm /tmp/alive; sleep 3600']
    livenessProbe:
      exec: {command: [cat, /tmp/alive]}
      initialDelaySeconds: 2
      periodSeconds: 4
      failureThreshold: 2
`,
    );
    env.cluster.advance(24_000);
    expect(run(env, 'kubectl get pod beacon --no-headers').split(/\s+/)[3]).toBe('0');
    env.cluster.advance(10_000);
    const events = run(env, 'kubectl get events --field-selector involvedObject.name=beacon');
    expect(events).toContain("Liveness probe failed: cat: can't open '/tmp/alive': No such file or directory");
    expect(events).toContain('Container beacon failed liveness probe, will be restarted');
    // A shell as PID 1 ignores SIGTERM: it runs on until SIGKILL ends the 30 s grace period, then starts again.
    expect(run(env, 'kubectl get pod beacon --no-headers').split(/\s+/).slice(2, 4)).toEqual(['Running', '0']);
    env.cluster.advance(30_000);
    expect(run(env, 'kubectl get pod beacon --no-headers').split(/\s+/).slice(2, 4)).toEqual(['Running', '1']);
    expect(
      run(env, "kubectl get pod beacon -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}'"),
    ).toBe('137');
  });
});

describe('the internet from a pod', () => {
  it('an init container downloads a public page into a volume; an unknown name does not resolve', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: mirror
spec:
  volumes: [{name: site, emptyDir: {}}]
  initContainers:
  - name: fetch
    image: busybox:1.36
    command: ['wget', '-O', '/site/home.html', 'http://example.com/']
    volumeMounts: [{name: site, mountPath: /site}]
  containers:
  - name: show
    image: busybox:1.36
    command: ['sh', '-c', 'grep -o "<h1>.*</h1>" /site/home.html; wget -q -O- http://no-such-site.invalid; sleep 3600']
    volumeMounts: [{name: site, mountPath: /site}]
`,
    );
    env.cluster.advance(30_000);
    expect(run(env, 'kubectl get pod mirror --no-headers').split(/\s+/)[2]).toBe('Running');
    expect(run(env, 'kubectl logs mirror -c fetch')).toBe(
      [
        'Connecting to example.com (93.184.215.14:80)',
        "saving to '/site/home.html'",
        'home.html            100% |********************************|   119  0:00:00 ETA',
        "'/site/home.html' saved",
        '',
      ].join('\n'),
    );
    expect(run(env, 'kubectl logs mirror -c show')).toBe(
      "<h1>Example Domain</h1>\nwget: bad address 'no-such-site.invalid'\n",
    );
  });
});

describe('how a container ends', () => {
  it('reports what the program wrote to its termination message file, or the end of its log', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: farewell
spec:
  restartPolicy: Never
  containers:
  - name: note
    image: debian:12
    command: ['sh', '-c', 'sleep 3; echo "disk full" > /var/run/exit-note; exit 3']
    terminationMessagePath: /var/run/exit-note
  - name: tail
    image: debian:12
    command: ['sh', '-c', 'echo starting; echo "giving up" >&2; exit 4']
    terminationMessagePolicy: FallbackToLogsOnError
`,
    );
    env.cluster.advance(30_000);
    const message = (c: string) =>
      run(
        env,
        `kubectl get pod farewell -o jsonpath='{.status.containerStatuses[?(@.name=="${c}")].state.terminated.message}'`,
      );
    expect(message('note')).toBe('disk full\n');
    expect(message('tail')).toBe('starting\ngiving up\n');
  });

  it('restarts a probe-killed container at once unless it is backing off since the run before', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: flaky
spec:
  terminationGracePeriodSeconds: 2
  containers:
  - name: flaky
    image: busybox:1.36
    command: ['sh', '-c', 'touch /tmp/ok; sleep 5; rm /tmp/ok; sleep 3600']
    livenessProbe:
      exec: {command: [test, -e, /tmp/ok]}
      periodSeconds: 1
      failureThreshold: 1
`,
    );
    const restarts = () => Number(run(env, 'kubectl get pod flaky --no-headers').split(/\s+/)[3]);
    // Each run lives about 5 s, then 2 s of grace. The first kill has no exited run before it and the second no
    // back-off window yet (it opens one, 10 s): both restart at once. The third comes 8 s after the second run ended.
    env.cluster.advance(9_000);
    expect(restarts()).toBe(1);
    env.cluster.advance(7_000);
    expect(restarts()).toBe(2);
    env.cluster.advance(8_000);
    expect(run(env, 'kubectl get pod flaky --no-headers').split(/\s+/)[2]).toBe('CrashLoopBackOff');
  });
});

describe("a container's script that starts the image's server", () => {
  // docker-library/nginx Dockerfile (ENTRYPOINT docker-entrypoint.sh, CMD nginx -g 'daemon off;'): `exec nginx …` at
  // the end of a script replaces the shell with the server, which serves port 80 until the container stops.
  it('runs and serves, as the image does by itself', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    command: ['sh', '-c', 'echo "preparing the site"; exec nginx -g "daemon off;"']
    readinessProbe:
      tcpSocket: {port: 80}
  - name: client
    image: busybox:1.36
    command: ['sleep', '3600']
`,
    );
    env.cluster.advance(30_000);
    expect(run(env, 'kubectl get pod web --no-headers').split(/\s+/).slice(1, 3)).toEqual(['2/2', 'Running']);
    expect(run(env, 'kubectl logs web -c web')).toBe('preparing the site\n');
    expect(run(env, 'kubectl exec web -c client -- wget -q -O- http://localhost')).toContain(
      '<title>Welcome to nginx!</title>',
    );
  });

  it('passes an exec readiness probe that asks the server (kubernetes-zookeeper: start-zookeeper, zookeeper-ready)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: zk
spec:
  containers:
  - name: zk
    image: registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10
    command: ['sh', '-c', 'start-zookeeper --servers=1 --data_dir=/var/lib/zookeeper/data']
    readinessProbe:
      exec: {command: ['sh', '-c', 'zookeeper-ready 2181']}
      initialDelaySeconds: 5
`,
    );
    env.cluster.advance(30_000);
    expect(run(env, 'kubectl get pod zk --no-headers').split(/\s+/).slice(1, 4)).toEqual(['1/1', 'Running', '0']);
  });
});
