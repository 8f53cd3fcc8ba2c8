/**
 * The three patch types kubectl sends: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and
 * strategic merge patch (lists of named things merge by their key, as apimachinery's strategicpatch).
 */
import { klona } from 'klona/json';
import { applyPatch as applyJsonPatch, type Operation } from 'fast-json-patch';
import { badRequest } from './errors.js';
import type { KubeObject } from './types.js';

export type PatchType = 'strategic' | 'merge' | 'json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Merge keys of the lists that strategic merge patch merges instead of replacing, by field name
 * (the `patchMergeKey` tags of k8s.io/api). The field name is enough for the kinds we serve.
 */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  conditions: 'type',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  ownerReferences: 'uid',
  addresses: 'type',
  taints: 'key',
};

/** Service ports merge by `port`, container ports by `containerPort`. */
function mergeKeyFor(field: string, kind: string, path: readonly string[]): string | undefined {
  if (field === 'ports' && kind === 'Service' && path.length === 1 && path[0] === 'spec') return 'port';
  return MERGE_KEYS[field];
}

export function applyPatch(target: KubeObject, patch: unknown, type: PatchType, kind: string): KubeObject {
  switch (type) {
    case 'json':
      return jsonPatch(target, patch);
    case 'merge':
      return mergePatch(target as unknown as Json, asObject(patch), false, kind, []) as unknown as KubeObject;
    case 'strategic':
      return mergePatch(target as unknown as Json, asObject(patch), true, kind, []) as unknown as KubeObject;
  }
}

function asObject(patch: unknown): JsonObject {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw badRequest('json: cannot unmarshal array into Go value of type map[string]interface {}');
  }
  return patch as JsonObject;
}

function jsonPatch(target: KubeObject, patch: unknown): KubeObject {
  if (!Array.isArray(patch)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  try {
    return applyJsonPatch(klona(target), patch as Operation[], true, false).newDocument;
  } catch (err) {
    const e = err as { name?: string; message?: string; operation?: Operation };
    if (e.name === 'TEST_OPERATION_FAILED')
      throw badRequest('the server rejected our request due to an error in our request');
    const path = e.operation?.path ?? '';
    throw badRequest(
      `the server rejected our request due to an error in our request: ${e.message?.split('\n')[0] ?? ''}${path ? ` (${path})` : ''}`,
    );
  }
}

/**
 * RFC 7386 merge; with `strategic`, lists with a merge key merge element by element and honour
 * the `$patch: delete` / `$patch: replace` directives.
 */
export function mergePatch(target: Json, patch: Json, strategic: boolean, kind: string, path: string[]): Json {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return klona(patch);
  if (strategic && patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return klona(rest);
  }
  const base: JsonObject = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (strategic && key.startsWith('$')) continue;
    if (value === null) {
      delete base[key];
      continue;
    }
    const mergeKey = strategic ? mergeKeyFor(key, kind, path) : undefined;
    if (mergeKey && Array.isArray(value) && Array.isArray(base[key])) {
      base[key] = mergeList(base[key], value, mergeKey, kind, [...path, key]);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      base[key] = mergePatch(base[key] ?? null, value, strategic, kind, [...path, key]);
    } else {
      base[key] = klona(value);
    }
  }
  return base;
}

function mergeList(current: Json[], patch: Json[], mergeKey: string, kind: string, path: string[]): Json[] {
  const out = current.map((item) => klona(item));
  for (const item of patch) {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || !(mergeKey in item)) {
      out.push(klona(item));
      continue;
    }
    const id = item[mergeKey];
    const i = out.findIndex((o) => o !== null && typeof o === 'object' && !Array.isArray(o) && o[mergeKey] === id);
    if (item.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) {
      out[i] = mergePatch(out[i] ?? null, item, true, kind, path);
    } else {
      const { $patch: _, ...rest } = item;
      out.push(klona(rest));
    }
  }
  return out;
}
