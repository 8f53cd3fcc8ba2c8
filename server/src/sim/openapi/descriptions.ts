/**
 * The Kubernetes API's field documentation (descriptions, required fields, enum values) by OpenAPI schema name, as
 * `npm run generate` derives it from an installed package (server/src/cli/generateApiDocs.ts says which and why).
 * Parsed on first use and kept, once per process and thread.
 */
import { API_DOCS_JSON } from '../../generated/apiDocs.js';

export interface TypeDocs {
  readonly description?: string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly required?: readonly string[];
  readonly enums?: Readonly<Record<string, readonly string[]>>;
}

let parsed: Readonly<Record<string, TypeDocs>> | undefined;

/** `io.k8s.api.core.v1.Pod` → `IoK8sApiCoreV1Pod`, the key the generator found the type under. */
const keyOf = (schemaName: string) =>
  schemaName
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** The documentation of an OpenAPI schema name (`io.k8s.api.apps.v1.DeploymentSpec`), if known. */
export function typeDocs(schemaName: string): TypeDocs | undefined {
  parsed ??= JSON.parse(API_DOCS_JSON) as Record<string, TypeDocs>;
  const key = keyOf(schemaName);
  return Object.hasOwn(parsed, key) ? parsed[key] : undefined;
}
