import { createEnvironment, type Environment } from '../../server/src/kubectl/environment';

function started(): Environment {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

describe('smoke', () => {
  it('runs', () => {
    const env = started();
    env.shell.vfs.seedFile(
      '/home/student/p.yaml',
      `apiVersion: v1
kind: Pod
metadata:
  name: counter
spec:
  containers:
  - name: count
    image: busybox:1.28
    args: [/bin/sh, -c, 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done']
`,
    );
    console.log(env.run('kubectl apply -f p.yaml').output);
    env.cluster.advance(10_000);
    console.log(env.run('kubectl get pods').output);
    console.log(env.run('kubectl logs counter').output);
  });
});
