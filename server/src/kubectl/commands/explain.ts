/**
 * `kubectl explain`: a resource's or field's documentation, from the OpenAPI v3 document the cluster publishes for
 * its group-version (the one real kubectl reads from the sandbox's Kubernetes API), rendered as kubectl v1.32
 * renders it (explain/plaintext.ts); with `-o plaintext-openapiv2`, from the Swagger 2.0 document as kubectl's
 * older explain rendered it (explain/openapiV2.ts).
 */
import type { CommandOutcome } from '../../shell/command.js';
import { openApiDocuments, openApiSource, servedTypes, type ResourceType } from '../../sim/index.js';
import { flagList } from '../cli/flags.js';
import { KubectlError, RawError } from '../errors.js';
import { api } from '../env.js';
import { renderOpenApiV2 } from '../explain/openapiV2.js';
import { renderPlaintext, type Rendered } from '../explain/plaintext.js';
import { defineCommand, type CommandInv } from './globals.js';

const explainFlags = flagList(
  {
    name: 'recursive',
    type: 'bool',
    usage:
      'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.',
  },
  { name: 'api-version', type: 'string', usage: 'Use given api-version (group/version) of the resource.' },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    default: 'plaintext',
    usage: 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).',
  },
);

/** The served types a name (`deploy`, `pods`, `Deployment`) may mean, in discovery's priority order. */
function typesNamed(inv: CommandInv<typeof explainFlags>, name: string): ResourceType[] {
  const lower = name.toLowerCase();
  const types = servedTypes(inv.env.cluster).filter(
    (t) => t.plural === lower || t.singular === lower || t.kind.toLowerCase() === lower || t.shortNames.includes(lower),
  );
  // The mapper's NoResourceMatchError reaches cmdutil.CheckErr as is, which prints it without `error: `.
  if (types.length === 0) throw new RawError(`the server doesn't have a resource type "${name}"`);
  return types;
}

/** The field names of a `.`-separated path (kubectl parses it as JSONPath `{.<path>}`, a trailing `.` dropped). */
const pathNodes = (path: string) => path.replace(/\.$/, '').split('.');

/**
 * The resource and field path an argument names (explain.SplitAndParseResourceRequestWithMatchingPrefix): the first
 * of the types whose `plural.group` begins the argument takes what follows as its fields (`deployments.apps.spec`);
 * else the first type, with the fields after the first name (so `deployment.apps` asks for a field `apps`).
 */
function target(inv: CommandInv<typeof explainFlags>, arg: string): { type: ResourceType; fields: string[] } {
  const [name = '', ...fields] = pathNodes(arg);
  const types = typesNamed(inv, name);
  const first = types[0]!;
  if (inv.flags.str('api-version')) return { type: first, fields };
  for (const type of types) {
    const groupResource = type.group ? `${type.plural}.${type.group}` : type.plural;
    if (!arg.startsWith(groupResource)) continue;
    const suffix = arg.slice(groupResource.length);
    // JSONPath `{.<suffix>}` without its first node: `.spec` parses as `..` then `spec`.
    return { type, fields: suffix ? pathNodes(suffix).slice(1) : [] };
  }
  return { type: first, fields };
}

/** `--api-version`: a group/version (schema.ParseGroupVersion), overriding the resource's. */
function groupVersion(text: string): { group: string; version: string } {
  const parts = text.split('/');
  if (parts.length === 1) return { group: '', version: text };
  if (parts.length === 2) return { group: parts[0]!, version: parts[1]! };
  throw new KubectlError(`unexpected GroupVersion string: ${text}`);
}

function explain(inv: CommandInv<typeof explainFlags>): CommandOutcome {
  if (inv.args.length === 0) {
    throw new KubectlError(
      'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  }
  if (inv.args.length > 1) throw new KubectlError('We accept only this format: explain RESOURCE');
  api(inv);
  const { type, fields } = target(inv, inv.args[0]!);
  const override = inv.flags.str('api-version');
  const { group, version } = override ? groupVersion(override) : type;
  const documents = openApiDocuments(openApiSource(inv.env.cluster));
  const recursive = inv.flags.bool('recursive');
  const format = inv.flags.str('output');
  let rendered: Rendered;
  if (format === 'plaintext-openapiv2') {
    // The explain before OpenAPI v3, from /openapi/v2 (all group-versions at once).
    rendered = renderOpenApiV2(documents.values(), { group, version, kind: type.kind, fieldPath: fields, recursive });
  } else {
    const gv = group ? `apis/${group}/${version}` : `api/${version}`;
    const document = documents.get(gv);
    if (!document) throw new KubectlError(`couldn't find resource for "${group}/${version}, Resource=${type.plural}"`);
    if (format !== 'plaintext') throw new KubectlError(`unrecognized format: ${format}`);
    const request = { group, version, resource: type.plural, fieldPath: fields, recursive };
    rendered = renderPlaintext(document, request);
  }
  if (rendered.error === undefined) return { stdout: rendered.out, stderr: '', exitCode: 0 };
  // The template has written what it had when it stops (the kind's header before an unknown field).
  inv.out.print(rendered.out);
  throw new RawError(rendered.error);
}

export const explainCommand = defineCommand({
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  short: 'Get documentation for a resource',
  long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]

 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
  example: `  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
  group: 'Basic Commands (Intermediate)',
  flags: explainFlags,
  run: explain,
});
