/** `kubectl edit` opens the shell's editor on the object and applies what is saved. */
import { createEnvironment } from '../../server/src/kubectl/environment';

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  env.run('kubectl create deployment web --image=nginx', { settle: true });
  let out = '';
  env.shell.onOutput((d) => (out += d));
  return { env, output: () => out };
}

describe('kubectl edit', () => {
  it('cancels when the editor quits without saving', () => {
    const { env, output } = setup();
    env.shell.runLine('kubectl edit deployment web');
    env.shell.write('\x1b:q!\r');
    expect(output()).toContain('Edit cancelled, no changes made.');
  });

  it('applies a saved change', () => {
    const { env, output } = setup();
    env.shell.runLine('KUBE_EDITOR=vi kubectl edit deployment/web');
    // vi: down to the `replicas: 1` line (the editor opens on line 2), replace the 1 with 4, write and quit.
    env.shell.write('j'.repeat(19));
    env.shell.write('$xA4\x1b');
    env.shell.write('\x1b:wq\r');
    expect(output()).toContain('deployment.apps/web edited');
    expect(env.run("kubectl get deploy web -o jsonpath='{.spec.replicas}'").output).toBe('4');
  });
});
