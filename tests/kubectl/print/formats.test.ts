// Expected outputs follow kubectl's printers: sigs.k8s.io/yaml (go-yaml v2 emitter: sorted keys,
// unindented sequences, quoting, folding at 80 columns), encoding/json MarshalIndent with four spaces,
// -o name, custom-columns (kubectl/pkg/cmd/get/customcolumn.go), go-template (text/template with
// kubectl's funcs), --sort-by (kubectl/pkg/cmd/get/sorter.go) and get's printer-flag errors.
import {
  GET_OUTPUT_FORMATS,
  parseOutputFormat,
  printObjects,
  PrintError,
  sortObjects,
  toJson,
  toYaml,
  type KubeObject,
  type OutputSpec,
} from '../../../server/src/kubectl/print/index.js';
import { NOW, pod } from './fixtures.js';

const cm: KubeObject & { data: Record<string, string> } = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name: 'game-config',
    namespace: 'default',
    uid: '3b3b4a5c-1d2e-4f60-8a9b-0c1d2e3f4a5b',
    resourceVersion: '512',
    creationTimestamp: '2024-05-01T11:00:00Z',
    managedFields: [{ manager: 'kubectl-create', operation: 'Update', apiVersion: 'v1' }],
  },
  data: {
    'game.properties': 'enemies=aliens\nlives=3\n',
    'ui.properties': 'color.good=purple',
    enabled: 'true',
    count: '3',
  },
};

function print(objs: readonly KubeObject[], output: string, opts: { asList?: boolean } = {}): string {
  return printObjects(objs, parseOutputFormat(output), { now: NOW, ...opts });
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PrintError);
    return (e as Error).message;
  }
  return 'no error';
}

describe('-o yaml', () => {
  it('prints one object with sorted keys, quoted ambiguous strings, literal blocks, no managedFields', () => {
    expect(print([cm], 'yaml')).toBe(
      'apiVersion: v1\n' +
        'data:\n' +
        '  count: "3"\n' +
        '  enabled: "true"\n' +
        '  game.properties: |\n' +
        '    enemies=aliens\n' +
        '    lives=3\n' +
        '  ui.properties: color.good=purple\n' +
        'kind: ConfigMap\n' +
        'metadata:\n' +
        '  creationTimestamp: "2024-05-01T11:00:00Z"\n' +
        '  name: game-config\n' +
        '  namespace: default\n' +
        '  resourceVersion: "512"\n' +
        '  uid: 3b3b4a5c-1d2e-4f60-8a9b-0c1d2e3f4a5b\n',
    );
  });

  it('wraps several objects in a List', () => {
    const small = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'dev' },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    expect(print([small], 'yaml', { asList: true })).toBe(
      'apiVersion: v1\n' +
        'items:\n' +
        '- apiVersion: v1\n' +
        '  kind: Namespace\n' +
        '  metadata:\n' +
        '    name: dev\n' +
        '  spec:\n' +
        '    finalizers:\n' +
        '    - kubernetes\n' +
        '  status:\n' +
        '    phase: Active\n' +
        'kind: List\n' +
        'metadata:\n' +
        '  resourceVersion: ""\n',
    );
  });

  it('separates objects printed one by one with ---', () => {
    const a = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } };
    const b = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b' } };
    expect(print([a, b], 'yaml', { asList: false })).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n',
    );
  });

  it('prints a dry-run deployment as `kubectl create deployment --dry-run=client -o yaml` does', () => {
    // kubernetes/website docs/reference/kubectl/conventions.md shows this generated manifest.
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { creationTimestamp: null, labels: { app: 'web' }, name: 'web' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        strategy: {},
        template: {
          metadata: { creationTimestamp: null, labels: { app: 'web' } },
          spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }] },
        },
      },
      status: {},
    };
    expect(toYaml(d)).toBe(
      'apiVersion: apps/v1\n' +
        'kind: Deployment\n' +
        'metadata:\n' +
        '  creationTimestamp: null\n' +
        '  labels:\n' +
        '    app: web\n' +
        '  name: web\n' +
        'spec:\n' +
        '  replicas: 1\n' +
        '  selector:\n' +
        '    matchLabels:\n' +
        '      app: web\n' +
        '  strategy: {}\n' +
        '  template:\n' +
        '    metadata:\n' +
        '      creationTimestamp: null\n' +
        '      labels:\n' +
        '        app: web\n' +
        '    spec:\n' +
        '      containers:\n' +
        '      - image: nginx\n' +
        '        name: nginx\n' +
        '        resources: {}\n' +
        'status: {}\n',
    );
  });

  it('quotes and folds strings as go-yaml does', () => {
    const y = toYaml({
      a: "it's: here",
      b: '',
      c: 'yes',
      d: '0123',
      e: 'tab\there',
      f: '- dash',
      g: 'message: 0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available',
      h: 1.5,
      i: ['x', ['y', 'z']],
      j: 'no newline\nat end',
      k: [],
    });
    expect(y).toBe(
      "a: 'it''s: here'\n" +
        'b: ""\n' +
        'c: "yes"\n' +
        'd: "0123"\n' +
        'e: "tab\\there"\n' +
        "f: '- dash'\n" +
        "g: 'message: 0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:\n" +
        "  }. preemption: 0/1 nodes are available'\n" +
        'h: 1.5\n' +
        'i:\n' +
        '- x\n' +
        '- - "y"\n' +
        '  - z\n' +
        'j: |-\n' +
        '  no newline\n' +
        '  at end\n' +
        'k: []\n',
    );
  });

  it('sorts keys in go-yaml order (letters after other characters, numbers by value)', () => {
    expect(toYaml({ a_b: 1, aB: 2, x10: 3, x9: 4 })).toBe('a_b: 1\naB: 2\nx9: 4\nx10: 3\n');
  });
});

describe('-o json and -o name', () => {
  it('indents by four spaces, sorts keys and escapes HTML characters like encoding/json', () => {
    const obj = { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'x' }, data: { html: '<b>&</b>' } };
    expect(toJson(obj)).toBe(
      '{\n    "apiVersion": "v1",\n    "data": {\n        "html": "\\u003cb\\u003e\\u0026\\u003c/b\\u003e"\n    },\n    "kind": "ConfigMap",\n    "metadata": {\n        "name": "x"\n    }\n}\n',
    );
    expect(print([], 'json')).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
  });

  it('prints kind/name with the group', () => {
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } };
    expect(print([pod('web'), d], 'name')).toBe('pod/web\ndeployment.apps/web\n');
  });
});

describe('-o jsonpath and -o go-template', () => {
  const pods = [pod('web-1'), pod('web-2')];

  it('runs JSONPath over the object or the List', () => {
    expect(print(pods, 'jsonpath={.items[*].metadata.name}')).toBe('web-1 web-2');
    expect(print(pods, 'jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}')).toBe(
      'web-1\t10.244.0.5\nweb-2\t10.244.0.5\n',
    );
    expect(print([pods[0]!], 'jsonpath={.metadata.name}')).toBe('web-1');
    expect(print([pods[0]!], "jsonpath={.status.conditions[?(@.type=='Ready')].status}")).toBe('True');
  });

  it('reports JSONPath errors as kubectl does', () => {
    expect(errorOf(() => parseOutputFormat('jsonpath={.metadata.name'))).toBe(
      'error parsing jsonpath {.metadata.name, unclosed action\n',
    );
    expect(errorOf(() => parseOutputFormat('jsonpath='))).toBe('template format specified but no template given');
    expect(errorOf(() => print([cm], 'jsonpath={.data[0]}'))).toMatch(
      /^error executing jsonpath "\{\.data\[0\]\}": Error executing template: map\[string\]interface \{\} is not array or slice\. Printing more information for debugging the template:\n\ttemplate was:\n\t\t\{\.data\[0\]\}\n\tobject given to jsonpath engine was:\n\t\tmap\[string\]interface \{\}\{"apiVersion":"v1", /,
    );
  });

  it('runs Go templates with range, if, index, printf, base64decode and missing keys', () => {
    expect(print(pods, 'go-template={{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')).toBe('web-1\nweb-2\n');
    expect(print([cm], 'go-template={{index .data "ui.properties"}}')).toBe('color.good=purple');
    expect(print([cm], 'go-template={{if eq .kind "ConfigMap"}}yes{{else}}no{{end}}')).toBe('yes');
    expect(print([cm], 'go-template={{printf "%s has %d keys" .metadata.name (len .data)}}')).toBe(
      'game-config has 4 keys',
    );
    expect(print([cm], 'go-template={{.metadata.nothing}}')).toBe('<no value>');
    // Data numbers are float64 after kubectl's JSON round trip; len and literals are ints.
    const three = { apiVersion: 'v1', kind: 'X', metadata: { name: 'n' }, spec: { replicas: 3 } } as KubeObject;
    expect(print([three], 'go-template={{printf "%d" .spec.replicas}}')).toBe('%!d(float64=3)');
    expect(print([three], 'go-template={{if eq .spec.replicas 3.0}}three{{end}}')).toBe('three');
    expect(errorOf(() => print([three], 'go-template={{if eq .spec.replicas 3}}three{{end}}'))).toMatch(
      /executing "output" at <eq .spec.replicas 3>: error calling eq: incompatible types for comparison$/,
    );
    expect(print([cm], 'go-template={{if gt (len .data) 3}}many{{end}}')).toBe('many');
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { password: 'czNjcjN0' } };
    expect(print([secret], 'go-template={{.data.password | base64decode}}')).toBe('s3cr3t');
    expect(print([secret], 'go-template={{range $k, $v := .data}}{{$k}}={{$v}};{{end}}')).toBe('password=czNjcjN0;');
    expect(
      print(
        [{ apiVersion: 'v1', kind: 'X', metadata: { name: 'n' }, spec: { replicas: 1000000 } } as KubeObject],
        'go-template={{.spec.replicas}}',
      ),
    ).toBe('1e+06');
  });

  it('reports Go template execution errors with text/template locations', () => {
    expect(errorOf(() => print([cm], 'go-template={{.foo.bar}}'))).toBe(
      'error executing template "{{.foo.bar}}": template: output:1:2: executing "output" at <.foo.bar>: nil pointer evaluating interface {}.bar',
    );
    expect(errorOf(() => print([cm], 'go-template=x\n  {{ .metadata.name.x }}'))).toBe(
      'error executing template "x\\n  {{ .metadata.name.x }}": template: output:2:5: executing "output" at <.metadata.name.x>: can\'t evaluate field x in type string',
    );
  });

  it('reports Go template errors as kubectl does', () => {
    expect(errorOf(() => parseOutputFormat('go-template={{.metadata.name'))).toBe(
      'error parsing template {{.metadata.name, template: output:1: unclosed action\n',
    );
    expect(errorOf(() => parseOutputFormat('go-template={{nope .x}}'))).toBe(
      'error parsing template {{nope .x}}, template: output:1: function "nope" not defined\n',
    );
  });
});

describe('-o custom-columns', () => {
  it('prints the given headers and values, <none> when missing, several values comma-joined', () => {
    const p = pod('web-1', {
      spec: {
        containers: [
          { name: 'nginx', image: 'nginx:1.25' },
          { name: 'log', image: 'busybox' },
        ],
      },
    });
    // docs/reference/kubectl/_index.md (custom columns example)
    expect(
      print([p, cm], 'custom-columns=NAME:.metadata.name,IMAGES:.spec.containers[*].image,NODE:spec.nodeName'),
    ).toBe(
      'NAME          IMAGES               NODE\nweb-1         nginx:1.25,busybox   minikube\ngame-config   <none>               <none>\n',
    );
    expect(print([cm], 'custom-columns=DATA:.data')).toBe(
      'DATA\nmap[count:3 enabled:true game.properties:enemies=aliens\nlives=3\n ui.properties:color.good=purple]\n',
    );
  });

  it('rejects bad specs in kubectl wording', () => {
    expect(errorOf(() => parseOutputFormat('custom-columns='))).toBe(
      'custom-columns format specified but no custom columns given',
    );
    expect(errorOf(() => parseOutputFormat('custom-columns=NAME'))).toBe(
      'unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>',
    );
  });

  it('reads a custom-columns file', () => {
    const spec = parseOutputFormat('custom-columns-file=cols.txt', {
      readFile: () => 'NAME          RSRC\nmetadata.name metadata.resourceVersion\n',
    });
    expect(printObjects([cm], spec, { now: NOW })).toBe('NAME          RSRC\ngame-config   512\n');
  });
});

describe('-o parsing and --sort-by', () => {
  it('names the allowed formats for an unknown one', () => {
    expect(errorOf(() => parseOutputFormat('foo'))).toBe(
      'unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
    );
    expect(GET_OUTPUT_FORMATS).toContain('wide');
    const wide: OutputSpec = parseOutputFormat('wide');
    expect(wide).toEqual({ kind: 'table', wide: true });
  });

  it('sorts naturally by a JSONPath, objects without the field first', () => {
    const objs = ['pod10', 'pod2', 'pod1'].map((n) => pod(n));
    expect(sortObjects(objs, '.metadata.name').map((o) => o.metadata?.name)).toEqual(['pod1', 'pod2', 'pod10']);
    const withReplicas = [3, 1, 2].map(
      (r) => ({ apiVersion: 'v1', kind: 'X', metadata: { name: `r${r}` }, spec: { replicas: r } }) as KubeObject,
    );
    expect(sortObjects(withReplicas, '{.spec.replicas}').map((o) => o.metadata?.name)).toEqual(['r1', 'r2', 'r3']);
    expect(errorOf(() => sortObjects(objs, '.spec.nothing'))).toBe(
      'couldn\'t find any field with path "{.spec.nothing}" in the list of objects',
    );
  });
});
