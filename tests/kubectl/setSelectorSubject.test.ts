/**
 * `kubectl set selector` (kubernetes/kubectl pkg/cmd/set/set_selector.go) and `kubectl set subject` (set_subject.go).
 * Expected outputs are the real kubectl v1.32.4's for the same commands (tests/kubeapi/setApplyAuthSubcommands.test.ts
 * runs both on one cluster).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const SERVICE =
  'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';

function setup() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'svc.yaml': SERVICE },
  });
  env.run('minikube start');
  env.run('kubectl apply -f svc.yaml');
  env.run('kubectl create deployment web --image=nginx');
  const run = (line: string) => {
    const r = env.run(line);
    return { out: r.output, code: r.exitCode };
  };
  return { env, run };
}

describe('kubectl set selector', () => {
  it('replaces a Service’s selector (the old one is overwritten, not merged)', () => {
    const { run } = setup();
    expect(run('kubectl set selector svc web app=other,tier=x')).toEqual({
      out: 'service/web selector updated\n',
      code: 0,
    });
    expect(run("kubectl get svc web -o jsonpath='{.spec.selector}'").out).toBe('{"app":"other","tier":"x"}');
    run('kubectl set selector svc/web tier=y');
    expect(run("kubectl get svc web -o jsonpath='{.spec.selector}'").out).toBe('{"tier":"y"}');
  });

  it('refuses other kinds and match expressions (updateSelectorForObject)', () => {
    const { run } = setup();
    expect(run('kubectl set selector deploy/web app=x')).toEqual({
      out: 'error: setting a selector is only supported for Services\n',
      code: 1,
    });
    expect(run("kubectl set selector svc/web 'app in (a,b),!tier'")).toEqual({
      out: 'error: match expression [{app In [a b]} {tier DoesNotExist []}] not supported on this object\n',
      code: 1,
    });
    expect(run("kubectl set selector svc/web 'app!=b'").out).toBe(
      'error: "!=" is not a valid label selector operator\n',
    );
    expect(run('kubectl set selector svc/web a=b=c').out).toBe(
      `error: couldn't parse the selector string "a=b=c": found '=', expected: ',' or 'end of string'\n`,
    );
    expect(run('kubectl set selector').out).toBe('error: one selector is required\n');
  });

  it('goes on past an object it refuses (ContinueOnError) and exits 1', () => {
    const { run } = setup();
    expect(run('kubectl set selector deploy/web svc/web app=x')).toEqual({
      out: 'service/web selector updated\nerror: setting a selector is only supported for Services\n',
      code: 1,
    });
  });

  it('sends --resource-version with the patch, so another version is a conflict', () => {
    const { run } = setup();
    expect(run('kubectl set selector svc/web app=x --resource-version=1')).toEqual({
      out: 'Error from server (Conflict): Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again\n',
      code: 1,
    });
    const rv = run("kubectl get svc web -o jsonpath='{.metadata.resourceVersion}'").out;
    expect(run(`kubectl set selector svc/web app=x --resource-version=${rv}`).code).toBe(0);
  });

  it('the help example: a generated Service through set selector --local -f - -o yaml', () => {
    const { run } = setup();
    expect(
      run(
        "kubectl create service clusterip my-svc --clusterip=None -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml",
      ).out,
    ).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: my-svc
  name: my-svc
spec:
  clusterIP: None
  selector:
    environment: qa
  type: ClusterIP
status:
  loadBalancer: {}
`);
    // As kubectl decodes the file into a v1.Service: its zero-valued fields written out.
    expect(run('kubectl set selector -f svc.yaml app=x --local -o yaml').out).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  name: web
spec:
  ports:
  - port: 80
    targetPort: 0
  selector:
    app: x
status:
  loadBalancer: {}
`);
    expect(run('kubectl set selector svc/web app=x --local').out).toBe(
      "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n",
    );
  });

  it('dry runs print and change nothing', () => {
    const { run } = setup();
    expect(run('kubectl set selector svc/web app=x --dry-run=client').out).toBe(
      'service/web selector updated (dry run)\n',
    );
    expect(run('kubectl set selector svc/web app=x --dry-run=server').out).toBe(
      'service/web selector updated (server dry run)\n',
    );
    expect(run("kubectl get svc web -o jsonpath='{.spec.selector}'").out).toBe('{"app":"web"}');
  });
});

describe('kubectl set subject', () => {
  function bindings() {
    const s = setup();
    s.run('kubectl create rolebinding rb --role=admin --user=alice');
    s.run('kubectl create clusterrolebinding crb --clusterrole=view --group=devs');
    return s;
  }
  const subjects = (run: (l: string) => { out: string }, what: string) =>
    run(`kubectl get ${what} -o jsonpath='{range .subjects[*]}{.kind}:{.namespace}:{.name} {end}'`).out;

  it('adds users, then groups, then service accounts, each sorted, none twice', () => {
    const { run } = bindings();
    expect(
      run(
        'kubectl set subject rolebinding rb --user=bob --user=alice --group=g1 --serviceaccount=default:sa1 --user=bob',
      ),
    ).toEqual({ out: 'rolebinding.rbac.authorization.k8s.io/rb subjects updated\n', code: 0 });
    expect(subjects(run, 'rolebinding rb')).toBe('User::alice User::bob Group::g1 ServiceAccount:default:sa1 ');
    // Nothing to add: no patch, nothing printed (set_subject.go skips an empty patch).
    expect(run('kubectl set subject rolebinding rb --user=alice --group=g1')).toEqual({ out: '', code: 0 });
    // A service account without a namespace takes the command's, in a RoleBinding.
    run('kubectl set subject rolebinding rb --serviceaccount=:sa2');
    expect(subjects(run, 'rolebinding rb')).toContain('ServiceAccount:default:sa2');
  });

  it('refuses a service account not written <namespace>:<name>', () => {
    const { run } = bindings();
    for (const sa of ['sa2', 'a:b:c', 'kube-system:'])
      expect(run(`kubectl set subject clusterrolebinding crb --serviceaccount=${sa}`)).toEqual({
        out: 'error: serviceaccount must be <namespace>:<name>\n',
        code: 1,
      });
    expect(run('kubectl set subject clusterrolebinding crb --serviceaccount=:sa2').out).toBe(
      'error: serviceaccount must be <namespace>:<name>, namespace must be specified\n',
    );
    expect(run('kubectl set subject clusterrolebinding crb').out).toBe(
      'error: you must specify at least one value of user, group or serviceaccount\n',
    );
  });

  it('refuses other kinds, and finds every object before changing any', () => {
    const { run } = bindings();
    expect(run('kubectl set subject deploy/web --user=x').out).toBe(
      'error: deployments/web setting subjects is only supported for RoleBinding/ClusterRoleBinding\n',
    );
    expect(run('kubectl set subject rolebinding nope rb --user=x')).toEqual({
      out: 'Error from server (NotFound): rolebindings.rbac.authorization.k8s.io "nope" not found\n',
      code: 1,
    });
    expect(subjects(run, 'rolebinding rb')).toBe('User::alice ');
    expect(run('kubectl set subject rolebinding --all -l a=b --user=x').out).toBe(
      'error: cannot set --all and --selector at the same time\n',
    );
  });

  it('prints the object as kubectl’s typed client has it (fields in Go’s order)', () => {
    const { run } = bindings();
    const json = run('kubectl set subject rolebinding rb --user=y --dry-run=server -o json').out;
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['kind', 'apiVersion', 'metadata', 'subjects', 'roleRef']);
    expect(json).toContain(
      '"kind": "User",\n            "apiGroup": "rbac.authorization.k8s.io",\n            "name": "y"',
    );
  });
});
