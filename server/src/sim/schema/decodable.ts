/**
 * What kube-apiserver's JSON decoding refuses before anything else (400, `<Kind> in version "<v>" cannot be handled
 * as a <Kind>: …`): a built-in kind's `spec` or `status` that is not an object, a pod spec's object field written as
 * a list, and `[]byte` fields (a Secret's data, a caBundle) that are not base64, worded as Go's encoding/json and
 * encoding/base64 word them (the first error in the order the decoder meets the fields).
 */
import { goBase64ErrorOffset } from '../../lib/goBase64.js';
import { badRequest } from '../errors.js';
import { BUILTIN_RESOURCES, type ResourceType } from '../resources.js';
import type { KubeObject } from '../types.js';
import { fieldsByName, type KeyOrder } from './fieldValidation.js';
import { messageOfKind } from '../openapi/protoMessages.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const goKindOf = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v);

/**
 * `[]byte` fields of kinds protoMessages.ts does not describe, as dotted paths (`[]`: every item of a list).
 * The webhook configurations, APIService and CRDs carry their CA bundle as one.
 */
const BYTES_PATHS: Readonly<Record<string, readonly string[]>> = {
  'apiextensions.k8s.io/CustomResourceDefinition': ['spec.conversion.webhook.clientConfig.caBundle'],
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration': ['webhooks[].clientConfig.caBundle'],
  'admissionregistration.k8s.io/MutatingWebhookConfiguration': ['webhooks[].clientConfig.caBundle'],
  'apiregistration.k8s.io/APIService': ['spec.caBundle'],
};

/** Throws the API server's 400 for a body its decoder cannot take; `version` is the body's own. */
export function checkDecodable(input: KubeObject, type: ResourceType, version: string, order: KeyOrder): void {
  const refuse = (why: string) =>
    badRequest(`${type.kind} in version "${version}" cannot be handled as a ${type.kind}: ${why}`);
  if (BUILTIN_RESOURCES.includes(type)) {
    for (const field of ['spec', 'status'] as const) {
      const value: unknown = (input as Record<string, unknown>)[field];
      if (value === undefined || value === null || isObject(value)) continue;
      const goType = `${version}.${type.kind}${field === 'spec' ? 'Spec' : 'Status'}`;
      throw refuse(
        `json: cannot unmarshal ${goKindOf(value)} into Go struct field ${type.kind}.${field} of type ${goType}`,
      );
    }
    const misshapen = podSpecShape(input);
    if (misshapen) throw refuse(`json: ${misshapen}`);
  }
  const bad = badBytes(input, type, version, order);
  if (bad !== undefined) throw refuse(`illegal base64 data at input byte ${bad}`);
}

/** Where a kind keeps its pod spec. */
const POD_SPEC_PATHS: readonly (readonly string[])[] = [
  ['spec'],
  ['spec', 'template', 'spec'],
  ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
];

/**
 * Object-typed pod spec fields written as something else (a website example writes requiredDuringScheduling... as a
 * list): Go's decoder refuses them, naming the enclosing struct, the JSON path and the field's type.
 */
function podSpecShape(input: KubeObject): string | undefined {
  for (const path of POD_SPEC_PATHS) {
    let at: unknown = input;
    for (const key of path) at = isObject(at) ? at[key] : undefined;
    const nodeAffinity = (at as { affinity?: { nodeAffinity?: Record<string, unknown> } } | undefined)?.affinity
      ?.nodeAffinity;
    const required: unknown = nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    if (required === undefined || required === null || isObject(required)) continue;
    return `cannot unmarshal ${goKindOf(required)} into Go struct field NodeAffinity.${path.join('.')}.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution of type v1.NodeSelector`;
  }
  return undefined;
}

/** The offset Go reports for the first `[]byte` field that is not base64, if any. */
function badBytes(input: KubeObject, type: ResourceType, version: string, order: KeyOrder): number | undefined {
  const message = messageOfKind(type.group, version, type.kind);
  if (message) return badBytesIn(input, message, order);
  for (const path of BYTES_PATHS[`${type.group}/${type.kind}`] ?? []) {
    const bad = badBytesAt(input, path.split('.'));
    if (bad !== undefined) return bad;
  }
  return undefined;
}

const offsetOf = (v: unknown) => (typeof v === 'string' ? goBase64ErrorOffset(v) : undefined);

function badBytesIn(value: unknown, message: string, order: KeyOrder): number | undefined {
  if (!isObject(value)) return undefined;
  const fields = fieldsByName(message);
  const keys = Object.keys(value);
  if (order === 'sorted') keys.sort();
  for (const key of keys) {
    const field = fields.get(key);
    const child = value[key];
    if (!field || child === null || child === undefined) continue;
    const items =
      field.repeated && Array.isArray(child) ? child : field.map && isObject(child) ? mapValues(child, order) : [child];
    for (const item of items) {
      const bad = field.type === 'bytes' ? offsetOf(item) : badBytesIn(item, field.type, order);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

function mapValues(map: Record<string, unknown>, order: KeyOrder): unknown[] {
  const keys = Object.keys(map);
  if (order === 'sorted') keys.sort();
  return keys.map((k) => map[k]);
}

function badBytesAt(value: unknown, path: readonly string[]): number | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return offsetOf(value);
  if (!isObject(value)) return undefined;
  const list = head.endsWith('[]');
  const child = value[list ? head.slice(0, -2) : head];
  for (const item of list ? (Array.isArray(child) ? child : []) : [child]) {
    const bad = badBytesAt(item, rest);
    if (bad !== undefined) return bad;
  }
  return undefined;
}
