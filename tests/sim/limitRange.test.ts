/**
 * LimitRange defaults and bounds at admission, and the LimitRange/ResourceQuota describers.
 * Sources (kubernetes v1.32 / kubectl v0.32.9):
 * - plugin/pkg/admission/limitranger/admission.go: mergePodResourceRequirements (the
 *   `kubernetes.io/limit-ranger` annotation), minConstraint, maxConstraint, limitRequestRatioConstraint
 *   and PodValidateLimitFunc (containers, init containers, Pod totals; errors joined by utilerrors.NewAggregate);
 * - pkg/apis/core/v1/defaults.go SetDefaults_LimitRangeItem (default ← max, defaultRequest ← default ← min);
 * - kubectl pkg/describe/describe.go describeLimitRange, describeLimitRangeSpec, describeQuota,
 *   helpTextForResourceQuotaScope, DescribeResourceQuotas;
 * - walkthroughs: kubernetes/website content/en/docs/tasks/administer-cluster/manage-resources/
 *   cpu-constraint-namespace.md and quota-memory-cpu-namespace.md.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function cluster() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  const run = (line: string) => env.run(line, { settle: true });
  run('minikube start');
  run('kubectl create namespace demo');
  return run;
}

const limitRange = (limits: string) => `kubectl apply -n demo -f - <<EOF
apiVersion: v1
kind: LimitRange
metadata:
  name: lr
spec:
  limits:
${limits}
EOF`;

const pod = (name: string, containers: string, init = '') => `cat > ${name}.yaml <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:${init}
  containers:
${containers}
EOF`;

describe('LimitRanger admission', () => {
  it('defaults a LimitRange item from max and min, and describes it', () => {
    const run = cluster();
    run(limitRange('  - max:\n      cpu: "800m"\n    min:\n      cpu: "200m"\n    type: Container'));
    expect(run('kubectl get limitrange lr -n demo -o jsonpath={.spec.limits[0]}').output).toBe(
      '{"default":{"cpu":"800m"},"defaultRequest":{"cpu":"800m"},"max":{"cpu":"800m"},"min":{"cpu":"200m"},"type":"Container"}',
    );
    expect(run('kubectl describe limitrange lr -n demo').output).toBe(
      [
        'Name:       lr',
        'Namespace:  demo',
        'Type        Resource  Min   Max   Default Request  Default Limit  Max Limit/Request Ratio',
        '----        --------  ---   ---   ---------------  -------------  -----------------------',
        'Container   cpu       200m  800m  800m             800m           -',
        '',
      ].join('\n'),
    );
  });

  it('sets defaults with the annotation (containers, then init containers)', () => {
    const run = cluster();
    run(
      limitRange(
        '  - default:\n      memory: 512Mi\n      cpu: "1"\n    defaultRequest:\n      memory: 256Mi\n    type: Container',
      ),
    );
    run(
      pod(
        'd',
        '  - name: app\n    image: nginx\n    resources:\n      limits:\n        cpu: 500m',
        '\n  initContainers:\n  - name: setup\n    image: busybox\n    command: ["true"]',
      ),
    );
    expect(run('kubectl apply -f d.yaml -n demo').output).toBe('pod/d created\n');
    expect(
      run("kubectl get pod d -n demo -o jsonpath='{.metadata.annotations.kubernetes\\.io/limit-ranger}'").output,
    ).toBe(
      'LimitRanger plugin set: memory request for container app; memory limit for container app; cpu, memory request for init container setup; cpu, memory limit for init container setup',
    );
    expect(run('kubectl get pod d -n demo -o jsonpath={.spec.containers[0].resources}').output).toBe(
      '{"limits":{"cpu":"500m","memory":"512Mi"},"requests":{"cpu":"500m","memory":"256Mi"}}',
    );
  });

  it('refuses values out of bounds with the plugin wording, all violations in one error', () => {
    const run = cluster();
    run(
      limitRange(
        '  - max:\n      cpu: "800m"\n      memory: 1Gi\n    min:\n      cpu: "200m"\n    maxLimitRequestRatio:\n      memory: "2"\n    type: Container\n  - max:\n      cpu: "1"\n    type: Pod',
      ),
    );
    run(
      pod(
        'big',
        '  - name: c\n    image: nginx\n    resources:\n      limits:\n        cpu: "1.5"\n        memory: 1Gi\n      requests:\n        cpu: 500m\n        memory: 512Mi',
      ),
    );
    expect(run('kubectl apply -f big.yaml -n demo').output).toBe(
      'Error from server (Forbidden): error when creating "big.yaml": pods "big" is forbidden: [maximum cpu usage per Container is 800m, but limit is 1500m, maximum cpu usage per Pod is 1, but limit is 1500m]\n',
    );
    run(
      pod(
        'small',
        '  - name: c\n    image: nginx\n    resources:\n      limits:\n        cpu: 800m\n        memory: 1Gi\n      requests:\n        cpu: 100m\n        memory: 256Mi',
      ),
    );
    expect(run('kubectl apply -f small.yaml -n demo').output).toBe(
      'Error from server (Forbidden): error when creating "small.yaml": pods "small" is forbidden: [minimum cpu usage per Container is 200m, but request is 100m, memory max limit to request ratio per Container is 2, but provided ratio is 4.000000]\n',
    );
    run(
      pod(
        'ok',
        '  - name: c\n    image: nginx\n    resources:\n      limits:\n        cpu: 800m\n        memory: 1Gi\n      requests:\n        cpu: 200m\n        memory: 512Mi',
      ),
    );
    expect(run('kubectl apply -f ok.yaml -n demo').output).toBe('pod/ok created\n');
  });
});

describe('kubectl describe quota', () => {
  it('Used/Hard per resource, scopes with their help text', () => {
    const run = cluster();
    run(
      'kubectl create quota mem-cpu-demo -n demo --hard=requests.cpu=1,requests.memory=1Gi,limits.cpu=2,limits.memory=2Gi',
    );
    run(
      pod(
        'q',
        '  - name: c\n    image: nginx\n    resources:\n      limits:\n        cpu: 800m\n        memory: 800Mi\n      requests:\n        cpu: 400m\n        memory: 600Mi',
      ),
    );
    run('kubectl apply -f q.yaml -n demo');
    run('sleep 5');
    expect(run('kubectl describe quota mem-cpu-demo -n demo').output).toBe(
      [
        'Name:            mem-cpu-demo',
        'Namespace:       demo',
        'Resource         Used   Hard',
        '--------         ----   ----',
        'limits.cpu       800m   2',
        'limits.memory    800Mi  2Gi',
        'requests.cpu     400m   1',
        'requests.memory  600Mi  1Gi',
        '',
      ].join('\n'),
    );
    run('kubectl create quota best -n demo --hard=pods=3 --scopes=BestEffort,NotTerminating');
    expect(run('kubectl describe quota best -n demo').output).toBe(
      [
        'Name:       best',
        'Namespace:  demo',
        'Scopes:     BestEffort, NotTerminating',
        ' * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
        ' * Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
        // A line without tabs ends the tabwriter's column block (text/tabwriter), so these columns start afresh.
        'Resource  Used  Hard',
        '--------  ----  ----',
        'pods      0     3',
        '',
      ].join('\n'),
    );
  });
});
