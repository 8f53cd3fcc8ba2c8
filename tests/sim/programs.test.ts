/**
 * Containers' own commands run in the student's shell interpreter on the virtual clock: the output of
 * the Kubernetes docs' example pods, as `kubectl logs` shows it, with the environment the kubelet
 * builds (kubelet v1.32 pkg/kubelet/kubelet_pods.go makeEnvironmentVariables) and `$(VAR)` expanded.
 * Example manifests: kubernetes/website content/en/examples/... (path given per test).
 */
import { restoreEnvironment } from '../../server/src/kubectl/environment';
import { apply, run, started } from '../support/sandbox';

describe('programs inside containers', () => {
  it('the counter pod logs a numbered date every second (debug/counter-pod.yaml)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: counter
spec:
  containers:
  - name: count
    image: busybox:1.28
    args: [/bin/sh, -c,
            'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done']
`,
    );
    env.cluster.advance(5_000);
    const lines = run(env, 'kubectl logs counter').trimEnd().split('\n');
    // The docs' output: "0: Fri Apr  1 11:42:23 UTC 2022", "1: Fri Apr  1 11:42:24 UTC 2022", …
    expect(lines.length).toBeGreaterThanOrEqual(4);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i}: Wed Jan  1 00:00:\\d\\d UTC 2025$`)));
    const seconds = lines.map((l) => Number(/:(\d\d) UTC/.exec(l)?.[1]));
    seconds.slice(1).forEach((s, i) => expect(s - (seconds[i] ?? 0)).toBe(1));
    // It keeps logging every simulated second, and the pod stays Running.
    env.cluster.advance(3_000);
    expect(run(env, 'kubectl logs counter').trimEnd().split('\n')).toHaveLength(lines.length + 3);
    expect(run(env, 'kubectl get pod counter --no-headers')).toMatch(/^counter\s+1\/1\s+Running\s+0/);
  });

  it('prints the pod fields the downward API gives as env (pods/inject/dapi-envars-pod.yaml)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: dapi-envars-fieldref
spec:
  containers:
    - name: test-container
      image: registry.k8s.io/busybox:1.27.2
      command: [ "sh", "-c"]
      args:
      - while true; do
          echo -en '\\n';
          printenv MY_NODE_NAME MY_POD_NAME MY_POD_NAMESPACE;
          printenv MY_POD_IP MY_POD_SERVICE_ACCOUNT;
          sleep 10;
        done;
      env:
        - name: MY_NODE_NAME
          valueFrom: { fieldRef: { fieldPath: spec.nodeName } }
        - name: MY_POD_NAME
          valueFrom: { fieldRef: { fieldPath: metadata.name } }
        - name: MY_POD_NAMESPACE
          valueFrom: { fieldRef: { fieldPath: metadata.namespace } }
        - name: MY_POD_IP
          valueFrom: { fieldRef: { fieldPath: status.podIP } }
        - name: MY_POD_SERVICE_ACCOUNT
          valueFrom: { fieldRef: { fieldPath: spec.serviceAccountName } }
  restartPolicy: Never
`,
    );
    env.cluster.advance(15_000);
    const ip = run(env, "kubectl get pod dapi-envars-fieldref -o jsonpath='{.status.podIP}'");
    expect(ip).toMatch(/^10\.244\.0\.\d+$/);
    // The docs show: minikube / dapi-envars-fieldref / default / 172.17.0.4 / default, after an empty line.
    const block = `\nminikube\ndapi-envars-fieldref\ndefault\n${ip}\ndefault\n`;
    expect(run(env, 'kubectl logs dapi-envars-fieldref')).toBe(block + block);
  });

  it('prints requests and limits rounded up by the divisor (pods/inject/dapi-envars-container.yaml)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: dapi-envars-resourcefieldref
spec:
  containers:
    - name: test-container
      image: registry.k8s.io/busybox:1.27.2
      command: [ "sh", "-c"]
      args:
      - while true; do
          echo -en '\\n';
          printenv MY_CPU_REQUEST MY_CPU_LIMIT;
          printenv MY_MEM_REQUEST MY_MEM_LIMIT;
          sleep 10;
        done;
      resources:
        requests: { memory: "32Mi", cpu: "125m" }
        limits: { memory: "64Mi", cpu: "250m" }
      env:
        - name: MY_CPU_REQUEST
          valueFrom: { resourceFieldRef: { containerName: test-container, resource: requests.cpu } }
        - name: MY_CPU_LIMIT
          valueFrom: { resourceFieldRef: { containerName: test-container, resource: limits.cpu } }
        - name: MY_MEM_REQUEST
          valueFrom: { resourceFieldRef: { containerName: test-container, resource: requests.memory } }
        - name: MY_MEM_LIMIT
          valueFrom: { resourceFieldRef: { containerName: test-container, resource: limits.memory } }
  restartPolicy: Never
`,
    );
    env.cluster.advance(5_000);
    // The docs' output: 1, 1, 33554432, 67108864.
    expect(run(env, 'kubectl logs dapi-envars-resourcefieldref')).toBe('\n1\n1\n33554432\n67108864\n');
  });

  it('expands $(VAR) in env values as the kubelet does (pods/inject/dependent-envars.yaml)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: dependent-envars-demo
spec:
  containers:
  - name: dependent-envars-demo
    args:
    - while true; do echo -en '\\n'; echo SERVICE_ADDRESS;printenv SERVICE_ADDRESS;echo UNCHANGE_REFERENCE;printenv UNCHANGE_REFERENCE;echo ESCAPED_REFERENCE;printenv ESCAPED_REFERENCE; sleep 30; done;
    command:
        - sh
        - -c
    image: busybox
    env:
    - name: SERVICE_PORT
      value: "80"
    - name: SERVICE_IP
      value: "172.17.0.1"
    - name: UNCHANGED_REFERENCE
      value: "$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"
    - name: PROTOCOL
      value: "https"
    - name: SERVICE_ADDRESS
      value: "$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"
    - name: ESCAPED_REFERENCE
      value: "$$(PROTOCOL)://$(SERVICE_IP):$(SERVICE_PORT)"
`,
    );
    env.cluster.advance(5_000);
    // The manifest's script asks for UNCHANGE_REFERENCE (sic), which is not set: printenv prints nothing.
    expect(run(env, 'kubectl logs dependent-envars-demo')).toBe(
      '\nSERVICE_ADDRESS\nhttps://172.17.0.1:80\nUNCHANGE_REFERENCE\nESCAPED_REFERENCE\n$(PROTOCOL)://172.17.0.1:80\n',
    );
    // PROTOCOL is defined after UNCHANGED_REFERENCE, so its reference stays as written.
    expect(run(env, 'kubectl exec dependent-envars-demo -- printenv UNCHANGED_REFERENCE')).toBe(
      '$(PROTOCOL)://172.17.0.1:80\n',
    );
  });

  it('expands $(VAR) in command and args, env first (tasks: define a command: MESSAGE)', () => {
    // content/en/docs/tasks/inject-data-application/define-command-argument-container.md
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: msg
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: debian
    env:
    - name: MESSAGE
      value: "hello world"
    command: ["/bin/echo"]
    args: ["$(MESSAGE)", "$$(MESSAGE)", "$(NOPE)"]
`,
    );
    env.cluster.settle();
    expect(run(env, 'kubectl logs msg')).toBe('hello world $(MESSAGE) $(NOPE)\n');
    expect(run(env, 'kubectl get pod msg --no-headers')).toMatch(/^msg\s+0\/1\s+Completed\s+0/);
  });

  it('reads downward API volume files (pods/inject/dapi-volume.yaml)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: kubernetes-downwardapi-volume-example
  labels:
    zone: us-est-coast
    cluster: test-cluster1
    rack: rack-22
  annotations:
    build: two
    builder: john-doe
spec:
  containers:
    - name: client-container
      image: registry.k8s.io/busybox:1.27.2
      command: ["sh", "-c"]
      args:
      - while true; do
          if [[ -e /etc/podinfo/labels ]]; then
            echo -en '\\n\\n'; cat /etc/podinfo/labels; fi;
          if [[ -e /etc/podinfo/annotations ]]; then
            echo -en '\\n\\n'; cat /etc/podinfo/annotations; fi;
          sleep 5;
        done;
      volumeMounts:
        - name: podinfo
          mountPath: /etc/podinfo
  volumes:
    - name: podinfo
      downwardAPI:
        items:
          - path: "labels"
            fieldRef:
              fieldPath: metadata.labels
          - path: "annotations"
            fieldRef:
              fieldPath: metadata.annotations
`,
    );
    env.cluster.advance(3_000);
    const log = run(env, 'kubectl logs kubernetes-downwardapi-volume-example');
    // The docs' output: cluster="test-cluster1" / rack="rack-22" / zone="us-est-coast", then the annotations.
    expect(log).toContain(
      '\n\ncluster="test-cluster1"\nrack="rack-22"\nzone="us-est-coast"\n\nbuild="two"\nbuilder="john-doe"',
    );
  });

  it('shares an emptyDir between the containers of a pod (pods/two-container-pod.yaml)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: two-containers
spec:
  restartPolicy: Never
  volumes:
  - name: shared-data
    emptyDir: {}
  containers:
  - name: nginx-container
    image: nginx
    volumeMounts:
    - name: shared-data
      mountPath: /usr/share/nginx/html
  - name: debian-container
    image: debian
    volumeMounts:
    - name: shared-data
      mountPath: /pod-data
    command: ["/bin/sh"]
    args: ["-c", "echo Hello from the debian container > /pod-data/index.html"]
`,
    );
    env.cluster.settle();
    // The docs: the debian container terminated, nginx serves what it wrote.
    expect(
      run(env, "kubectl get pod two-containers -o jsonpath='{.status.containerStatuses[1].state.terminated.reason}'"),
    ).toBe('Completed');
    expect(run(env, 'kubectl exec two-containers -c nginx-container -- cat /usr/share/nginx/html/index.html')).toBe(
      'Hello from the debian container\n',
    );
  });

  it("keeps what programs wrote to a volume across a restore, and a claim's files beyond its pod", () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: writer
spec:
  containers:
    - name: writer
      image: busybox:1.36
      command: ["sh", "-c", "date >> /data/log.txt && sleep 3600"]
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`,
    );
    env.cluster.settle();
    const written = run(env, 'kubectl exec writer -- cat /data/log.txt');
    expect(written).toMatch(/^Wed Jan {2}1 00:00:\d\d UTC 2025\n$/);
    // labs/14-storage: "A new pod mounting data would find the file", after a restore too.
    run(env, 'kubectl delete pod writer');
    const again = restoreEnvironment(env.snapshot(), { virtualTime: true });
    again.shell.vfs.seedFile(
      '/home/student/reader.yaml',
      `apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  restartPolicy: Never
  containers:
    - name: reader
      image: busybox:1.36
      command: ["cat", "/data/log.txt"]
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
`,
    );
    expect(again.run('kubectl apply -f reader.yaml').exitCode).toBe(0);
    again.cluster.settle();
    expect(again.run('kubectl logs reader').output).toBe(written);
  });

  it('keeps at most 256 KiB of a volume for the other containers (and the saved sandbox)', () => {
    const env = started();
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: filler
spec:
  volumes:
  - name: scratch
    emptyDir: {}
  containers:
  - name: writer
    image: busybox
    volumeMounts: [{ name: scratch, mountPath: /data }]
    command: ["sh", "-c", "i=10; while [ $i -lt 50 ]; do printf '%08000d' 0 > /data/f$i; i=$((i+1)); done; sleep infinity"]
  - name: reader
    image: busybox
    volumeMounts: [{ name: scratch, mountPath: /data }]
    command: ["sleep", "infinity"]
`,
    );
    env.cluster.advance(5_000);
    // 40 files of 8,000 bytes (and a 3-byte name each): the first 32 fit in 262,144 bytes.
    const listed = run(env, 'kubectl exec filler -c reader -- ls /data').trimEnd().split('\n');
    expect(listed).toHaveLength(32);
    expect(listed[31]).toBe('f41');
  });

  it('injects the service variables and KUBERNETES_* (concepts/services-networking/service: environment variables)', () => {
    const env = started();
    run(env, 'kubectl create service clusterip redis-primary --tcp=6379:6379');
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: envs
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: busybox
    command: ["sh", "-c", "printenv REDIS_PRIMARY_SERVICE_HOST REDIS_PRIMARY_SERVICE_PORT REDIS_PRIMARY_PORT_6379_TCP_PROTO KUBERNETES_SERVICE_HOST KUBERNETES_PORT HOSTNAME"]
`,
    );
    env.cluster.settle();
    const ip = run(env, "kubectl get svc redis-primary -o jsonpath='{.spec.clusterIP}'");
    expect(run(env, 'kubectl logs envs')).toBe(`${ip}\n6379\ntcp\n10.96.0.1\ntcp://10.96.0.1:443\nenvs\n`);
  });

  it('gives env from literals, envFrom with a prefix and secretKeyRef (tasks: define-environment-variable-container, secret env)', () => {
    // content/en/examples/pods/inject/envars.yaml, then pod-single-secret-env-variable.yaml's SECRET_USERNAME.
    const env = started();
    run(env, 'kubectl create configmap special-config --from-literal=special.how=very --from-literal=TYPE=charm');
    run(env, 'kubectl create secret generic backend-user --from-literal=backend-username=backend-admin');
    apply(
      env,
      `apiVersion: v1
kind: Pod
metadata:
  name: envar-demo
  labels:
    purpose: demonstrate-envars
spec:
  containers:
  - name: envar-demo-container
    # The docs use gcr.io/google-samples/hello-app:2.0; the catalogue has it distroless (no printenv), so busybox.
    image: busybox
    command: ["sleep", "infinity"]
    envFrom:
    - configMapRef:
        name: special-config
      prefix: CONFIG_
    env:
    - name: DEMO_GREETING
      value: "Hello from the environment"
    - name: DEMO_FAREWELL
      value: "Such a sweet sorrow"
    - name: SECRET_USERNAME
      valueFrom:
        secretKeyRef:
          name: backend-user
          key: backend-username
`,
    );
    env.cluster.settle();
    // The docs' `kubectl exec envar-demo -- printenv` lists HOSTNAME=envar-demo, DEMO_GREETING=…, DEMO_FAREWELL=….
    const vars = run(env, 'kubectl exec envar-demo -- printenv').split('\n');
    expect(vars).toEqual(
      expect.arrayContaining([
        'HOSTNAME=envar-demo',
        'DEMO_GREETING=Hello from the environment',
        'DEMO_FAREWELL=Such a sweet sorrow',
        'SECRET_USERNAME=backend-admin',
        'CONFIG_TYPE=charm',
        // kubelet v1.32 no longer skips keys that are not C identifiers (KEP-4369): special.how comes through.
        'CONFIG_special.how=very',
        'KUBERNETES_SERVICE_HOST=10.96.0.1',
        'KUBERNETES_SERVICE_PORT=443',
      ]),
    );
    expect(run(env, 'kubectl get events --field-selector reason=InvalidEnvironmentVariableNames')).toBe(
      'No resources found in default namespace.\n',
    );
  });

  it('decides the container state by the exit code: Completed, Error, CrashLoopBackOff with back-off', () => {
    const env = started();
    run(env, "kubectl run ok --image=busybox --restart=Never -- sh -c 'echo fine; exit 0'");
    run(env, "kubectl run bad --image=busybox --restart=Never -- sh -c 'echo broken >&2; exit 3'");
    run(env, "kubectl run loop --image=busybox -- sh -c 'echo try; sleep 2; exit 1'");
    env.cluster.advance(60_000);
    expect(run(env, 'kubectl get pod ok --no-headers')).toMatch(/^ok\s+0\/1\s+Completed\s+0/);
    expect(run(env, 'kubectl get pod bad --no-headers')).toMatch(/^bad\s+0\/1\s+Error\s+0/);
    expect(run(env, "kubectl get pod bad -o jsonpath='{.status.containerStatuses[0].state.terminated.exitCode}'")).toBe(
      '3',
    );
    expect(run(env, 'kubectl logs bad')).toBe('broken\n');
    expect(run(env, 'kubectl get pod loop --no-headers')).toMatch(/^loop\s+0\/1\s+(CrashLoopBackOff|Error)\s+[2-4] /);
    expect(run(env, 'kubectl logs loop --previous')).toBe('try\n');
  });

  it('completes a Job whose script exits 0', () => {
    const env = started();
    run(env, "kubectl create job hello --image=busybox -- sh -c 'for i in 1 2 3; do echo step $i; sleep 1; done'");
    env.cluster.settle();
    expect(run(env, "kubectl get job hello -o jsonpath='{.status.succeeded}'")).toBe('1');
    expect(run(env, 'kubectl logs job/hello')).toBe('step 1\nstep 2\nstep 3\n');
  });

  it('caps a program that never sleeps: the shell budget ends it, the others are unaffected', () => {
    const env = started();
    run(env, "kubectl run spin --image=busybox --restart=Never -- sh -c 'while true; do echo spam; done'");
    env.cluster.settle();
    expect(run(env, 'kubectl get pod spin --no-headers')).toMatch(/^spin\s+0\/1\s+Error\s+0/);
    const log = run(env, 'kubectl logs spin').trimEnd().split('\n');
    expect(log.length).toBeLessThanOrEqual(1000);
    expect(log[log.length - 1]).toMatch(/command budget exceeded/);
  });

  it('wakes a program that sleeps 0 at most 16 times per kubelet sync, then a second later', () => {
    const env = started();
    run(env, "kubectl run busy --image=busybox -- sh -c 'while true; do echo x; sleep 0; done'");
    env.cluster.advance(5_000);
    const lines = run(env, 'kubectl logs busy').trimEnd().split('\n');
    // At most 16 wake-ups per sync and a sync per second while it lags: 5 s give fewer than 7 × 16 lines.
    expect(lines.length).toBeGreaterThan(16);
    expect(lines.length).toBeLessThanOrEqual(7 * 16);
    expect(run(env, 'kubectl get pod busy --no-headers')).toMatch(/^busy\s+1\/1\s+Running\s+0/);
  });

  it('starts programs again after a restore and replays them to the same log', () => {
    const env = started();
    run(env, "kubectl run tick --image=busybox -- sh -c 'i=0; while true; do echo $i; i=$((i+1)); sleep 2; done'");
    env.cluster.advance(9_000);
    const before = run(env, 'kubectl logs tick');
    expect(before).toBe('0\n1\n2\n3\n4\n');
    const again = restoreEnvironment(env.snapshot(), { virtualTime: true });
    again.cluster.advance(2_000);
    expect(again.run('kubectl logs tick').output).toBe(`${before}5\n`);
  });
});
