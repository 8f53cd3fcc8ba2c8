/**
 * PodSecurity admission as kube-apiserver v1.32 runs it. Sources of the expectations
 * (kubernetes/pod-security-admission v0.32.9, the staging copy of k8s.io/pod-security-admission):
 * - each check's reason and detail: policy/check_<id>.go (function named in each case below);
 * - ordering: policy/registry.go populate (baseline IDs sorted, then restricted IDs sorted, overrides
 *   removed) and policy/checks.go ForbiddenDetail ("reason (detail), …");
 * - "would violate PodSecurity %q: %s" warnings and "violates PodSecurity %q: %s" denials:
 *   admission/admission.go EvaluatePod; workloads get warnings only: ValidatePodController;
 * - label changes: ValidateNamespace, EvaluatePodsInNamespace and decoratePodWarnings;
 * - label parsing and warn defaulting to enforce: api/helpers.go PolicyToEvaluate, ParseLevel, ParseVersion.
 * The kubectl wording ("Warning: …", "Error from server (Forbidden): error when creating …") is
 * client-go rest/warnings.go and kubectl cmdutil.CheckErr; the documented walkthrough is
 * kubernetes/website content/en/docs/tutorials/security/ns-level-pss.md.
 */
import { Cluster, type KubeObject } from '../../server/src/sim/index.js';
import { createEnvironment } from '../../server/src/kubectl/environment';

const namespace = (labels: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'demo', labels },
});
const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'demo', ...metadata }, spec }) as KubeObject;
const c = (securityContext?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'c',
  image: 'nginx:1.27',
  ...(securityContext ? { securityContext } : {}),
  ...extra,
});
/** A container the restricted level accepts. */
const RESTRICTED_OK = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
};

function warningsFor(level: string, obj: KubeObject, version = 'latest'): string[] {
  const cluster = Cluster.create();
  cluster.api.create(
    namespace({ 'pod-security.kubernetes.io/warn': level, 'pod-security.kubernetes.io/warn-version': version }),
  );
  const warnings: string[] = [];
  cluster.api.withWarnings(
    (w) => warnings.push(w),
    () => cluster.api.create(obj),
  );
  return warnings;
}

function deniedFor(level: string, obj: KubeObject): string {
  const cluster = Cluster.create();
  cluster.api.create(namespace({ 'pod-security.kubernetes.io/enforce': level }));
  try {
    cluster.api.create(obj);
  } catch (e) {
    return (e as Error).message;
  }
  return 'admitted';
}

describe('PodSecurity checks (policy/check_*.go)', () => {
  it.each([
    // check_privileged.go privileged_1_0
    [
      { containers: [c({ privileged: true })] },
      'privileged (container "c" must not set securityContext.privileged=true)',
    ],
    // check_hostNamespaces.go hostNamespaces_1_0
    [
      { hostNetwork: true, hostPID: true, hostIPC: true, containers: [c()] },
      'host namespaces (hostNetwork=true, hostPID=true, hostIPC=true)',
    ],
    // check_hostPathVolumes.go hostPathVolumes_1_0
    [{ containers: [c()], volumes: [{ name: 'h', hostPath: { path: '/' } }] }, 'hostPath volumes (volume "h")'],
    // check_hostPorts.go hostPorts_1_0
    [
      {
        containers: [
          c(undefined, {
            ports: [
              { containerPort: 80, hostPort: 8080 },
              { containerPort: 81, hostPort: 443 },
            ],
          }),
        ],
      },
      'hostPort (container "c" uses hostPorts 443, 8080)',
    ],
    // check_capabilities_baseline.go capabilitiesBaseline_1_0
    [
      { containers: [c({ capabilities: { add: ['SYS_ADMIN', 'NET_ADMIN', 'CHOWN'] } })] },
      'non-default capabilities (container "c" must not include "NET_ADMIN", "SYS_ADMIN" in securityContext.capabilities.add)',
    ],
    // check_seccompProfile_baseline.go seccompProfileBaseline_1_19
    [
      { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [c()] },
      'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")',
    ],
    // check_procMount.go procMount_1_0
    [
      { containers: [c({ procMount: 'Unmasked' })] },
      'procMount (container "c" must not set securityContext.procMount to "Unmasked")',
    ],
    // check_sysctls.go sysctlsV1Dot32 (net.ipv4.tcp_rmem is allowed from 1.32)
    [
      {
        securityContext: {
          sysctls: [
            { name: 'kernel.msgmax', value: '1' },
            { name: 'net.ipv4.tcp_rmem', value: '1' },
          ],
        },
        containers: [c()],
      },
      'forbidden sysctls (kernel.msgmax)',
    ],
    // check_seLinuxOptions.go seLinuxOptions1_31
    [
      { containers: [c({ seLinuxOptions: { type: 'spc_t', user: 'u' } })] },
      'seLinuxOptions (container "c" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set)',
    ],
    // check_appArmorProfile.go appArmorProfile_1_0. PodSecurity validates the pod as created, after the pod strategy
    // has synced the field to its annotation (applyAppArmorVersionSkew), so the annotation is refused too.
    [
      { containers: [c({ appArmorProfile: { type: 'Unconfined' } })] },
      'forbidden AppArmor profiles (container "c" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/c="unconfined"")',
    ],
  ])('baseline refuses %#', (spec, detail) => {
    expect(deniedFor('baseline', pod(spec))).toBe(
      `pods "p" is forbidden: violates PodSecurity "baseline:latest": ${detail}`,
    );
  });

  it('restricted: every check in registry order, with the documented wording for a plain nginx pod', () => {
    // The tutorial's output (ns-level-pss.md) for `kubectl run` of nginx in a restricted namespace.
    expect(warningsFor('restricted', pod({ containers: [{ name: 'nginx', image: 'nginx' }] }))).toEqual([
      'would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    ]);
    expect(warningsFor('restricted', pod({ containers: [c(RESTRICTED_OK)] }))).toEqual([]);
    // check_restrictedVolumes.go restrictedVolumes_1_0 overrides hostPathVolumes; runAsUser_1_23; capabilitiesRestricted_1_22.
    expect(
      warningsFor(
        'restricted',
        pod({
          securityContext: { runAsUser: 0 },
          containers: [c({ ...RESTRICTED_OK, capabilities: { drop: ['ALL'], add: ['SYS_TIME'] } })],
          volumes: [
            { name: 'h', hostPath: { path: '/' } },
            { name: 'n', nfs: { server: 's', path: '/' } },
            { name: 'e', emptyDir: {} },
          ],
        }),
      ),
    ).toEqual([
      'would violate PodSecurity "restricted:latest": unrestricted capabilities (container "c" must not include "SYS_TIME" in securityContext.capabilities.add), restricted volume types (volumes "h", "n" use restricted volume types "hostPath", "nfs"), runAsUser=0 (pod must not set runAsUser=0)',
    ]);
    // check_runAsNonRoot.go: explicit false wins over implicit.
    expect(
      warningsFor(
        'restricted',
        pod({
          securityContext: { runAsNonRoot: false },
          containers: [c({ ...RESTRICTED_OK, runAsNonRoot: undefined })],
        }),
      ),
    ).toEqual([
      'would violate PodSecurity "restricted:latest": runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)',
    ]);
  });

  it('versions: restricted:v1.21 has no capabilities_restricted, runAsUser or seccomp 1.25 checks', () => {
    expect(
      warningsFor('restricted', pod({ containers: [c({ capabilities: { add: ['SYS_ADMIN'] } })] }), 'v1.21'),
    ).toEqual([
      'would violate PodSecurity "restricted:v1.21": non-default capabilities (container "c" must not include "SYS_ADMIN" in securityContext.capabilities.add), allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false), runAsNonRoot != true (pod or container "c" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "c" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    ]);
  });
});

describe('PodSecurity admission through kubectl', () => {
  const run = (env: ReturnType<typeof createEnvironment>, line: string) => env.run(line, { settle: true });
  const podYaml = (name: string, extra = '') => `cat > ${name}.yaml <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:${extra}
  containers:
  - name: ${name}
    image: nginx:1.27
EOF`;

  it('warn, enforce, label --overwrite and workloads', () => {
    const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
    run(env, 'minikube start');
    run(env, podYaml('web'));
    run(env, podYaml('host', '\n  hostNetwork: true'));
    run(env, 'kubectl create namespace demo');
    expect(run(env, 'kubectl label ns demo pod-security.kubernetes.io/warn=baseline').output).toBe(
      'namespace/demo labeled\n',
    );
    expect(run(env, 'kubectl apply -f web.yaml -n demo').output).toBe('pod/web created\n');
    expect(run(env, 'kubectl apply -f host.yaml -n demo').output).toBe(
      'pod/host created\nWarning: would violate PodSecurity "baseline:latest": host namespaces (hostNetwork=true)\n',
    );
    // Raising enforce: the existing pods that would now be refused (EvaluatePodsInNamespace).
    expect(run(env, 'kubectl label --overwrite ns demo pod-security.kubernetes.io/enforce=baseline').output).toBe(
      'namespace/demo labeled\n' +
        'Warning: existing pods in namespace "demo" violate the new PodSecurity enforce level "baseline:latest"\n' +
        'Warning: host: host namespaces\n',
    );
    run(env, 'kubectl delete pod host -n demo');
    const denied = run(env, 'kubectl apply -f host.yaml -n demo');
    expect(denied.exitCode).toBe(1);
    expect(denied.output).toBe(
      'Error from server (Forbidden): error when creating "host.yaml": pods "host" is forbidden: violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)\n',
    );
    // An invalid level is refused on the namespace (api.ParseLevel).
    expect(run(env, 'kubectl label --overwrite ns demo pod-security.kubernetes.io/enforce=strict').output).toBe(
      'The Namespace "demo" is invalid: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted\n',
    );
    // Workloads: a warning on the Deployment, then FailedCreate on its ReplicaSet.
    run(
      env,
      'kubectl label --overwrite ns demo pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/warn-',
    );
    const created = run(env, 'kubectl create deployment api --image=nginx -n demo');
    expect(created.output).toBe(
      'deployment.apps/api created\nWarning: would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")\n',
    );
    const events = run(
      env,
      'kubectl get events -n demo --field-selector reason=FailedCreate -o jsonpath={.items[0].message}',
    );
    expect(events.output).toMatch(
      /^Error creating: pods "api-[a-z0-9]+-[a-z0-9]{5}" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false/,
    );
    expect(run(env, 'kubectl get deploy api -n demo').output).toMatch(/^api +0\/1 +0 +0 /m);
  });
});
