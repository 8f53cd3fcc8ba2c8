/**
 * The OpenAPI v3 documents (documents.ts) as one Swagger 2.0 document, as kube-apiserver serves `/openapi/v2`: every
 * group-version's paths and schemas merged, refs to `#/definitions/…`, single-`allOf` refs as plain refs. The
 * sandbox's Kubernetes API serves it (kubeapi/openapiV2.ts) and `kubectl explain -o plaintext-openapiv2` reads it.
 */

type Json = Record<string, unknown>;
/** A path item's operations, in the order gnostic's PathItem numbers them. */
export const SWAGGER_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** The Swagger 2.0 document of these OpenAPI v3 documents (`paths` and `components.schemas` merged). */
export function swaggerV2(documents: readonly Json[]): Json {
  const paths: Json = {};
  const definitions: Json = {};
  for (const doc of documents) {
    for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) paths[path] = pathItem(item);
    const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
    for (const [name, schema] of Object.entries(schemas)) definitions[name] = toV2Schema(schema);
  }
  return { swagger: '2.0', info: { title: 'Kubernetes', version: 'v1.32.4' }, paths, definitions };
}

function pathItem(item: Json): Json {
  const out: Json = {};
  for (const method of SWAGGER_METHODS) {
    const op = item[method] as Json | undefined;
    if (!op) continue;
    const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
    const schema = body && Object.values(body)[0]?.schema;
    const parameters = [...((op.parameters as Json[] | undefined) ?? []).map(parameter)];
    if (schema && method !== 'patch') parameters.unshift({ name: 'body', in: 'body', required: true, schema });
    const ok = (op.responses as Record<string, Json> | undefined)?.['200']?.content as Record<string, Json> | undefined;
    const okSchema = ok && Object.values(ok)[0]?.schema;
    const { requestBody: _body, responses: _responses, parameters: _params, ...rest } = op;
    out[method] = {
      ...rest,
      consumes: body ? Object.keys(body) : ['*/*'],
      produces: ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'],
      parameters,
      responses: { '200': { description: 'OK', ...(okSchema ? { schema: toV2Schema(okSchema as Json) } : {}) } },
    };
  }
  if (item.parameters) out.parameters = (item.parameters as Json[]).map(parameter);
  return out;
}

function parameter(p: Json): Json {
  const { schema, ...rest } = p;
  return { ...rest, type: (schema as Json | undefined)?.type ?? 'string' };
}

/** A v3 schema as Swagger 2.0 writes it. */
export function toV2Schema(schema: Json): Json {
  const allOf = schema.allOf as Json[] | undefined;
  const { allOf: _a, oneOf, $ref, items, properties, additionalProperties, default: _d, ...rest } = schema;
  const out: Json = { ...rest };
  if (typeof $ref === 'string') out.$ref = $ref.replace('#/components/schemas/', '#/definitions/');
  if (allOf?.length === 1 && !properties) Object.assign(out, toV2Schema(allOf[0] ?? {}));
  if (oneOf) out.type = 'string'; // Quantity: a string or a number, a string in Swagger 2.0
  if (items) out.items = toV2Schema(items as Json);
  if (properties) {
    const entries = Object.entries(properties as Record<string, Json>).map(([k, v]) => [k, toV2Schema(v)]);
    out.properties = Object.fromEntries(entries);
  }
  if (additionalProperties && typeof additionalProperties === 'object') {
    out.additionalProperties = toV2Schema(additionalProperties as Json);
  }
  return out;
}
