/**
 * `kubectl apply view-last-applied`, `set-last-applied` and `edit-last-applied` (kubernetes/kubectl pkg/cmd/apply
 * apply_view_last_applied.go, apply_set_last_applied.go, apply_edit_last_applied.go with the ApplyEditMode of
 * pkg/cmd/util/editor/editoptions.go). Expected outputs are the real kubectl v1.32.4's for the same commands
 * (tests/kubeapi/setApplyAuthSubcommands.test.ts runs both on one cluster).
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const SERVICE =
  'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
const LABELLED =
  'apiVersion: v1\nkind: Service\nmetadata: {name: web, labels: {a: b}}\nspec:\n  selector: {app: web2}\n  ports: [{port: 80}]\n';
const KUBERNETES = 'apiVersion: v1\nkind: Service\nmetadata: {name: kubernetes}\nspec:\n  ports: [{port: 443}]\n';
const ANNOTATION = "jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'";

function setup() {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'svc.yaml': SERVICE, 'svc2.yaml': LABELLED, 'kube.yaml': KUBERNETES },
  });
  env.run('minikube start');
  env.run('kubectl apply -f svc.yaml');
  const run = (line: string) => {
    const r = env.run(line);
    return { out: r.output, code: r.exitCode };
  };
  return { env, run };
}

describe('kubectl apply view-last-applied', () => {
  it('prints the annotation as YAML by default, as indented JSON with -o json', () => {
    const { run } = setup();
    expect(run('kubectl apply view-last-applied svc/web')).toEqual({
      out: `apiVersion: v1
kind: Service
metadata:
  annotations: {}
  name: web
  namespace: default
spec:
  ports:
  - port: 80
  selector:
    app: web
`,
      code: 0,
    });
    // json.Indent of the annotation: two spaces, its trailing newline kept.
    expect(run('kubectl apply view-last-applied -f svc.yaml -o json').out).toBe(`{
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {
    "annotations": {},
    "name": "web",
    "namespace": "default"
  },
  "spec": {
    "ports": [
      {
        "port": 80
      }
    ],
    "selector": {
      "app": "web"
    }
  }
}
`);
    expect(run('kubectl apply view-last-applied svc/web -o wide').out).toBe(
      "error: Unexpected -o output mode: wide, the flag 'output' must be one of yaml|json\nSee 'kubectl apply view-last-applied -h' for help and examples\n",
    );
  });

  it('says nothing of an object without the annotation named by argument, and errs for one from a file', () => {
    const { run } = setup();
    // AddSourceToErr around no error: nothing without a source; with one, kubectl's odd wording of a nil error.
    expect(run('kubectl apply view-last-applied svc/kubernetes')).toEqual({ out: '', code: 0 });
    expect(run('kubectl apply view-last-applied -f kube.yaml')).toEqual({
      out: 'error: error when no last-applied-configuration annotation found on resource: kubernetes\n "kube.yaml": <nil>\n',
      code: 1,
    });
    expect(run('kubectl apply view-last-applied svc').out).toBe(
      'error: resource(s) were provided, but no name was specified\n',
    );
    // With an explicit namespace, a type alone means all of its objects.
    expect(run('kubectl apply view-last-applied svc -n default').out).toContain('  name: web\n');
  });
});

describe('kubectl apply set-last-applied', () => {
  it('sets the annotation to the file’s object, or says no change is needed', () => {
    const { run } = setup();
    expect(run('kubectl apply set-last-applied -f svc2.yaml')).toEqual({ out: 'service/web configured\n', code: 0 });
    // GetApplyPatch: the object as read from the file, its namespace filled in, no `annotations: {}` added.
    expect(run(`kubectl get svc web -o ${ANNOTATION}`).out).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"labels":{"a":"b"},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80}],"selector":{"app":"web2"}}}\n',
    );
    // Only the annotation changes.
    expect(run("kubectl get svc web -o jsonpath='{.spec.selector}'").out).toBe('{"app":"web"}');
    expect(run('kubectl apply set-last-applied -f svc2.yaml')).toEqual({
      out: 'set-last-applied web: no changes required.\n',
      code: 0,
    });
  });

  it('needs --create-annotation for an object that has none', () => {
    const { run } = setup();
    expect(run('kubectl apply set-last-applied -f kube.yaml')).toEqual({
      out: 'error: no last-applied-configuration annotation found on resource: kubernetes, to create the annotation, run the command with --create-annotation\n',
      code: 1,
    });
    expect(run('kubectl apply set-last-applied -f kube.yaml --create-annotation --dry-run=client').out).toBe(
      'service/kubernetes configured (dry run)\n',
    );
    expect(run('kubectl apply set-last-applied -f kube.yaml --create-annotation').out).toBe(
      'service/kubernetes configured\n',
    );
    expect(run('kubectl apply view-last-applied svc/kubernetes').out).toContain('  name: kubernetes\n');
    expect(run('kubectl apply set-last-applied svc/web').out).toMatch(
      /^error: You must provide one or more resources by argument or filename\./,
    );
  });
});

describe('kubectl apply edit-last-applied', () => {
  function editing(line: string) {
    const { env, run } = setup();
    let screen = '';
    env.shell.onOutput((d) => (screen += d));
    env.shell.runLine(line);
    // The editor's first screen reaches the terminal with the first key (Escape does nothing in vi).
    env.shell.write('\x1b');
    const shown = screen;
    return {
      run,
      shown,
      keys: (k: string) => env.shell.write(k),
      /** What the command printed once the editor had closed. */
      after: () => screen.slice(screen.lastIndexOf('\x1b[?1049l') + '\x1b[?1049l'.length),
    };
  }

  it('opens the annotation under its own header and writes the saved change back as the annotation', () => {
    const { run, shown, keys, after } = editing('kubectl apply edit-last-applied svc/web');
    expect(shown).toContain("# Please edit the 'last-applied-configuration' annotations below.");
    // vi: down to `    app: web` (past the header's three lines and ten of the object), `web` made `api`.
    keys('jjjjjjjjjjjjj$xxxAapi\x1b:wq\r');
    expect(after()).toBe('service/web edited\n');
    expect(run('kubectl apply view-last-applied svc/web').out).toContain('  selector:\n    app: api\n');
    // The object itself is as it was: only its annotation was edited.
    expect(run("kubectl get svc web -o jsonpath='{.spec.selector}'").out).toBe('{"app":"web"}');
  });

  it('cancels when nothing was saved, and edits JSON with -o json (no header)', () => {
    const quit = editing('kubectl apply edit-last-applied svc/web');
    quit.keys(':q!\r');
    expect(quit.after()).toBe('Edit cancelled, no changes made.\n');
    const json = editing('kubectl apply edit-last-applied svc/web -o json');
    expect(json.shown).not.toContain('# Please edit');
    expect(json.shown).toContain('"apiVersion": "v1"');
  });

  it('refuses objects without the annotation', () => {
    const { run } = setup();
    expect(run('kubectl apply edit-last-applied svc/kubernetes')).toEqual({
      out: 'error: no last-applied-configuration annotation found on resources, to create the annotation, use command `kubectl apply set-last-applied --create-annotation`\n',
      code: 1,
    });
  });
});
