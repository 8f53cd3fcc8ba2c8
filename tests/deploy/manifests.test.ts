// deploy/ as an operator applies it: rendered by the real kubectl (`kubectl kustomize`; `kubectl apply --dry-run=client`
// and `kubectl create --dry-run=client` need an API server even with --validate=false), validated against the
// Kubernetes OpenAPI schemas bundled with kubernetes-models (required fields, types), then checked for what kubelab
// needs: labels that select the pods, probes on the server's endpoints, a configuration kubelab itself accepts, a
// grace period that covers the drain, several replicas rolled one at a time, and terminal sockets routed by student.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Deployment } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Job } from 'kubernetes-types/batch/v1';
import type { ConfigMap, Container, PodSpec, Secret, Service } from 'kubernetes-types/core/v1';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { Deployment as DeploymentModel } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler as HorizontalPodAutoscalerModel } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job as JobModel } from 'kubernetes-models/batch/v1/Job';
import { Ingress as IngressModel } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy as NetworkPolicyModel } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget as PodDisruptionBudgetModel } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap as ConfigMapModel } from 'kubernetes-models/v1/ConfigMap';
import { Namespace as NamespaceModel } from 'kubernetes-models/v1/Namespace';
import { Secret as SecretModel } from 'kubernetes-models/v1/Secret';
import { Service as ServiceModel } from 'kubernetes-models/v1/Service';
import { parseAllDocuments } from 'yaml';
import { nginxConfig } from '../../server/src/cli/proxyConfig';
import { CONFIG_VARIABLES, loadConfig } from '../../server/src/config';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../..');
const deployDir = path.join(root, 'deploy');
const NAMESPACE = 'kubelab';

interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; labels?: Record<string, string> };
}

function kubectl(args: string[]): string {
  const run = spawnSync('kubectl', args, { cwd: root, encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      'kubectl is not on the PATH: the deploy/ tests render the manifests with the real kubectl (v1.32). Install it ' +
        '(https://kubernetes.io/docs/tasks/tools/) and run the tests again.',
    );
  }
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`kubectl ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return run.stdout;
}

function parseObjects(text: string, source: string): KubeObject[] {
  return parseAllDocuments(text).map((doc, i) => {
    if (doc.errors.length) throw new Error(`${source}, document ${i + 1}: ${doc.errors[0]!.message}`);
    const obj = doc.toJS() as KubeObject;
    expect({
      source,
      apiVersion: typeof obj.apiVersion,
      kind: typeof obj.kind,
      name: typeof obj.metadata?.name,
    }).toEqual({ source, apiVersion: 'string', kind: 'string', name: 'string' });
    return obj;
  });
}

const rendered = (() => {
  let objects: KubeObject[] | undefined;
  return () => (objects ??= parseObjects(kubectl(['kustomize', 'deploy']), 'kubectl kustomize deploy'));
})();

function one<T>(kind: string, name = 'kubelab'): T {
  const found = rendered().filter((o) => o.kind === kind && o.metadata.name === name);
  expect(found).toHaveLength(1);
  return found[0] as T;
}

const secretExample = (): Secret => {
  const [secret] = parseObjects(
    readFileSync(path.join(deployDir, 'secret.example.yaml'), 'utf8'),
    'secret.example.yaml',
  );
  return secret as Secret;
};
const podSpec = (): PodSpec => one<Deployment>('Deployment').spec!.template.spec!;
const server = (): Container => podSpec().containers[0]!;
const configData = (): Record<string, string> => one<ConfigMap>('ConfigMap', 'kubelab-config').data ?? {};

/** Each kind's schema check (kubernetes-models: the Kubernetes OpenAPI schemas, compiled for ajv). */
const schemas: Record<string, (obj: KubeObject) => void> = {
  'v1/Namespace': (obj) => new NamespaceModel(obj).validate(),
  'v1/ConfigMap': (obj) => new ConfigMapModel(obj).validate(),
  'v1/Secret': (obj) => new SecretModel(obj).validate(),
  'v1/Service': (obj) => new ServiceModel(obj).validate(),
  'apps/v1/Deployment': (obj) => new DeploymentModel(obj).validate(),
  'batch/v1/Job': (obj) => new JobModel(obj).validate(),
  'networking.k8s.io/v1/Ingress': (obj) => new IngressModel(obj).validate(),
  'networking.k8s.io/v1/NetworkPolicy': (obj) => new NetworkPolicyModel(obj).validate(),
  'policy/v1/PodDisruptionBudget': (obj) => new PodDisruptionBudgetModel(obj).validate(),
  'autoscaling/v2/HorizontalPodAutoscaler': (obj) => new HorizontalPodAutoscalerModel(obj).validate(),
};

/** '' when the object matches its kind's OpenAPI schema, else why not. */
function schemaProblems(obj: KubeObject): string {
  const validate = schemas[`${obj.apiVersion}/${obj.kind}`];
  if (!validate) return `no schema for ${obj.apiVersion} ${obj.kind}: add it to this test`;
  try {
    validate(obj);
    return '';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Kubernetes quantities this file uses: "2", "500m", "3Gi", "64Mi". */
function quantity(value: string | number | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(m|Mi|Gi)?$/.exec(String(value));
  if (!match) throw new Error(`not a quantity this test reads: ${String(value)}`);
  const scale = { m: 1e-3, Mi: 2 ** 20, Gi: 2 ** 30, '': 1 }[match[2] ?? '']!;
  return Number(match[1]) * scale;
}

describe('deploy/ rendered by kubectl kustomize', () => {
  test('the test machine has the real kubectl 1.32', () => {
    expect(kubectl(['version', '--client'])).toMatch(/Client Version: v1\.32\./);
  });

  test('holds every object an operator needs, all in the kubelab namespace', () => {
    const kinds = rendered().map((o) => `${o.apiVersion}/${o.kind}/${o.metadata.name}`);
    expect(kinds.sort()).toEqual(
      [
        'apps/v1/Deployment/kubelab',
        'autoscaling/v2/HorizontalPodAutoscaler/kubelab',
        'batch/v1/Job/kubelab-migrate',
        'networking.k8s.io/v1/Ingress/kubelab',
        'networking.k8s.io/v1/Ingress/kubelab-sockets',
        'networking.k8s.io/v1/NetworkPolicy/kubelab',
        'policy/v1/PodDisruptionBudget/kubelab',
        'v1/ConfigMap/kubelab-config',
        'v1/Namespace/kubelab',
        'v1/Service/kubelab',
      ].sort(),
    );
    for (const o of rendered()) {
      if (o.kind !== 'Namespace')
        expect({ object: o.metadata.name, namespace: o.metadata.namespace }).toEqual({
          object: o.metadata.name,
          namespace: NAMESPACE,
        });
    }
  });

  test('every object, and the Secret template, matches its kind’s OpenAPI schema', () => {
    const problems = [...rendered(), secretExample() as KubeObject].map((o) => ({
      object: `${o.kind}/${o.metadata.name}`,
      problems: schemaProblems(o),
    }));
    expect(problems.filter((p) => p.problems !== '')).toEqual([]);
    expect(problems).toHaveLength(11);
  });

  test('the schema check catches a broken Deployment (a missing container name, a replica count in words)', () => {
    const broken = structuredClone(one<Deployment>('Deployment')) as Deployment & KubeObject;
    broken.spec!.replicas = 'one' as unknown as number;
    delete (broken.spec!.template.spec!.containers[0] as Partial<Container>).name;
    const problems = schemaProblems(broken);
    expect(problems).toContain('spec/replicas must be integer');
    expect(problems).toContain('spec/template/spec/containers/0 must have required property name');
  });

  test('the Deployment runs several replicas, rolled one at a time, each its own owner of the labs it holds', () => {
    const deployment = one<Deployment>('Deployment');
    expect(deployment.spec!.replicas).toBeGreaterThan(1);
    expect(deployment.spec!.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    const hpa = one<HorizontalPodAutoscaler>('HorizontalPodAutoscaler');
    expect(hpa.spec!.minReplicas).toBeGreaterThan(1);
    expect(hpa.spec!.maxReplicas).toBeGreaterThan(hpa.spec!.minReplicas!);
    expect(one<PodDisruptionBudget>('PodDisruptionBudget').spec!.maxUnavailable).toBe(1);
    // The lease table's owner id: unique per live pod (its name), so a replacement pod never inherits a lease.
    expect(server().env).toEqual([
      { name: 'KUBELAB_INSTANCE', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ]);
    expect(configData()).toMatchObject({ CLUSTER_ADAPTER: 'postgres' });
    const config = loadConfig({ ...configData(), ...secretExample().stringData, KUBELAB_INSTANCE: 'kubelab-7d9f-x2' });
    expect(config.cluster).toEqual({ instanceId: 'kubelab-7d9f-x2', leaseMs: 3000, adapter: 'postgres' });
  });

  test('the Deployment selects its own pods and probes /readyz and /healthz on the server port', () => {
    const deployment = one<Deployment>('Deployment');
    const podLabels = deployment.spec!.template.metadata!.labels!;
    for (const [key, value] of Object.entries(deployment.spec!.selector.matchLabels!))
      expect(podLabels[key]).toBe(value);

    const container = server();
    expect(container.image).toBe('kubelab:0.1.0');
    expect(container.ports).toEqual([{ name: 'http', containerPort: 3000, protocol: 'TCP' }]);
    expect(configData().PORT).toBe('3000');
    expect(container.readinessProbe!.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.livenessProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.startupProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
  });

  test('pods run as the image’s non-root user on a read-only root file system with no capabilities', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    for (const spec of [podSpec(), one<Job>('Job', 'kubelab-migrate').spec!.template.spec!]) {
      expect(spec.automountServiceAccountToken).toBe(false);
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        runAsUser: 1000,
        runAsGroup: 1000,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      const container = spec.containers[0]!;
      expect(container.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
      expect(container.resources!.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources!.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    }
  });

  test('sandbox workers fit the container: one per CPU of the limit, their heaps under the memory limit', () => {
    const limits = server().resources!.limits!;
    const workers = Number(configData().SANDBOX_WORKERS);
    expect(workers).toBe(quantity(limits.cpu));
    const heaps = workers * Number(configData().SANDBOX_WORKER_HEAP_MB) * 2 ** 20;
    expect(heaps).toBeLessThan(quantity(limits.memory));
  });

  test('a SIGTERM leaves time to drain: preStop pause + SHUTDOWN_TIMEOUT_MS within the grace period', () => {
    const preStop = server().lifecycle!.preStop!.exec!.command!;
    expect(preStop[0]).toBe('sleep');
    const pauseSeconds = Number(preStop[1]);
    const shutdownSeconds = Number(configData().SHUTDOWN_TIMEOUT_MS) / 1000;
    expect(pauseSeconds).toBeGreaterThan(0);
    expect(podSpec().terminationGracePeriodSeconds).toBeGreaterThan(pauseSeconds + shutdownSeconds);
  });

  test('the configuration is one kubelab accepts in production, secrets only in the Secret', () => {
    const data = configData();
    expect(Object.keys(data).filter((key) => !CONFIG_VARIABLES.includes(key))).toEqual([]);
    const secretKeys = ['DATABASE_URL', 'SESSION_SECRET'];
    expect(Object.keys(data).filter((key) => secretKeys.includes(key))).toEqual([]);

    const secret = secretExample();
    expect(secret.metadata!.name).toBe('kubelab-secrets');
    expect(Object.keys(secret.stringData!).sort()).toEqual(secretKeys);
    const config = loadConfig({ ...data, ...secret.stringData });
    expect(config.isProduction).toBe(true);
    expect(config.limits.sandboxWorkers).toBe(Number(data.SANDBOX_WORKERS));
    expect(config.trustProxy).toBe(1);

    for (const spec of [podSpec(), one<Job>('Job', 'kubelab-migrate').spec!.template.spec!]) {
      expect(spec.containers[0]!.envFrom).toEqual([
        { configMapRef: { name: 'kubelab-config' } },
        { secretRef: { name: 'kubelab-secrets' } },
      ]);
    }
  });

  test('the migration Job runs `kubelab migrate` from the same image, once', () => {
    const job = one<Job>('Job', 'kubelab-migrate');
    const container = job.spec!.template.spec!.containers[0]!;
    expect(container.command).toEqual(['kubelab', 'migrate']);
    expect(container.image).toBe(server().image);
    expect(job.spec!.template.spec!.restartPolicy).toBe('Never');
    expect(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).toContain(
      'RUN ln -s /app/bin/kubelab.cjs /usr/local/bin/kubelab',
    );
  });

  test('Service, PodDisruptionBudget, HPA and NetworkPolicy point at the server pods', () => {
    const podLabels = one<Deployment>('Deployment').spec!.template.metadata!.labels!;
    const selects = (selector: Record<string, string>) =>
      Object.entries(selector).every(([key, value]) => podLabels[key] === value);

    const service = one<Service>('Service');
    expect(selects(service.spec!.selector!)).toBe(true);
    expect(service.spec!.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);

    expect(selects(one<PodDisruptionBudget>('PodDisruptionBudget').spec!.selector!.matchLabels!)).toBe(true);
    expect(one<HorizontalPodAutoscaler>('HorizontalPodAutoscaler').spec!.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'kubelab',
    });

    const policy = one<NetworkPolicy>('NetworkPolicy');
    expect(selects(policy.spec!.podSelector.matchLabels!)).toBe(true);
    expect(policy.spec!.ingress!.flatMap((rule) => rule.ports!.map((p) => p.port))).toEqual([3000]);
    expect(policy.spec!.egress!.flatMap((rule) => rule.ports!.map((p) => p.port))).toEqual([53, 53, 5432]);
  });

  test('the Ingresses route to the Service; terminal sockets stay open and reach their student’s pod', () => {
    const host = new URL(configData().PUBLIC_URL!).host;
    for (const [name, path] of [
      ['kubelab', '/'],
      ['kubelab-sockets', '/socket.io/'],
    ] as const) {
      const rule = one<Ingress>('Ingress', name).spec!.rules![0]!;
      expect(rule.host).toBe(host);
      expect(rule.http!.paths[0]!.path).toBe(path);
      expect(rule.http!.paths[0]!.backend.service).toEqual({
        name: one<Service>('Service').metadata!.name,
        port: { name: 'http' },
      });
    }
    // Pages and the API: any pod, no affinity (a cookie affinity would fight the hashing of the sockets).
    expect(Object.keys(one<Ingress>('Ingress').metadata!.annotations!)).toEqual([
      'nginx.ingress.kubernetes.io/proxy-body-size',
    ]);
    const sockets = one<Ingress>('Ingress', 'kubelab-sockets').metadata!.annotations!;
    expect(Number(sockets['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(3600);
    expect(Number(sockets['nginx.ingress.kubernetes.io/proxy-send-timeout'])).toBeGreaterThanOrEqual(3600);
    // The query the browser app sends (mountTerminal.ts) and the proxy of `kubelab serve` hashes on (proxyConfig.ts).
    expect(sockets['nginx.ingress.kubernetes.io/upstream-hash-by']).toBe('$arg_route');
    expect(readFileSync(path.join(root, 'client/src/terminal/mountTerminal.ts'), 'utf8')).toContain('query: { route }');
    expect(nginxConfig({ listen: '0.0.0.0:80', upstreams: ['a:1'], runDir: '/tmp/x' })).toContain(
      'hash $arg_route consistent;',
    );
  });
});
