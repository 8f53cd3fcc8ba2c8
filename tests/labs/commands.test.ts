import { canonicalCommand, lineMatches, parseCommandLine, sameCommand } from '../../server/src/labs/commands';

describe('command normalisation', () => {
  it('expands the k alias and normalises flags and resource names', () => {
    const [c] = parseCommandLine('k get po -n kube-system -owide');
    expect(c).toEqual({
      program: 'kubectl',
      args: ['get', 'pods'],
      flags: new Map([
        ['namespace', ['kube-system']],
        ['output', ['wide']],
      ]),
    });
    expect(
      sameCommand('kubectl get pods -n kube-system -o wide', 'k get pod --output=wide --namespace kube-system'),
    ).toBe(true);
    expect(sameCommand('kubectl logs deployment/hello', 'kubectl logs deploy/hello')).toBe(true);
    expect(sameCommand('kubectl rollout undo deployment/web', 'kubectl rollout undo deployment web')).toBe(true);
  });
  it('splits combined short booleans and keeps what follows --', () => {
    const [c] = parseCommandLine('kubectl exec -it app -- sh -c "echo hi"');
    expect(c!.args).toEqual(['exec', 'app', '--', 'sh', '-c', 'echo hi']);
    expect(c!.flags.get('stdin')).toEqual(['true']);
    expect(c!.flags.get('tty')).toEqual(['true']);
  });
  it('tells different commands apart', () => {
    expect(sameCommand('kubectl get pods', 'kubectl get services')).toBe(false);
    expect(sameCommand('kubectl scale deployment web --replicas=5', 'kubectl scale deployment web --replicas=3')).toBe(
      false,
    );
    expect(sameCommand('kubectl get pods', 'kubectl get pods -A')).toBe(false);
  });
  it('matches patterns: words as a prefix, flags as a subset', () => {
    expect(lineMatches('kubectl describe node', 'kubectl describe no minikube')).toBe(true);
    expect(lineMatches('kubectl get pods -o wide', 'kubectl get pods -l app=web -o wide')).toBe(true);
    expect(lineMatches('kubectl get pods -o wide', 'kubectl get pods -o yaml')).toBe(false);
    expect(lineMatches('minikube status', 'FOO=1 minikube status && echo ok')).toBe(true);
    expect(lineMatches('minikube status', '# minikube status')).toBe(false);
  });
  it('has one canonical text per command', () => {
    expect(canonicalCommand('k  get   po  -owide')).toBe(canonicalCommand('kubectl get pods --output wide'));
    expect(canonicalCommand('minikube start --nodes 2')).toBe('minikube start --nodes=2');
    expect(canonicalCommand('minikube start -n 2')).toBe('minikube start --nodes=2');
  });
});
