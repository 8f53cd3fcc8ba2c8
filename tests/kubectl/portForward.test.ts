/** `kubectl port-forward` prints kubectl's lines and makes localhost:PORT reach the pod while it runs. */
import { createEnvironment } from '../../server/src/kubectl/environment';
import { curl } from '../../server/src/kubectl/curl';

describe('kubectl port-forward', () => {
  it('forwards until Ctrl-C', () => {
    const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
    env.run('minikube start');
    env.run('kubectl create deployment web --image=nginx', { settle: true });
    env.run('kubectl expose deployment web --port=80', { settle: true });
    let out = '';
    env.shell.onOutput((d) => (out += d));
    const r = env.shell.runLine('kubectl port-forward svc/web 8080:80');
    expect(r.status).toBe('running');
    expect(r.output + out).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
    // What a `curl localhost:8080` in the student's other terminal gets while it runs:
    const during = curl(env.kube, ['-s', 'localhost:8080']);
    expect(during.stdout).toContain('<title>Welcome to nginx!</title>');
    env.shell.write('\x03');
    const after = curl(env.kube, ['localhost:8080']);
    expect(after.stderr).toBe(
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
    );
    expect(after.exitCode).toBe(7);
  });
});
