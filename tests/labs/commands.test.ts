import {
  canonicalCommand,
  commandLineProblem,
  lineMatches,
  parseCommandLine,
  recordMatches,
  sameCommand,
} from '../../server/src/labs/commands';
import { newSession, run } from '../shell/helpers';

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
  it('reads flags as kubectl does for each command (the cases hand tables got wrong)', () => {
    expect(lineMatches('kubectl logs --follow web', 'kubectl logs -f web')).toBe(true);
    expect(lineMatches('kubectl logs -f web', 'kubectl logs --follow=true web')).toBe(true);
    expect(lineMatches('kubectl logs -p web', 'kubectl logs --previous web')).toBe(true);
    expect(sameCommand(`kubectl patch deploy web -p '{"a":1}'`, `kubectl patch deployment web --patch='{"a":1}'`)).toBe(
      true,
    );
    expect(parseCommandLine('kubectl apply -f a.yaml -f b.yaml')[0]!.flags.get('filename')).toEqual([
      'a.yaml',
      'b.yaml',
    ]);
    expect(sameCommand('kubectl get pods -oyaml', 'kubectl get pods -o yaml')).toBe(true);
    expect(sameCommand('kubectl get pods -o=yaml', 'kubectl get pods --output=yaml')).toBe(true);
    expect(
      sameCommand('kubectl rollout status deploy/web --timeout=1m', 'kubectl rollout status deploy/web --timeout 60s'),
    ).toBe(true);
    expect(
      sameCommand(
        'kubectl create deploy web --image=nginx -r 2',
        'kubectl create deployment web --replicas=2 --image nginx',
      ),
    ).toBe(true);
    expect(sameCommand('kubectl -n x get pods', 'kubectl get pods -n x')).toBe(true);
  });
  it('names resource types as the simulator does, wherever kubectl reads a type', () => {
    expect(lineMatches('kubectl get networkpolicies', 'k get netpol')).toBe(true);
    expect(lineMatches('kubectl get networkpolicies', 'kubectl get NetworkPolicy.networking.k8s.io')).toBe(true);
    expect(sameCommand('kubectl get deploy,po', 'kubectl get deployments.apps,pods')).toBe(true);
    expect(sameCommand('kubectl auth can-i list po', 'kubectl auth can-i list pods')).toBe(true);
    expect(sameCommand('kubectl describe hpa/web', 'kubectl describe horizontalpodautoscaler web')).toBe(true);
    expect(sameCommand('kubectl port-forward svc/web 8080:80', 'kubectl port-forward services/web 8080:80')).toBe(true);
    // A pod's name is no type: `logs po` is the logs of the pod named po.
    expect(sameCommand('kubectl logs po', 'kubectl logs pods')).toBe(false);
    expect(sameCommand('kubectl get pods', 'kubectl get pods.apps')).toBe(false);
  });
  it('matches what the shell ran, not what was typed, when the log has it', () => {
    const { session } = newSession();
    run(session, "alias kgp='kubectl get pods'", 'NS=kube-system', 'kgp -n $NS', 'env kubectl version');
    const [, , typed, wrapped] = session.commandLog();
    expect(recordMatches('kubectl get pods -n kube-system', typed!)).toBe(true);
    expect(lineMatches('kubectl get pods -n kube-system', typed!.line)).toBe(false);
    expect(recordMatches('kubectl version', wrapped!)).toBe(true);
    expect(recordMatches('kubectl get pods', { line: 'k get po', exitCode: 0 })).toBe(true);
  });
  it('says why a line cannot serve as a pattern', () => {
    expect(commandLineProblem('kubectl logs -f web')).toBeUndefined();
    expect(commandLineProblem('# nothing')).toBe('is not a command line');
    expect(commandLineProblem('kubectl get pods --folow')).toMatch(/unknown flag: --folow/);
    expect(commandLineProblem('kubectl frobnicate')).toMatch(/no such command/);
    expect(commandLineProblem('grep --anything x')).toBeUndefined();
  });
});
