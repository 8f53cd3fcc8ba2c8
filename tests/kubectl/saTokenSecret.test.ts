/**
 * Long-lived service account tokens (kubernetes/website content/en/docs/tasks/configure-pod-container/
 * configure-service-account.md, "Manually create an API token for a ServiceAccount"): the tokens controller fills a
 * `kubernetes.io/service-account-token` Secret with ca.crt, namespace and token, and deletes it with its account.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const SECRET = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Secret
metadata:
  name: build-robot-secret
  annotations:
    kubernetes.io/service-account.name: build-robot
type: kubernetes.io/service-account-token
EOF`;

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

describe('service account token Secrets', () => {
  it('are populated by the tokens controller, and the token names the account', () => {
    const env = setup();
    env.run('kubectl create serviceaccount build-robot');
    expect(env.run(SECRET, { settle: true }).output).toBe('secret/build-robot-secret created\n');
    const described = env.run('kubectl describe secrets/build-robot-secret').output;
    expect(described).toMatch(
      /\nType: {2}kubernetes\.io\/service-account-token\n\nData\n====\nca\.crt: {5}\d+ bytes\nnamespace: {2}7 bytes\ntoken: {6}ey[\w-]+\.ey[\w-]+\.[\w-]+\n$/,
    );
    expect(described).toContain('kubernetes.io/service-account.uid: ');
    const token = /token:\s+(\S+)/.exec(described)?.[1] ?? '';
    expect(env.run(`kubectl auth whoami --token=${token}`).output).toContain(
      'Username    system:serviceaccount:default:build-robot\n',
    );
    env.run('kubectl delete serviceaccount build-robot', { settle: true });
    expect(env.run('kubectl get secret build-robot-secret').output).toBe(
      'Error from server (NotFound): secrets "build-robot-secret" not found\n',
    );
  });

  it('are deleted when the account they name does not exist', () => {
    const env = setup();
    env.run(SECRET, { settle: true });
    expect(env.run('kubectl get secret build-robot-secret').output).toBe(
      'Error from server (NotFound): secrets "build-robot-secret" not found\n',
    );
  });
});
