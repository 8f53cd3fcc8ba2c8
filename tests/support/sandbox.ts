// A student's sandbox for tests of the simulated cluster: our shell and kubectl on a cluster started with
// `minikube start`, on virtual time (commands that wait move the clock instead of sleeping).
import { createEnvironment, type Environment } from '../../server/src/kubectl/environment';

export function started(seed = 1): Environment {
  const env = createEnvironment({ virtualTime: true, cluster: { seed, state: 'Absent' } });
  env.run('minikube start');
  return env;
}

/** Applies a manifest from the student's home; the apply must succeed. */
export function apply(env: Environment, yaml: string): void {
  env.shell.vfs.seedFile('/home/student/m.yaml', yaml);
  expect(env.run('kubectl apply -f m.yaml').exitCode).toBe(0);
}

/** What a line prints (stdout and stderr, as the terminal shows them). */
export const run = (env: Environment, line: string): string => env.run(line).output;
