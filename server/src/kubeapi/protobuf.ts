/**
 * Kubernetes protobuf request bodies (`Content-Type: application/vnd.kubernetes.protobuf`) as the JSON object the
 * same request would have carried: kubectl ≥ 1.32 sends its typed creates (`create deployment`, `auth can-i`, …)
 * this way and does not fall back to JSON on 415. Its `Accept` is `application/vnd.kubernetes.protobuf,
 * application/json`, so the replies stay JSON and nothing here encodes.
 *
 * A body is the magic `k8s\0` then a `runtime.Unknown` {typeMeta {apiVersion, kind}, raw, contentEncoding,
 * contentType}; `raw` is the object's message, decoded with the schema in sim/openapi/protoMessages.ts and rendered
 * as Go's encoding/json renders the same struct (`creationTimestamp: null`, `resources: {}`, zero `omitempty` scalars
 * dropped, bytes in base64, IntOrString and Quantity in their JSON forms), keys in Go's struct order.
 * Fields the schema does not describe are refused with a message rather than dropped unseen.
 */
import { messageFields, messageOfKind, parseFields, type ProtoField } from '../sim/index.js';
import { ProtoWireError, WireReader, WireType } from './protoWire.js';

export const PROTOBUF_CONTENT_TYPE = 'application/vnd.kubernetes.protobuf';
/** kube-apiserver's default limit on a request body (3 MiB). */
export const DEFAULT_MAX_PROTOBUF_BODY = 3 * 1024 * 1024;
/** Deeper than any Kubernetes type (a pod template in a job template in a cron job is about 12). */
const MAX_DEPTH = 32;
const MAGIC = [0x6b, 0x38, 0x73, 0x00];

export interface DecodeOptions {
  /** Bodies longer than this are refused before any decoding. */
  maxBytes?: number;
}

/** The object a protobuf request body carries, with `kind` and `apiVersion` from its envelope. */
export function decodeKubeProtobuf(body: Uint8Array, options: DecodeOptions = {}): Record<string, unknown> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PROTOBUF_BODY;
  if (body.length > maxBytes) throw new Error(`protobuf body of ${body.length} bytes exceeds ${maxBytes} bytes`);
  if (body.length < MAGIC.length || MAGIC.some((b, i) => body[i] !== b)) {
    throw new Error('protobuf body does not start with the Kubernetes magic "k8s\\x00"');
  }
  try {
    const unknown = decodeEnvelope(body);
    const message = messageOf(unknown.apiVersion, unknown.kind);
    const object = decodeMessage(body, unknown.raw.start, unknown.raw.end, message, 0);
    return { kind: unknown.kind, apiVersion: unknown.apiVersion, ...object };
  } catch (err) {
    if (err instanceof ProtoWireError) throw new Error(`malformed protobuf body: ${err.message}`, { cause: err });
    throw err;
  }
}

interface Envelope {
  apiVersion: string;
  kind: string;
  raw: { start: number; end: number };
}

function decodeEnvelope(body: Uint8Array): Envelope {
  const reader = new WireReader(body, MAGIC.length);
  const envelope: Envelope = { apiVersion: '', kind: '', raw: { start: 0, end: 0 } };
  let encoding = '';
  while (!reader.done) {
    const { field, wire } = reader.key();
    expectWire(wire, WireType.LengthDelimited, `runtime.Unknown field ${field}`);
    const value = reader.delimited();
    if (field === 1) {
      const meta = new WireReader(body, value.start, value.end);
      while (!meta.done) {
        const key = meta.key();
        expectWire(key.wire, WireType.LengthDelimited, `TypeMeta field ${key.field}`);
        const text = utf8(meta.bytes());
        if (key.field === 1) envelope.apiVersion = text;
        else if (key.field === 2) envelope.kind = text;
      }
    } else if (field === 2) envelope.raw = value;
    else if (field === 3) encoding = utf8(body.subarray(value.start, value.end));
  }
  if (encoding) throw new Error(`protobuf body with contentEncoding "${encoding}" is not supported`);
  if (!envelope.kind || !envelope.apiVersion) throw new Error('protobuf body has no apiVersion and kind');
  return envelope;
}

function messageOf(apiVersion: string, kind: string): string {
  // metav1.AddToGroupVersion registers DeleteOptions in every group version: typed clients send it under their own.
  if (kind === 'DeleteOptions') return 'meta/v1.DeleteOptions';
  const slash = apiVersion.lastIndexOf('/');
  const message = messageOfKind(slash < 0 ? '' : apiVersion.slice(0, slash), apiVersion.slice(slash + 1), kind);
  if (!message) throw new Error(`protobuf bodies of kind ${kind} in ${apiVersion} are not supported: send JSON`);
  return message;
}

interface Field extends ProtoField {
  /** A scalar Go's `omitempty` leaves out of JSON when it is zero. */
  dropZero: boolean;
}

/** The wire fields of the types whose JSON form is not an object (apimachinery's Time, IntOrString, …). */
const SPECIAL: Readonly<Record<string, string>> = {
  Quantity: '1 string s',
  Time: '1 seconds i64; 2 nanos i32',
  IntOrString: '1 type i64; 2 intVal i32; 3 strVal s',
  StringList: '1 items []s',
  FieldsV1: '1 Raw bytes',
  RawExtension: '1 raw bytes',
  MicroTime: '1 seconds i64; 2 nanos i32',
};

const SCALARS = new Set(['s', 'b', 'i32', 'i64', 'bytes']);
const schemas = new Map<string, ReadonlyMap<number, Field>>();

/** The fields of a message by number, in declaration order (Go's field order, kept in the JSON). */
function fieldsOf(message: string): ReadonlyMap<number, Field> {
  let fields = schemas.get(message);
  if (!fields) {
    const special = SPECIAL[message];
    const parsed = special ? parseFields(special) : messageFields(message);
    const dropZero = (f: ProtoField) => SCALARS.has(f.type) && !f.repeated && !f.map && !f.kept;
    fields = new Map(parsed.map((f) => [f.number, { ...f, dropZero: dropZero(f) }]));
    schemas.set(message, fields);
  }
  return fields;
}

function decodeMessage(buf: Uint8Array, start: number, end: number, message: string, depth: number) {
  if (depth > MAX_DEPTH) throw new Error(`protobuf body nests deeper than ${MAX_DEPTH} messages`);
  const fields = fieldsOf(message);
  const values = new Map<Field, unknown>();
  const reader = new WireReader(buf, start, end);
  while (!reader.done) {
    const { field: number, wire } = reader.key();
    const field = fields.get(number);
    if (!field) throw new Error(`protobuf field ${number} of ${message} is not supported: send JSON`);
    const where = `${message}.${field.json}`;
    if (field.map) {
      expectWire(wire, WireType.LengthDelimited, where);
      const entry = reader.delimited();
      const [key, value] = decodeMapEntry(buf, entry.start, entry.end, field.type, where, depth);
      const map = (values.get(field) as Record<string, unknown> | undefined) ?? {};
      // An own property even for `__proto__`: keys are the client's (a ConfigMap may have any of them).
      Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
      values.set(field, map);
    } else if (field.repeated) {
      const list = (values.get(field) as unknown[] | undefined) ?? [];
      list.push(...decodeRepeated(reader, wire, buf, field.type, where, depth));
      values.set(field, list);
    } else {
      values.set(field, decodeValue(reader, wire, buf, field.type, where, depth));
    }
  }
  const out: Record<string, unknown> = {};
  for (const field of fields.values()) {
    if (!values.has(field)) {
      if (field.kept && (field.repeated || field.map)) out[field.json] = null; // Go's JSON of a nil slice or map
      continue;
    }
    const value = values.get(field);
    if (field.dropZero && isZeroScalar(value)) continue;
    if (field.json === '...') Object.assign(out, value);
    else out[field.json] = value;
  }
  return out;
}

/** Packed (one length-delimited run) or one element per key: proto2 parsers accept both for numbers. */
function decodeRepeated(r: WireReader, wire: number, buf: Uint8Array, type: string, where: string, depth: number) {
  if (wire === WireType.LengthDelimited && (type === 'i32' || type === 'i64' || type === 'b')) {
    const run = r.delimited();
    const packed = new WireReader(buf, run.start, run.end);
    const items: unknown[] = [];
    while (!packed.done) items.push(decodeValue(packed, WireType.Varint, buf, type, where, depth));
    return items;
  }
  return [decodeValue(r, wire, buf, type, where, depth)];
}

function decodeMapEntry(buf: Uint8Array, start: number, end: number, type: string, where: string, depth: number) {
  const reader = new WireReader(buf, start, end);
  let key = '';
  let value: unknown = zeroOf(type);
  while (!reader.done) {
    const { field, wire } = reader.key();
    if (field === 1) key = decodeValue(reader, wire, buf, 's', where, depth) as string;
    else if (field === 2) value = decodeValue(reader, wire, buf, type, where, depth);
    else throw new Error(`protobuf map entry field ${field} in ${where} is not supported`);
  }
  return [key, value] as const;
}

function decodeValue(r: WireReader, wire: number, buf: Uint8Array, type: string, where: string, depth: number) {
  switch (type) {
    case 'b':
      expectWire(wire, WireType.Varint, where);
      return r.varint() !== 0n;
    case 'i32':
      expectWire(wire, WireType.Varint, where);
      return Number(BigInt.asIntN(32, r.varint()));
    case 'i64':
      expectWire(wire, WireType.Varint, where);
      return safeInteger(BigInt.asIntN(64, r.varint()), where);
  }
  expectWire(wire, WireType.LengthDelimited, where);
  const { start, end } = r.delimited();
  const bytes = buf.subarray(start, end);
  switch (type) {
    case 's':
      return utf8(bytes);
    case 'bytes':
      return Buffer.from(bytes).toString('base64');
    case 'Quantity':
      return decodeMessage(buf, start, end, 'Quantity', depth + 1).string ?? '0';
    case 'Time':
    case 'MicroTime':
      return rfc3339(decodeMessage(buf, start, end, type, depth + 1), end > start, type === 'MicroTime');
    case 'IntOrString': {
      const v = decodeMessage(buf, start, end, 'IntOrString', depth + 1);
      return v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
    }
    case 'StringList':
      return (decodeMessage(buf, start, end, 'StringList', depth + 1).items as unknown[] | undefined) ?? [];
    case 'FieldsV1':
      return parseRawJson(decodeMessage(buf, start, end, type, depth + 1).Raw, where);
    case 'RawExtension':
      return parseRawJson(decodeMessage(buf, start, end, type, depth + 1).raw, where);
    default:
      return decodeMessage(buf, start, end, type, depth + 1);
  }
}

/** metav1.Time in whole seconds, MicroTime in microseconds, UTC, RFC 3339; the zero time (empty) is `null`. */
function rfc3339(time: Record<string, unknown>, present: boolean, micro: boolean): string | null {
  if (!present) return null;
  const seconds = typeof time.seconds === 'number' ? time.seconds : 0;
  const nanos = typeof time.nanos === 'number' ? time.nanos : 0;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) throw new Error(`protobuf time ${seconds} is out of range`);
  const whole = date.toISOString().slice(0, 19);
  return micro ? `${whole}.${String(Math.floor(nanos / 1000)).padStart(6, '0')}Z` : `${whole}Z`;
}

function parseRawJson(base64: unknown, where: string): unknown {
  if (typeof base64 !== 'string' || !base64) return {};
  try {
    return JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as unknown;
  } catch (err) {
    throw new Error(`protobuf field ${where} holds invalid JSON`, { cause: err });
  }
}

/** The JSON of a map value the entry leaves out: Go's zero value of the type. */
function zeroOf(type: string): unknown {
  if (type === 'Quantity') return '0';
  if (type === 'StringList') return [];
  if (type === 'Time' || type === 'MicroTime') return null;
  if (type === 's' || type === 'bytes') return '';
  if (type === 'b') return false;
  if (type === 'i32' || type === 'i64' || type === 'IntOrString') return 0;
  return {};
}

function isZeroScalar(value: unknown): boolean {
  return value === '' || value === 0 || value === false;
}

function safeInteger(value: bigint, where: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`protobuf integer ${value} in ${where} is out of range`);
  }
  return Number(value);
}

function expectWire(actual: number, expected: number, where: string): void {
  if (actual !== expected) throw new ProtoWireError(`${where} has wire type ${actual}, expected ${expected}`);
}

const decoder = new TextDecoder('utf-8');
function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
