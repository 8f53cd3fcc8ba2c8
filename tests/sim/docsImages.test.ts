/**
 * The images the Kubernetes website's examples pull (tests/k8s-examples), as a minikube v1.32 node runs them, with
 * manifests of our own. Expected behaviour and wording from:
 * - vishh/stress main.go (glog lines, then `select {}`), alpine-docker/socat (ENTRYPOINT ["socat"]) and socat.c's
 *   "exactly 2 addresses required";
 * - GoogleCloudPlatform/k8s-stackdriver event-exporter v0.2.3 (main.go:75 glog.Fatalf when the Stackdriver sink needs
 *   GCE's metadata server; debian-base's CMD ["/bin/sh"]);
 * - kubernetes/node-problem-detector v0.1 (ENTRYPOINT with --kernel-monitor; glog info goes to files);
 * - kelseyhightower/app hello (`{"message":"Hello"}` on :80) behind the docs' hello-frontend, whose nginx stops with
 *   `host not found in upstream "hello"` without the Service (kubernetes/website#45965);
 * - moby distribution/pull_v2.go pullManifestList and cri-dockerd libdocker PullImage (the platform error, from the
 *   pull's progress stream, without "Error response from daemon:");
 * - kubelet images/image_manager.go EnsureImageExists (ErrImageNeverPull and its event), run before the container's
 *   environment is resolved (kuberuntime_container.go startContainer).
 */
import { apply, run, started } from '../support/sandbox';
import type { Environment } from '../../server/src/kubectl/environment';

const wait = (env: Environment, seconds: number) => {
  for (let s = 0; s < seconds; s++) env.cluster.advance(1000);
};

/** The STATUS column of the pods whose names start with `prefix`, in any namespace. */
const statuses = (env: Environment, prefix: string) =>
  run(env, 'kubectl get pods -A --no-headers')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, name]) => name?.startsWith(prefix))
    .map(([, , , status]) => status);

const pod = (name: string, container: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: main\n${container}`;

const deployment = (name: string, labels: string, container: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels:\n${labels}\n  template:\n    metadata:\n      labels:\n${labels}\n    spec:\n      containers:\n      - name: main\n${container}`;

describe('programs of the docs images', () => {
  it('keeps vish/stress running, with or without -cpus', () => {
    const env = started();
    apply(env, pod('idle', '    image: vish/stress'));
    apply(env, pod('busy', '    image: vish/stress\n    args: ["-cpus", "2"]'));
    wait(env, 120);
    expect([...statuses(env, 'idle'), ...statuses(env, 'busy')]).toEqual(['Running', 'Running']);
    expect(run(env, 'kubectl logs idle')).toMatch(
      /^I\d{4} [\d:.]+ {7}1 main\.go:26\] Allocating "0" memory, in "4Ki" chunks, with a 1ms sleep between allocations\nI\d{4} [\d:.]+ {7}1 main\.go:29\] Allocated "0" memory\n$/,
    );
  });

  it('runs socat as an ambassador sidecar listening where tcp-listen says, and stops it without addresses', () => {
    const env = started();
    apply(
      env,
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: amb\nspec:\n  initContainers:\n  - name: proxy\n    image: alpine/socat:1.8.0.3\n    restartPolicy: Always\n    args: ["tcp-listen:6000,fork", "tcp-connect:db.example.org:6000"]\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: ["sleep", "infinity"]',
    );
    wait(env, 30);
    expect(statuses(env, 'amb')).toEqual(['Running']);
    // socat accepts on 6000 (and answers no HTTP); nothing listens on the image's default ports.
    expect(run(env, 'kubectl exec amb -c app -- wget -qO- http://localhost:6000')).toBe(
      'wget: error getting response\ncommand terminated with exit code 1\n',
    );
    expect(run(env, 'kubectl exec amb -c app -- wget -qO- http://localhost:6001')).toContain('Connection refused');
    env.run('kubectl run bare --image=alpine/socat --restart=Never');
    wait(env, 10);
    expect(statuses(env, 'bare')).toEqual(['Error']);
    expect(run(env, 'kubectl logs bare')).toMatch(
      /^\d{4}\/\d\d\/\d\d [\d:]+ socat\[1\] E exactly 2 addresses required \(there are 0\); use option "-h" for help\n$/,
    );
  });

  it("ends the event exporter's program off GCE, while the image's own shell just exits", () => {
    const env = started();
    apply(
      env,
      deployment(
        'exporter',
        '        app: exporter',
        '        image: registry.k8s.io/event-exporter:v0.2.3\n        command: ["/event-exporter"]',
      ),
    );
    wait(env, 120);
    expect(statuses(env, 'exporter-')).toEqual(['CrashLoopBackOff']);
    expect(run(env, 'kubectl logs deploy/exporter')).toMatch(
      /^F\d{4} [\d:.]+ {7}1 main\.go:75\] Failed to initialize sink: failed to build sink config: not running on GCE, which is not supported for Stackdriver sink\n$/,
    );
    expect(run(env, 'kubectl get pods -l app=exporter -o jsonpath={..lastState.terminated.exitCode}')).toBe('255');
    env.run('kubectl run shell --image=registry.k8s.io/event-exporter:v0.2.3 --restart=Never');
    wait(env, 10);
    expect(statuses(env, 'shell')).toEqual(['Completed']);
  });

  it('runs node-problem-detector v0.1 as a kube-system DaemonSet, silent on stdout and stderr', () => {
    const env = started();
    apply(
      env,
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: npd\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels:\n      app: npd\n  template:\n    metadata:\n      labels:\n        app: npd\n    spec:\n      hostNetwork: true\n      containers:\n      - name: npd\n        image: gcr.io/google_containers/node-problem-detector:v0.1\n        volumeMounts:\n        - name: log\n          mountPath: /log\n          readOnly: true\n      volumes:\n      - name: log\n        hostPath:\n          path: /var/log/',
    );
    wait(env, 60);
    expect(statuses(env, 'npd-')).toEqual(['Running']);
    expect(run(env, 'kubectl logs -n kube-system ds/npd')).toBe('');
  });

  it('runs the guestbook frontend from its Docker Hub copy without Redis', () => {
    const env = started();
    apply(env, deployment('guestbook', '        app: guestbook', '        image: docker.io/corelab/gb-frontend:v5'));
    wait(env, 60);
    expect(statuses(env, 'guestbook-')).toEqual(['Running']);
  });
});

describe('a frontend that resolves its backend as it starts', () => {
  const frontend = deployment('front', '        app: front', '        image: gcr.io/google-samples/hello-frontend:1.0');
  const backend = deployment(
    'back',
    '        app: back',
    '        image: gcr.io/google-samples/hello-go-gke:1.0\n        ports:\n        - name: http\n          containerPort: 80',
  );
  const service =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: hello\nspec:\n  selector:\n    app: back\n  ports:\n  - port: 80\n    targetPort: http';
  const emerg = [
    / \[emerg\] 1#1: host not found in upstream "hello" in \/etc\/nginx\/conf\.d\/frontend\.conf:2\n/,
    /\nnginx: \[emerg\] host not found in upstream "hello" in \/etc\/nginx\/conf\.d\/frontend\.conf:2\n$/,
  ];

  it('crashes without the Service hello, saying why', () => {
    const env = started();
    apply(env, frontend);
    wait(env, 120);
    expect(statuses(env, 'front-')).toEqual(['CrashLoopBackOff']);
    const log = run(env, 'kubectl logs deploy/front');
    for (const line of emerg) expect(log).toMatch(line);
    expect(run(env, 'kubectl get pods -l app=front -o jsonpath={..lastState.terminated.exitCode}')).toBe('1');
  });

  it('starts once the Service exists and passes requests on to the backend', () => {
    const env = started();
    apply(env, frontend);
    wait(env, 20);
    apply(env, backend);
    apply(env, service);
    wait(env, 120);
    expect([...statuses(env, 'front-'), ...statuses(env, 'back-')]).toEqual(['Running', 'Running']);
    // The run that gave up is still there to read.
    for (const line of emerg) expect(run(env, 'kubectl logs deploy/front --previous')).toMatch(line);
    expect(run(env, 'kubectl logs deploy/front')).toBe('');
    env.run('kubectl expose deploy front --port 80');
    expect(run(env, 'kubectl run c --image=busybox:1.36 --restart=Never -it --rm -- wget -qO- http://front')).toBe(
      '{"message":"Hello"}\npod "c" deleted\n',
    );
    expect(run(env, 'kubectl logs deploy/back')).toMatch(
      /^\d{4}\/\d\d\/\d\d [\d:]+ Starting server\.\.\.\n.* Health service listening on 0\.0\.0\.0:81\n.* HTTP service listening on 0\.0\.0\.0:80\n/,
    );
  });

  it("answers nginx's 502 page when the backend has no ready pod", () => {
    const env = started();
    apply(env, service);
    apply(env, frontend);
    wait(env, 20);
    env.run('kubectl expose deploy front --port 80');
    const page = run(env, 'kubectl run c --image=curlimages/curl --restart=Never -it --rm -- curl -si http://front');
    expect(page).toContain('HTTP/1.1 502 Bad Gateway');
    expect(page).toContain('<center><h1>502 Bad Gateway</h1></center>');
  });
});

describe('images a Linux node cannot run or does not have', () => {
  it('fails to pull a Windows image with the platform the node asked for', () => {
    const env = started();
    apply(env, pod('iis', '    image: microsoft/iis'));
    wait(env, 60);
    expect(statuses(env, 'iis')).toEqual(['ImagePullBackOff']);
    expect(
      run(env, 'kubectl get events --field-selector reason=Failed -o custom-columns=M:.message --no-headers'),
    ).toContain(
      'Failed to pull image "microsoft/iis": no matching manifest for linux/amd64 in the manifest list entries\n',
    );
  });

  it('refuses imagePullPolicy Never for an image the node lacks, before looking for its Secret', () => {
    const env = started();
    apply(
      env,
      pod(
        'never',
        '    image: nginx:1.27\n    imagePullPolicy: Never\n    env:\n    - name: PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: missing\n          key: password',
      ),
    );
    wait(env, 30);
    expect(statuses(env, 'never')).toEqual(['ErrImageNeverPull']);
    expect(run(env, 'kubectl get pod never -o jsonpath={..state.waiting.message}')).toBe(
      'Container image "nginx:1.27" is not present with pull policy of Never',
    );
    const events = run(
      env,
      'kubectl get events --field-selector involvedObject.name=never -o custom-columns=R:.reason,M:.message --no-headers',
    );
    expect(events).toMatch(/ErrImageNeverPull +Container image "nginx:1\.27" is not present with pull policy of Never/);
    expect(events).toMatch(/Failed +Error: ErrImageNeverPull/);
  });

  it('runs imagePullPolicy Never with an image already on the node: pulled before, or preloaded', () => {
    const env = started();
    apply(env, pod('first', '    image: nginx:1.27'));
    wait(env, 10);
    const proxyImage = run(env, 'kubectl get pods -n kube-system -l k8s-app=kube-proxy -o jsonpath={..image}').split(
      ' ',
    )[0];
    // docker.io/library/nginx:1.27 is the same image as nginx:1.27.
    apply(env, pod('second', '    image: docker.io/library/nginx:1.27\n    imagePullPolicy: Never'));
    apply(env, pod('third', `    image: ${proxyImage ?? ''}\n    imagePullPolicy: Never`));
    wait(env, 10);
    expect([...statuses(env, 'second'), ...statuses(env, 'third')]).toEqual(['Running', 'Running']);
  });
});
