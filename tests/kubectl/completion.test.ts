import { completeKubectl } from '../../server/src/kubectl/completion';
import { clusterWithPods } from '../bench/kubectl';

const env = clusterWithPods(2);
const ctx = { cwd: '/home/student', home: '/home/student', vfs: env.shell.vfs, env: new Map<string, string>() };
const complete = (args: string[], partial: string): string[] =>
  [...(completeKubectl(env.kube, args, partial, ctx) ?? [])].filter((c) => c.startsWith(partial)).sort();

describe('kubectl Tab completion', () => {
  it('completes verbs, subcommands, types, short names and flags', () => {
    expect(complete([], 'ro')).toEqual(['rollout']);
    expect(complete(['rollout'], 'st')).toEqual(['status']);
    expect(complete(['get'], 'deploy')).toEqual(['deploy', 'deployments']);
    expect(complete(['get'], 'po')).toEqual(['po', 'poddisruptionbudgets', 'pods', 'podtemplates']);
    expect(complete(['get', 'pods'], '--sh')).toEqual(['--show-kind', '--show-labels', '--show-managed-fields']);
  });

  it('completes object names from the cluster', () => {
    expect(complete(['get', 'deploy'], '')).toEqual(['web']);
    expect(complete(['logs'], 'web-').length).toBe(2);
    expect(complete(['get'], 'deploy/')).toEqual(['deploy/web']);
    expect(complete(['cordon'], '')).toEqual(['minikube']);
    expect(complete(['get', 'pods', '-n'], 'kube-')).toEqual(['kube-node-lease', 'kube-public', 'kube-system']);
  });

  it('completes through the k alias in the shell', () => {
    const r = env.shell.runLine('k get deploy');
    expect(r.output).toContain('web');
  });
});
