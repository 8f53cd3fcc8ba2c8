/**
 * OpenAPI v3 component schemas of the built-in kinds, derived from their structure in protoMessages.ts: every field
 * with its JSON name and type, nested messages as `$ref`s named as Kubernetes names them
 * (`io.k8s.api.apps.v1.DeploymentSpec`), so `kubectl explain` walks and prints the real field tree with the types
 * it prints for a real cluster (`<integer>`, `<[]Container>`, `<map[string]string>`, `<IntOrString>`, `<Quantity>`).
 * What the structure does not hold is absent: descriptions, `required`, enums, and the patch merge keys (which is
 * why openapi.ts does not offer strategic merge patch for these schemas).
 */
import { messageFields } from '../sim/index.js';

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';

/** The types with a JSON form of their own: their component names and schemas, as kube-openapi publishes them. */
const SPECIAL: Readonly<Record<string, { name: string; schema: Record<string, unknown> }>> = {
  Time: { name: `${META}.Time`, schema: { type: 'string', format: 'date-time' } },
  MicroTime: { name: `${META}.MicroTime`, schema: { type: 'string', format: 'date-time' } },
  FieldsV1: { name: `${META}.FieldsV1`, schema: { type: 'object' } },
  RawExtension: { name: 'io.k8s.apimachinery.pkg.runtime.RawExtension', schema: { type: 'object' } },
  // No `type`: kubectl prints a `$ref`'s own name unless the referenced schema has a primitive type.
  IntOrString: {
    name: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
    schema: { format: 'int-or-string', 'x-kubernetes-int-or-string': true },
  },
  Quantity: {
    name: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
    schema: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  },
};

const SCALARS: Readonly<Record<string, Record<string, unknown>>> = {
  s: { type: 'string' },
  b: { type: 'boolean' },
  i32: { type: 'integer', format: 'int32' },
  i64: { type: 'integer', format: 'int64' },
  bytes: { type: 'string', format: 'byte' },
  StringList: { type: 'array', items: { type: 'string' } },
};

/** `apps/v1.DeploymentSpec` → `io.k8s.api.apps.v1.DeploymentSpec`; meta/v1 types are apimachinery's. */
export function componentName(message: string): string {
  const special = SPECIAL[message];
  if (special) return special.name;
  const [pkgVersion = '', kind = ''] = message.split('.');
  const [pkg = '', version = ''] = pkgVersion.split('/');
  return pkg === 'meta' ? `${META}.${kind}` : `io.k8s.api.${pkg}.${version}.${kind}`;
}

/**
 * The schema of a kind's message and of every message it reaches, added to `components` by name; returns the
 * kind's own schema (its `apiVersion` and `kind` included), for the caller to mark with its group-version-kind.
 */
export function addKindSchemas(message: string, components: Record<string, unknown>): Record<string, unknown> {
  const schema = messageSchema(message, components);
  const properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, ...schema.properties };
  return { ...schema, properties };
}

function messageSchema(message: string, components: Record<string, unknown>): { properties: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  for (const { json, type, repeated, map } of messageFields(message)) {
    if (json === '...') {
      Object.assign(properties, messageSchema(type, components).properties);
      continue;
    }
    const element = schemaRef(type, components);
    if (repeated) properties[json] = { type: 'array', items: element };
    else if (map) properties[json] = { type: 'object', additionalProperties: element };
    else properties[json] = element;
  }
  return { properties };
}

/** The schema of a field of this type: a scalar's own, else a `$ref` to its component (added if missing). */
export function schemaRef(type: string, components: Record<string, unknown>): Record<string, unknown> {
  const scalar = SCALARS[type];
  if (scalar) return scalar;
  const name = componentName(type);
  if (!(name in components)) {
    components[name] = {}; // claimed before recursing, so a message reached twice is described once
    const special = SPECIAL[type];
    components[name] = special ? special.schema : { type: 'object', ...messageSchema(type, components) };
  }
  return { allOf: [{ $ref: `#/components/schemas/${name}` }] };
}
