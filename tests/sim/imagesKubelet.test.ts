/**
 * The catalogue as the kubelet, exec, logs and the traffic simulation use it: a tag that does not
 * exist stalls a rollout as in the docs' Deployment page, private images need an imagePullSecret,
 * distroless images have no shell, servers answer what the real images answer.
 */
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster, execInContainer, logUnavailable, podLogs } from '../../server/src/sim/index.js';
import { eventsOf, getPod, pod, state, until } from './node/helpers.js';

const running = (c: Cluster, name: string) => until(c, () => getPod(c, name).status?.phase === 'Running');

describe('images on the node', () => {
  it("stalls the docs' bad rollout (nginx:1.161) with the new ReplicaSet at 0 ready", () => {
    // content/en/docs/concepts/workloads/controllers/deployment.md, "Rolling Back a Deployment".
    const c = Cluster.create();
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'nginx-deployment', labels: { app: 'nginx' } },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'nginx' } },
        template: {
          metadata: { labels: { app: 'nginx' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
        },
      },
    });
    c.settle();
    c.api.patch(
      'deployments.apps',
      'default',
      'nginx-deployment',
      { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.161' }] } } } },
      'strategic',
    );
    c.advance(60_000);
    const sets = c.api
      .list<ReplicaSet>('replicasets.apps', { namespace: 'default' })
      .items.map((r) => [r.spec?.template?.spec?.containers[0]?.image, r.spec?.replicas, r.status?.readyReplicas ?? 0]);
    // The docs show the old ReplicaSet at 3 ready and the new one at 1 desired, 0 ready (maxUnavailable 25% rounds down).
    expect(sets).toEqual(
      expect.arrayContaining([
        ['nginx:1.14.2', 3, 3],
        ['nginx:1.161', 1, 0],
      ]),
    );
    const stuck = c.api
      .list<Pod>('pods', { namespace: 'default' })
      .items.find((p) => p.spec?.containers[0]?.image === 'nginx:1.161');
    expect(stuck && state(stuck as never)).toBe('Waiting:ImagePullBackOff');
    expect(eventsOf(c, stuck?.metadata?.name ?? '')).toEqual(
      expect.arrayContaining([
        'Failed: Failed to pull image "nginx:1.161": Error response from daemon: manifest for nginx:1.161 not found: manifest unknown: manifest unknown',
        'Failed: Error: ErrImagePull',
        'BackOff: Back-off pulling image "nginx:1.161"',
        'Failed: Error: ImagePullBackOff',
      ]),
    );
  });

  it('pulls a private image only with a docker-registry Secret for its registry', () => {
    const c = Cluster.create();
    c.api.create(
      pod('app', {
        containers: [{ name: 'app', image: 'kubelab/private-app:1.0' }],
        imagePullSecrets: [{ name: 'regcred' }],
      }),
    );
    c.advance(5000);
    expect(eventsOf(c, 'app')).toEqual(
      expect.arrayContaining([
        'FailedToRetrieveImagePullSecret: Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.',
        'Failed: Failed to pull image "kubelab/private-app:1.0": Error response from daemon: pull access denied for kubelab/private-app, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
      ]),
    );
    // What `kubectl create secret docker-registry regcred --docker-username=… --docker-password=…` creates.
    const config = { auths: { 'https://index.docker.io/v1/': { username: 'u', password: 'p', auth: 'dTpw' } } };
    c.api.create({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'regcred' },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': Buffer.from(JSON.stringify(config)).toString('base64') },
    });
    running(c, 'app');
    expect(state(getPod(c, 'app'))).toBe('Running');
  });

  it('reports a name that does not parse as InvalidImageName, without pulling', () => {
    // pkg/kubelet/images/image_manager.go: "Failed to apply default image tag %q: %v", event InspectFailed.
    const c = Cluster.create();
    c.api.create(pod('bad', { containers: [{ name: 'a', image: 'Nginx' }] }));
    c.advance(3000);
    const p = getPod(c, 'bad');
    expect(state(p)).toBe('Waiting:InvalidImageName');
    expect(eventsOf(c, 'bad').filter((e) => e.startsWith('Pulling'))).toEqual([]);
    expect(eventsOf(c, 'bad')).toContain('Failed: Error: InvalidImageName');
  });

  it('has no shell in a distroless image: exec fails as runc says, exit 126', () => {
    const c = Cluster.create();
    c.api.create(pod('hello', { containers: [{ name: 'hello', image: 'gcr.io/google-samples/hello-app:1.0' }] }));
    running(c, 'hello');
    const r = execInContainer(c, getPod(c, 'hello'), undefined, ['sh']);
    expect(r).toEqual({
      stdout: '',
      stderr:
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\n',
      exitCode: 126,
    });
    // busybox's `id` lists root's wheel group; Debian's coreutils do not; bitnami images run as 1001.
    c.api.create(pod('box', { containers: [{ name: 'box', image: 'busybox:1.36', command: ['sleep', '3600'] }] }));
    c.api.create(
      pod('redis', {
        containers: [{ name: 'r', image: 'bitnami/redis:7.4', env: [{ name: 'ALLOW_EMPTY_PASSWORD', value: 'yes' }] }],
      }),
    );
    running(c, 'box');
    running(c, 'redis');
    expect(execInContainer(c, getPod(c, 'box'), undefined, ['id']).stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n',
    );
    expect(execInContainer(c, getPod(c, 'redis'), undefined, ['id']).stdout).toBe(
      'uid=1001 gid=0(root) groups=0(root)\n',
    );
  });

  it('serves what the image serves: http-echo its -text, serve_hostname the pod name, httpd "It works!"', () => {
    const c = Cluster.create();
    c.api.create(pod('echo', { containers: [{ name: 'e', image: 'hashicorp/http-echo:1.0', args: ['-text=foo'] }] }));
    c.api.create(pod('host', { containers: [{ name: 'h', image: 'registry.k8s.io/serve_hostname' }] }));
    c.api.create(pod('web', { containers: [{ name: 'w', image: 'httpd:2.4' }] }));
    c.api.create(pod('client', { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '1d'] }] }));
    // The hello-minikube tutorial's agnhost: `/agnhost netexec --http-port=8080`.
    c.api.create(
      pod('net', {
        containers: [
          {
            name: 'n',
            image: 'registry.k8s.io/e2e-test-images/agnhost:2.39',
            command: ['/agnhost', 'netexec', '--http-port=8080'],
          },
        ],
      }),
    );
    for (const n of ['echo', 'host', 'web', 'client', 'net']) running(c, n);
    const from = { kind: 'pod' as const, namespace: 'default', name: 'client' };
    const body = (url: string) => {
      const out = c.http(from, url);
      return out.kind === 'response' ? out.body : out.kind;
    };
    // test/images/agnhost/netexec/netexec.go hostnameHandler.
    expect(body(`http://${getPod(c, 'net').status?.podIP}:8080/hostname`)).toBe('net');
    expect(body(`http://${getPod(c, 'net').status?.podIP}:8080/`)).toMatch(
      /^NOW: \d{4}-\d\d-\d\d [\d:.]+ \+0000 UTC m=\+[\d.]+$/,
    );
    expect(body(`http://${getPod(c, 'echo').status?.podIP}:5678/`)).toBe('foo\n');
    expect(body(`http://${getPod(c, 'host').status?.podIP}:9376/`)).toBe('host');
    expect(body(`http://${getPod(c, 'web').status?.podIP}/`)).toBe('<html><body><h1>It works!</h1></body></html>\n');
    // hashicorp/http-echo main.go: log.Printf("[INFO] server is listening on %s\n", *listenFlag).
    expect(podLogs(c, getPod(c, 'echo'))[0]).toMatch(
      /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[INFO\] server is listening on :5678$/,
    );
  });

  it('exits 127 when http-echo has no -text (hashicorp/http-echo main.go)', () => {
    const c = Cluster.create();
    c.api.create(pod('echo', { containers: [{ name: 'e', image: 'hashicorp/http-echo' }], restartPolicy: 'Never' }));
    until(c, () => getPod(c, 'echo').status?.phase === 'Failed');
    const t = getPod(c, 'echo').status?.containerStatuses?.[0]?.state?.terminated;
    expect(t?.exitCode).toBe(127);
    expect(podLogs(c, getPod(c, 'echo'))).toEqual(['Missing -text option or ECHO_TEXT env var!']);
  });

  it('exits when the autoscaler has no --target in kind/name form (cluster-proportional-autoscaler ValidateFlags)', () => {
    const c = Cluster.create();
    const autoscaler = (name: string, target: string) =>
      pod(name, {
        restartPolicy: 'Never',
        containers: [
          {
            name: 'a',
            image: 'registry.k8s.io/cpa/cluster-proportional-autoscaler:1.8.4',
            command: ['/cluster-proportional-autoscaler', '--configmap=scaler', `--target=${target}`],
          },
        ],
      });
    c.api.create(autoscaler('bad', '<TARGET>'));
    c.api.create(autoscaler('good', 'Deployment/coredns'));
    until(c, () => getPod(c, 'bad').status?.phase === 'Failed');
    running(c, 'good');
    expect(getPod(c, 'bad').status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(1);
    expect(podLogs(c, getPod(c, 'bad'))[0]).toMatch(/^E\d{4} [\d:.]+ +1 options\.go:\d+\] Target format error\. /);
  });

  it("runs agnhost's default sub-command, pause, when given none (test/images/agnhost/Dockerfile CMD)", () => {
    const c = Cluster.create();
    c.api.create(pod('dns', { containers: [{ name: 'd', image: 'registry.k8s.io/e2e-test-images/agnhost:2.39' }] }));
    running(c, 'dns');
    c.advance(60_000);
    expect(state(getPod(c, 'dns'))).toBe('Running');
  });

  it("serves a crashing image's last run as its log (postgres without a password), and says why a pull-failing one has none", () => {
    // kubelet_pods.go validateContainerLogStatus: lastState.terminated first; ErrImagePull "image can't be pulled".
    const c = Cluster.create();
    c.api.create(pod('pg', { containers: [{ name: 'pg', image: 'postgres:17' }] }));
    c.api.create(pod('bad', { containers: [{ name: 'bad', image: 'nginx:1.161' }] }));
    until(c, () => state(getPod(c, 'pg')) === 'Waiting:CrashLoopBackOff');
    // docker-library/postgres docker-entrypoint.sh docker_verify_minimum_env.
    expect(podLogs(c, getPod(c, 'pg'))[0]).toBe(
      'Error: Database is uninitialized and superuser password is not specified.',
    );
    until(c, () => state(getPod(c, 'bad')) === 'Waiting:ErrImagePull');
    const status = getPod(c, 'bad').status?.containerStatuses?.[0];
    expect(logUnavailable(status, 'bad', 'bad')).toBe(
      'container "bad" in pod "bad" is waiting to start: image can\'t be pulled',
    );
  });
});
