/**
 * kubectl reads YAML with go-yaml (sigs.k8s.io/yaml): what it takes and how it words what it refuses. Every expected
 * line was recorded with kubectl v1.32.4 on these same files (`kubectl apply -f FILE`): go-yaml's scanner errors
 * (scannerc.go: "found a tab character that violates indentation" while still in a plain scalar, "found character
 * that cannot start any token", "found unknown escape character") name the 1-based line, its parser errors ("did not
 * find expected ',' or '}'") the 0-based one; a repeated key keeps its last value.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n';

function applyFile(text: string) {
  const env = createEnvironment({
    virtualTime: true,
    cluster: { seed: 1, state: 'Absent' },
    files: { 'cm.yaml': text },
  });
  env.run('minikube start');
  return { r: env.run('kubectl apply -f cm.yaml'), run: (line: string) => env.run(line) };
}

const refusal = (message: string) => `error: error parsing cm.yaml: error converting YAML to JSON: yaml: ${message}\n`;

describe('YAML as kubectl reads it', () => {
  it.each([
    ['after a plain scalar', `${CM}  name: x\n  annotations:\n    a: b\n\tlabels: {}\n`, 7],
    ['after a list item', `${CM}  name: tabbed\n  finalizers:\n  - one\n\tlabels: {}\n`, 7],
    ['after a blank line', 'a: 1\n\n\tb: 2\n', 3],
    ['in a sequence of maps', 'a:\n  - b: c\n\td: e\n', 3],
  ])('a tab in the indentation %s violates indentation', (_where, text, line) => {
    const { r } = applyFile(text);
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.output).toBe(refusal(`line ${line}: found a tab character that violates indentation`));
  });

  it.each([
    ['a quoted scalar', `${CM}  name: tabbed\ndata:\n  a: "1"\n\tb: "2"\n`, 7],
    ['a comment', 'a: 1 # c\n\tb: 2\n', 2],
  ])('a tab in the indentation after %s cannot start a token', (_where, text, line) => {
    expect(applyFile(text).r.output).toBe(refusal(`line ${line}: found character that cannot start any token`));
  });

  it('names the line before a flow mapping item that lacks its comma', () => {
    const { r } = applyFile(
      '# a note\n{\n    "kind": "ConfigMap",\n    "apiVersion": "v1",\n    "data": {\n        "a": "b"\n        # more\n        ...\n    }\n    ...\n}\n',
    );
    expect(r.output).toBe(refusal("line 7: did not find expected ',' or '}'"));
  });

  it("takes \\' in a double-quoted string and refuses \\/", () => {
    const ok = applyFile(`${CM}  name: esc\ndata:\n  a: "it\\'s"\n`);
    expect(ok.r).toMatchObject({ exitCode: 0, output: 'configmap/esc created\n' });
    expect(ok.run("kubectl get cm esc -o jsonpath='{.data.a}'").output).toBe("it's");
    const { r } = applyFile(`${CM}  name: esc\ndata:\n  a: "it\\'s \\/ x"\n`);
    expect(r.output).toBe(refusal('line 6: found unknown escape character'));
  });

  it('keeps the last value of a repeated key', () => {
    const { r, run } = applyFile(`${CM}  name: dup\ndata:\n  a: "1"\n  a: "2"\n`);
    expect(r).toMatchObject({ exitCode: 0, output: 'configmap/dup created\n' });
    expect(run("kubectl get cm dup -o jsonpath='{.data}'").output).toBe('{"a":"2"}');
  });
});
