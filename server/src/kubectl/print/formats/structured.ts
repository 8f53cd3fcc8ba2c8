/**
 * `-o json`, `-o yaml` and `-o name`, and the List wrapper kubectl prints around several objects.
 * Objects from the API server are unstructured, so keys come out sorted (encoding/json sorts map
 * keys; sigs.k8s.io/yaml goes through go-yaml, which sorts them its own way).
 */
import { goJsonIndent } from '../../../lib/jsonpath.js';
import { kindPrefix } from '../columns/index.js';
import type { KubeObject } from '../types.js';
import { toYaml } from './yaml.js';

/** kubectl get hides metadata.managedFields unless --show-managed-fields. */
export function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata?.managedFields) return obj;
  const { managedFields: _omit, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** The `kind: List` kubectl prints for several objects (and for any list request). */
export interface ListObject extends KubeObject {
  readonly items: KubeObject[];
}

export function asList(items: readonly KubeObject[]): ListObject {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}

/** json.MarshalIndent(obj, "", "    ") plus a newline; `sortKeys` false keeps struct order (dry-run objects). */
export function toJson(obj: unknown, sortKeys = true): string {
  return goJsonIndent(obj, sortKeys) + '\n';
}

export { toYaml };

/** `-o name`: `pod/web`, `deployment.apps/web`. */
export function toName(obj: KubeObject): string {
  return `${kindPrefix(obj.apiVersion, obj.kind ?? '')}/${obj.metadata?.name ?? ''}\n`;
}
