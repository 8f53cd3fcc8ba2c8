/**
 * `/openapi/v2` for kubectl 1.27 and 1.28, which validate `create -f` and `explain` with it, and for
 * `kubectl explain -o plaintext-openapiv2`, all of which ask for it only as gnostic protobuf
 * (`application/com.github.proto-openapi.spec.v2@v1.0+protobuf`): the Swagger 2.0 document (sim/openapi/swagger.ts)
 * encoded as gnostic's `openapi.v2.Document` (its vendor extensions as YAML, of which JSON is a kind).
 */

import { SWAGGER_METHODS as METHODS } from '../sim/index.js';

/** What kubectl asks for, and what kube-openapi answers it is (an `@` is no media-type character). */
export const SWAGGER_PROTOBUF = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';
export const SWAGGER_PROTOBUF_REPLY = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

type Json = Record<string, unknown>;

const utf8 = new TextEncoder();

function varint(value: number): number[] {
  const bytes: number[] = [];
  let v = value;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return bytes;
}

/** A message under construction: its fields in order. */
class Message {
  private readonly parts: Uint8Array[] = [];

  bytes(field: number, value: Uint8Array): this {
    this.parts.push(Uint8Array.from([...varint((field << 3) | 2), ...varint(value.length)]), value);
    return this;
  }

  string(field: number, value: unknown): this {
    return typeof value === 'string' && value ? this.bytes(field, utf8.encode(value)) : this;
  }

  strings(field: number, values: unknown): this {
    for (const value of Array.isArray(values) ? values : []) this.string(field, value);
    return this;
  }

  bool(field: number, value: unknown): this {
    if (value === true) this.parts.push(Uint8Array.from([...varint(field << 3), 1]));
    return this;
  }

  message(field: number, value: Message | undefined): this {
    return value ? this.bytes(field, value.encode()) : this;
  }

  encode(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

/** `x-…` keys as NamedAny {name, value: Any {yaml}}. */
function extensions(m: Message, field: number, json: Json): Message {
  for (const [name, value] of Object.entries(json)) {
    if (!name.startsWith('x-')) continue;
    m.message(field, new Message().string(1, name).message(2, new Message().string(2, JSON.stringify(value))));
  }
  return m;
}

/** gnostic's `openapi.v2.Document` of a Swagger 2.0 document made by swaggerV2. */
export function encodeSwaggerV2(doc: Json): Uint8Array {
  const info = doc.info as Json;
  const paths = new Message();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    paths.message(2, new Message().string(1, path).message(2, encodePathItem(item)));
  }
  const definitions = new Message();
  for (const [name, schema] of Object.entries(doc.definitions as Record<string, Json>)) {
    definitions.message(1, new Message().string(1, name).message(2, encodeSchema(schema)));
  }
  return new Message()
    .string(1, doc.swagger)
    .message(2, new Message().string(1, info.title).string(2, info.version))
    .message(8, paths)
    .message(9, definitions)
    .encode();
}

function encodePathItem(item: Json): Message {
  const m = new Message();
  METHODS.forEach((method, i) => m.message(i + 2, item[method] ? encodeOperation(item[method] as Json) : undefined));
  for (const p of (item.parameters as Json[] | undefined) ?? []) m.message(9, encodeParameter(p));
  return m;
}

function encodeOperation(op: Json): Message {
  const m = new Message().strings(1, op.tags).string(5, op.operationId).strings(6, op.produces).strings(7, op.consumes);
  for (const p of (op.parameters as Json[] | undefined) ?? []) m.message(8, encodeParameter(p));
  const responses = new Message();
  for (const [code, response] of Object.entries(op.responses as Record<string, Json>)) {
    const schema = response.schema ? new Message().message(1, encodeSchema(response.schema as Json)) : undefined;
    const value = new Message().message(1, new Message().string(1, response.description).message(2, schema));
    responses.message(1, new Message().string(1, code).message(2, value));
  }
  return extensions(m.message(9, responses), 13, op);
}

/** ParametersItem {parameter: Parameter {body_parameter | non_body_parameter {query… | path…}}}. */
function encodeParameter(p: Json): Message {
  let parameter: Message;
  if (p.in === 'body') {
    const body = new Message().string(2, p.name).string(3, p.in).bool(4, p.required);
    parameter = new Message().message(1, body.message(5, encodeSchema(p.schema as Json)));
  } else {
    const sub = new Message().bool(1, p.required).string(2, p.in).string(4, p.name);
    if (p.in === 'query') sub.string(6, p.type).bool(20, p.uniqueItems);
    else sub.string(5, p.type).bool(19, p.uniqueItems);
    parameter = new Message().message(2, new Message().message(p.in === 'query' ? 3 : 4, sub));
  }
  return new Message().message(1, parameter);
}

function encodeSchema(schema: Json): Message {
  const m = new Message().string(1, schema.$ref).string(2, schema.format).string(4, schema.description);
  m.strings(19, schema.required);
  if (schema.additionalProperties) {
    m.message(21, new Message().message(1, encodeSchema(schema.additionalProperties as Json)));
  }
  if (typeof schema.type === 'string') m.message(22, new Message().string(1, schema.type));
  if (schema.items) m.message(23, new Message().message(1, encodeSchema(schema.items as Json)));
  if (schema.properties) {
    const properties = new Message();
    for (const [name, value] of Object.entries(schema.properties as Record<string, Json>)) {
      properties.message(1, new Message().string(1, name).message(2, encodeSchema(value)));
    }
    m.message(25, properties);
  }
  return extensions(m, 31, schema);
}
