/**
 * The course walk-through, end to end through `kubelab sim` as a child process: start the cluster,
 * deploy from a heredoc, scale, watch a deleted pod get replaced, expose and curl the service from a
 * `kubectl run --rm -it` busybox pod, update the image and roll back, stop the cluster.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function sim(
  script: string,
  args: string[] = ['--echo', '--settle'],
): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'server/src/cli/sim.ts'), ...args], {
    input: script,
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const mask = (s: string): string =>
  s
    .replace(/-[bcdfghjklmnpqrstvwxz2456789]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, '-<pod>')
    .replace(/\b\d+s\b/g, '<age>');

const MANIFEST = [
  'cat <<EOF | kubectl apply -f -',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  replicas: 2',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '      - name: nginx',
  '        image: nginx:1.26',
  '        ports:',
  '        - containerPort: 80',
  'EOF',
];

const SCRIPT = [
  'minikube status',
  'minikube start',
  'minikube status',
  'kubectl get nodes',
  ...MANIFEST,
  'kubectl get deployments',
  'kubectl scale deployment web --replicas=3',
  'kubectl get pods -o name | wc -l',
  'kubectl delete pod $(kubectl get pods -o name | head -1 | cut -d/ -f2)',
  'kubectl get deployment web',
  'kubectl expose deployment web --port=80',
  'kubectl run -it --rm busybox --image=busybox --restart=Never -- sh',
  'wget -qO- web | grep title',
  'exit',
  'kubectl set image deployment/web nginx=nginx:1.27',
  'kubectl rollout status deployment/web',
  `kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].image}{"\\n"}'`,
  'kubectl rollout undo deployment/web',
  'kubectl rollout status deployment/web',
  `kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].image}{"\\n"}'`,
  'minikube stop',
  'kubectl get pods',
].join('\n');

describe('course walk-through in kubelab sim', () => {
  let out: { stdout: string; stderr: string; status: number | null };
  beforeAll(() => {
    out = sim(`${SCRIPT}\n`);
  });

  it('runs every step with the real output', () => {
    const s = mask(out.stdout);
    expect(out.stderr).toBe('');
    expect(s).toContain(
      '$ minikube status\n🤷  Profile "minikube" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"\n',
    );
    expect(s).toContain(
      '🏄  Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default\n',
    );
    expect(s).toContain(
      '$ minikube status\nminikube\ntype: Control Plane\nhost: Running\nkubelet: Running\napiserver: Running\nkubeconfig: Configured\n\n',
    );
    expect(s).toMatch(
      /\$ kubectl get nodes\nNAME {7}STATUS {3}ROLES {11}AGE {3}VERSION\nminikube {3}Ready {4}control-plane {3}<age> {3}v1\.32\.0\n/,
    );
    expect(s).toContain('> EOF\ndeployment.apps/web created\n');
    expect(s).toContain('$ kubectl scale deployment web --replicas=3\ndeployment.apps/web scaled\n');
    expect(s).toContain('$ kubectl get pods -o name | wc -l\n3\n');
    expect(s).toMatch(/pod "web-<pod>" deleted\n/);
    expect(s).toMatch(
      /\$ kubectl get deployment web\nNAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}3\/3 {5}3 {12}3 {11}<age>\n/,
    );
    expect(s).toContain('service/web exposed\n');
    expect(s).toContain("If you don't see a command prompt, try pressing enter.\n");
    expect(s).toContain('/ # wget -qO- web | grep title\n<title>Welcome to nginx!</title>\n');
    expect(s).toContain('pod "busybox" deleted\n');
    expect(s).toContain('deployment.apps/web image updated\n');
    expect(s).toContain('deployment "web" successfully rolled out\n');
    expect(s).toContain('nginx:1.27\n$ kubectl rollout undo deployment/web\ndeployment.apps/web rolled back\n');
    expect(s).toMatch(/nginx:1\.26\n\$ minikube stop\n/);
    expect(s).toContain('🛑  1 node stopped.\n');
    expect(s).toMatch(
      /\$ kubectl get pods\n(E\d{4} .* memcache\.go:265\] .*\n){5}The connection to the server 192\.168\.49\.2:8443 was refused - did you specify the right host or port\?\n/,
    );
    expect(out.status).toBe(1);
  });

  it('prints the help', () => {
    const r = sim('', ['--help']);
    expect(r.stdout).toContain('Usage: kubelab sim [options]');
    expect(r.status).toBe(0);
  });

  it('logs a shell in a pod as the terminal shows it, without the line editor escape sequences', () => {
    const r = sim('kubectl run web --image=nginx:1.27\nkubectl exec -it web -- bash\nnginx -v\nexit\n', [
      '--echo',
      '--settle',
      '--started',
    ]);
    expect(r.stdout).toContain(
      '$ kubectl exec -it web -- bash\nroot@web:/# nginx -v\nnginx version: nginx/1.27.3\nroot@web:/# exit\nexit\n',
    );
    expect(r.stdout).not.toContain('\x1b[?2004');
  });

  it('starts with a running cluster with --started and honours --nodes', () => {
    const r = sim('kubectl get nodes -o name\nsleep 30\n', ['--started', '--nodes', '2']);
    expect(r.stdout).toBe('node/minikube\nnode/minikube-m02\n');
  });
});
