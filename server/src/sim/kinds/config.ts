/**
 * ConfigMap and Secret strategies: key names, Secret types and their required keys, `stringData`
 * folded into base64 `data` as the API server does on write.
 */
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const KEY_MESSAGE =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

function validateKeys(keys: readonly string[], field: string): StatusCause[] {
  return keys
    .filter((k) => !CONFIG_KEY.test(k) || k.length > 253)
    .map((k) => fieldErrors.invalid(`${field}[${k}]`, k, KEY_MESSAGE));
}

export const configMapStrategy: KindStrategy = {
  validate(obj, old) {
    const cm = obj as Draft & ConfigMap;
    const data = Object.keys(cm.data ?? {});
    const binary = Object.keys(cm.binaryData ?? {});
    const out = [...validateKeys(data, 'data'), ...validateKeys(binary, 'binaryData')];
    for (const k of data.filter((d) => binary.includes(d)))
      out.push(fieldErrors.invalid(`data[${k}]`, k, 'duplicate of key present in binaryData'));
    const prev = old as unknown as Stored<ConfigMap> | undefined;
    if (
      prev?.immutable &&
      JSON.stringify({ d: prev.data, b: prev.binaryData }) !== JSON.stringify({ d: cm.data, b: cm.binaryData })
    ) {
      out.push(fieldErrors.forbidden('data', 'field is immutable when `immutable` is set'));
    }
    return out;
  },
};

const REQUIRED_KEYS: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/basic-auth': [],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

export const secretStrategy: KindStrategy = {
  defaults(obj) {
    const secret = obj as Draft & Secret;
    secret.type ??= 'Opaque';
    // stringData is write-only: folded into data, then dropped.
    if (secret.stringData) {
      const data = { ...secret.data };
      for (const [k, v] of Object.entries(secret.stringData))
        data[k] = Buffer.from(String(v), 'utf8').toString('base64');
      secret.data = data;
      delete secret.stringData;
    }
  },
  validate(obj, old) {
    const secret = obj as Draft & Secret;
    const keys = Object.keys(secret.data ?? {});
    const out = validateKeys(keys, 'data');
    for (const required of REQUIRED_KEYS[secret.type ?? 'Opaque'] ?? []) {
      if (!keys.includes(required)) out.push(fieldErrors.required(`data[${required}]`));
    }
    const prev = old as unknown as Stored<Secret> | undefined;
    if (prev && (prev.type ?? 'Opaque') !== (secret.type ?? 'Opaque'))
      out.push(fieldErrors.invalid('type', secret.type, 'field is immutable'));
    if (prev?.immutable && JSON.stringify(prev.data) !== JSON.stringify(secret.data)) {
      out.push(fieldErrors.forbidden('data', 'field is immutable when `immutable` is set'));
    }
    return out;
  },
  fields: { type: (o) => String((o as unknown as Secret).type ?? '') },
};
