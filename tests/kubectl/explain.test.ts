/**
 * `kubectl explain` in the terminal, as the real kubectl v1.32.4 prints it against the sandbox's Kubernetes API (the
 * expectations were recorded from it; tests/kubeapi/differential.test.ts compares the two command for command):
 * its layout rules, how it reads `TYPE.field.field`, and its errors. And kubectl's word wrapping on its own.
 */
import { createEnvironment } from '../../server/src/kubectl/environment';
import { wrapString } from '../../server/src/kubectl/explain/wordWrap';

const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
env.run('minikube start');
const explain = (args: string) => env.run(`kubectl explain ${args}`);
const HEADER = 'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\n';

describe('kubectl explain', () => {
  it('prints a field: its type, two blank lines, its description and those of the type it refers to', () => {
    const { output, exitCode } = explain('deployment.spec.strategy');
    expect(exitCode).toBe(0);
    expect(output).toMatch(
      /^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n\nFIELD: strategy <DeploymentStrategy>\n\n\nDESCRIPTION:\n {4}The deployment strategy to use to replace existing pods with new ones\.\n {4}DeploymentStrategy describes how to replace existing pods with new ones\.\n {4}\nFIELDS:\n/,
    );
    expect(output).toContain('  rollingUpdate\t<RollingUpdateDeployment>\n');
    expect(output).toContain('  type\t<string>\n  enum: Recreate, RollingUpdate\n');
    expect(output.endsWith('\n\n\n')).toBe(true);
  });

  it("lists a primitive field's enum values under ENUM:, one per line", () => {
    expect(explain('pods.spec.containers.ports.protocol').output).toMatch(
      /^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: protocol <string>\nENUM:\n {4}SCTP\n {4}TCP\n {4}UDP\n\nDESCRIPTION:\n/,
    );
  });

  it('marks required fields and shows four enum values at most in a field list', () => {
    const { output } = explain('pod.spec.volumes.hostPath');
    expect(output).toContain('FIELDS:\n  path\t<string> -required-\n');
    expect(output).toContain('  type\t<string>\n  enum: "", BlockDevice, CharDevice, Directory, ....\n');
  });

  it('prints the field tree with --recursive, names and types only', () => {
    const { output } = explain('deploy.spec.strategy --recursive');
    expect(output).toMatch(
      /\nFIELDS:\n {2}rollingUpdate\t<RollingUpdateDeployment>\n {4}maxSurge\t<IntOrString>\n {4}maxUnavailable\t<IntOrString>\n {2}type\t<string>\n {2}enum: Recreate, RollingUpdate\n\n$/,
    );
  });

  it('reads TYPE.group as the resource only when it begins with the plural resource.group', () => {
    expect(explain('deployments.apps').output).toMatch(
      /^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n\nDESCRIPTION:\n/,
    );
    expect(explain('deployment.apps')).toMatchObject({
      output: `${HEADER}error: field "apps" does not exist\n`,
      exitCode: 1,
    });
    expect(explain('PODS.spec.nodeName').output).toMatch(/^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: nodeName <string>\n/);
  });

  it('names the last field of the path when any field on the way does not exist', () => {
    expect(explain('deployment.spec.nope.replicas').output).toBe(`${HEADER}error: field "replicas" does not exist\n`);
    expect(explain('deployment.spec.replicas.foo').output).toBe(`${HEADER}error: field "foo" does not exist\n`);
  });

  it("explains another version with --api-version, and says which version the server's OpenAPI lacks", () => {
    expect(explain('hpa.spec --api-version=autoscaling/v1').output).toMatch(
      /^GROUP: {6}autoscaling\nKIND: {7}HorizontalPodAutoscaler\nVERSION: {4}v1\n\nFIELD: spec <HorizontalPodAutoscalerSpec>\n/,
    );
    expect(explain('deployments --api-version=apps/v1beta1').output).toBe(
      'error: couldn\'t find resource for "apps/v1beta1, Resource=deployments"\n',
    );
    expect(explain('deployments --api-version=v1').output).toBe(
      'error: GVR (/v1, Resource=deployments) not found in OpenAPI schema\n',
    );
    expect(explain('deployments --api-version=a/b/c').output).toBe('error: unexpected GroupVersion string: a/b/c\n');
  });

  it("words kubectl's usage errors", () => {
    expect(explain('frobs')).toMatchObject({
      output: 'the server doesn\'t have a resource type "frobs"\n',
      exitCode: 1,
    });
    expect(explain('deployments -o foo').output).toBe('error: unrecognized format: foo\n');
    expect(explain('a b').output).toBe('error: We accept only this format: explain RESOURCE\n');
    expect(env.run('kubectl explain').output).toBe(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  });
});

describe('kubectl explain -o plaintext-openapiv2 (the explain before OpenAPI v3)', () => {
  it('prints a primitive field as FIELD:, its description indented by 5', () => {
    expect(explain('deployment.spec.replicas -o plaintext-openapiv2').output).toBe(
      'KIND:     Deployment\nVERSION:  apps/v1\n\nFIELD:    replicas <integer>\n\nDESCRIPTION:\n' +
        '     Number of desired pods. This is a pointer to distinguish between explicit\n' +
        '     zero and not specified. Defaults to 1.\n',
    );
  });

  it('prints an object field as RESOURCE:, its descriptions apart, its fields as Object or their type', () => {
    const { output } = explain('deployment.spec.strategy -o plaintext-openapiv2');
    expect(output).toMatch(
      /^KIND: {5}Deployment\nVERSION: {2}apps\/v1\n\nRESOURCE: strategy <Object>\n\nDESCRIPTION:\n {5}The deployment strategy to use to replace existing pods with new ones\.\n\n {5}DeploymentStrategy describes how to replace existing pods with new ones\.\n\nFIELDS:\n {3}rollingUpdate\t<Object>\n/,
    );
    // Its own wrapper: a line ending in ':' and list items keep their line breaks.
    expect(output).toContain('\n     Possible enum values:\n     - `"Recreate"` Kill all existing pods');
  });

  it('says which kind the Swagger document lacks, and which field', () => {
    expect(explain('deployments --api-version=apps/v1beta1 -o plaintext-openapiv2').output).toBe(
      'error: couldn\'t find resource for "apps/v1beta1, Kind=Deployment"\n',
    );
    expect(explain('deployments.spec.nope -o plaintext-openapiv2').output).toBe('error: field "nope" does not exist\n');
  });
});

describe("kubectl's word wrapping (go-wordwrap)", () => {
  it('breaks at the last space that fits, dropping it, and keeps the line breaks it is given', () => {
    expect(wrapString('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrapString('aaa\n\nbbb ccc', 7)).toBe('aaa\n\nbbb ccc');
    expect(wrapString(' - one two', 6)).toBe(' - one\ntwo');
  });

  it('lets a word longer than the limit run past it, on a line of its own', () => {
    expect(wrapString('see https://example.com/a/long/path now', 10)).toBe('see\nhttps://example.com/a/long/path\nnow');
  });

  it('keeps trailing spaces that fit, before a line break and at the end', () => {
    expect(wrapString('ab  \ncd ', 5)).toBe('ab  \ncd ');
    expect(wrapString('abcd   ', 5)).toBe('abcd');
  });
});
