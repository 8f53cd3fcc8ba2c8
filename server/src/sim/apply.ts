/**
 * `kubectl apply`'s three-way merge: the last applied configuration (kept in an annotation), the
 * new configuration and the live object. Fields the user removed from their file are removed from
 * the object; fields set by the cluster (status, defaults, other writers) are kept.
 */
import { jsonEqual } from '../lib/json.js';
import { goJson } from '../lib/jsonpath.js';
import { klona } from 'klona/json';
import { mergePatch } from './patch.js';
import type { Draft } from './kinds/strategy.js';
import type { KubeObject, Stored } from './types.js';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * `input` is the user's configuration as given; `draft` the same with its namespace settled.
 * Returns the object to write, with the annotation updated (the API server decides whether that is a
 * change, after defaulting).
 */
export function applyConfiguration(input: KubeObject, draft: Draft, live: Stored | undefined): KubeObject {
  // The draft is the API server's own copy already; the merge below works on `live`'s copy.
  const config = draft as unknown as JsonObject;
  const configMeta = config.metadata as JsonObject;
  const annotations = { ...((configMeta.annotations as JsonObject | undefined) ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  const namespace = configMeta.namespace;
  const recorded = recordedConfiguration(input, typeof namespace === 'string' ? namespace : undefined);
  const lastApplied = lastAppliedText(recorded);
  annotations[LAST_APPLIED_ANNOTATION] = lastApplied;
  configMeta.annotations = annotations;

  if (!live) return config as unknown as KubeObject;

  const previousText = live.metadata.annotations?.[LAST_APPLIED_ANNOTATION];
  const previous = previousText ? (safeParse(previousText) ?? {}) : {};
  const patch = threeWay(previous, recorded, live as unknown as JsonObject);
  const patchMeta = (patch.metadata ?? {}) as JsonObject;
  // threeWay built the patch afresh, so it can take the annotation in place.
  const patchAnnotations = (patchMeta.annotations as JsonObject | undefined) ?? {};
  patchAnnotations[LAST_APPLIED_ANNOTATION] = lastApplied;
  patchMeta.annotations = patchAnnotations;
  patch.metadata = patchMeta;
  // Lists are replaced as a whole; the API server's defaulting then fills what the user left out,
  // so an unchanged file yields an unchanged object.
  const merged = mergePatch(klona(live) as unknown as Json, patch, false, live.kind, []) as JsonObject;
  return merged as unknown as KubeObject;
}

/**
 * The configuration kubectl records (GetModifiedConfiguration): the object as sent, its namespace filled in by the
 * resource builder, and its annotations without the last-applied one (an empty map, not none, when that was all).
 */
function recordedConfiguration(input: KubeObject, namespace: string | undefined): JsonObject {
  const recorded = klona(input) as unknown as JsonObject;
  const meta = { ...((recorded.metadata ?? {}) as JsonObject) };
  const annotations = { ...((meta.annotations as JsonObject | undefined) ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  meta.annotations = annotations;
  if (namespace !== undefined && meta.namespace === undefined) meta.namespace = namespace;
  recorded.metadata = meta;
  return recorded;
}

/** As runtime.Encode writes an unstructured object: Go's JSON (keys sorted, <>& escaped) and a newline. */
function lastAppliedText(recorded: JsonObject): string {
  return `${goJson(recorded)}\n`;
}

/** The last-applied-configuration annotation's value for `obj` (`create --save-config`, `apply`). */
export function lastAppliedConfiguration(obj: KubeObject, namespace?: string): string {
  return lastAppliedText(recordedConfiguration(obj, namespace));
}

function safeParse(text: string): JsonObject | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A patch that sets every field of `modified` that differs from `live`, and deletes (null) every
 * field that `original` had and `modified` no longer has.
 */
function threeWay(original: JsonObject, modified: JsonObject, live: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const key of Object.keys(original)) {
    if (!(key in modified)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(modified)) {
    const before = original[key];
    const current = live[key];
    if (isObject(value) && isObject(current)) {
      const sub = threeWay(isObject(before) ? before : {}, value, current);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (!jsonEqual(value, current)) {
      patch[key] = klona(value);
    }
  }
  return patch;
}

const isObject = (v: Json | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
