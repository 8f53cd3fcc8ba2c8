/**
 * `npm run generate` (and postinstall): the Kubernetes API's field documentation, for the OpenAPI documents the
 * sandboxes serve and for `kubectl explain` (sim/openapi/descriptions.ts), written to server/src/generated/apiDocs.ts.
 *
 * The text comes from the installed `kubernetes-models` devDependency (and its `@kubernetes-models/*` packages),
 * whose .d.ts files carry the upstream OpenAPI descriptions as JSDoc, line breaks and enum values included; it is
 * derived here rather than committed, so the repository holds no copy of Kubernetes' text, and the runtime image
 * needs no such package. The package follows Kubernetes 1.33, so fields newer than that have no description, and a
 * few 1.32 descriptions read as 1.33 worded them.
 *
 * Self-contained (node: modules only): the Dockerfile runs it before copying the sources.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A type's documentation, by JSON field name; the shape sim/openapi/descriptions.ts reads. */
interface TypeDocs {
  description?: string;
  fields?: Record<string, string>;
  required?: string[];
  enums?: Record<string, string[]>;
}

const packageDir = (name: string, from?: string) => {
  const main = require.resolve(name, from ? { paths: [from] } : undefined);
  return path.dirname(main);
};

function declarationFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    // _schemas holds the validators; index files re-export.
    if (entry.isDirectory() && entry.name !== '_schemas') declarationFiles(file, out);
    else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') out.push(file);
  }
  return out;
}

/** The generator escapes every `*` in its comments as `\*`, and the `/` that would close one as `\/`. */
const unescape = (text: string) => text.replace(/\\([*/])/g, '$1');

/**
 * One file's interface (or type alias): its JSDoc, and each property's JSDoc, whether it is optional, and the string
 * literals of a union type (an enum). A property typed as one literal is TypeMeta's (`"kind": "Pod"`), not a field.
 */
function parseDeclaration(text: string): TypeDocs {
  const docs: TypeDocs = {};
  let comment: string[] | undefined;
  let pending: string | undefined;
  let inInterface = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '/**') {
      comment = [];
    } else if (comment && trimmed === '*/') {
      pending = unescape(comment.join('\n'));
      comment = undefined;
    } else if (comment) {
      comment.push(trimmed.replace(/^\* ?/, '').replace(/^\*$/, ''));
    } else if (/^export (declare )?(interface|type) /.test(trimmed)) {
      if (pending && docs.description === undefined) docs.description = pending;
      inInterface = trimmed.includes(' interface ');
      pending = undefined;
    } else if (trimmed.startsWith('export declare class ')) {
      inInterface = false;
      pending = undefined;
    } else if (inInterface) {
      const property = /^"?([\w$-]+)"?(\?)?: (.*);$/.exec(trimmed) ?? /^"?([\w$-]+)"?(\?)?: (.*)$/.exec(trimmed);
      if (!property) continue;
      const [, name = '', optional, type = ''] = property;
      const typeMeta = /^"[^"]*";?$/.test(type);
      if (pending) (docs.fields ??= {})[name] = pending;
      if (!optional && !typeMeta) (docs.required ??= []).push(name);
      const union = /^"[^"]*"(?: \| "[^"]*")+;?$/.test(type);
      if (union) (docs.enums ??= {})[name] = [...type.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
      pending = undefined;
    }
  }
  return docs;
}

export function generateApiDocs(): Record<string, TypeDocs> {
  const models = packageDir('kubernetes-models');
  const roots = [models, packageDir('@kubernetes-models/apimachinery', models)];
  // TypeMeta's apiVersion and kind, which every kind's interface extends without documenting them again.
  const typeMeta = parseDeclaration(
    readFileSync(path.join(packageDir('@kubernetes-models/base', models), 'meta.d.ts'), 'utf8'),
  );
  const out: Record<string, TypeDocs> = {};
  for (const file of roots.flatMap((root) => declarationFiles(root))) {
    const text = readFileSync(file, 'utf8');
    // `export { IPod as IIoK8sApiCoreV1Pod, … }`: the OpenAPI name, io.k8s.api.core.v1.Pod, in PascalCase.
    const alias = /^export \{ \w+ as I(IoK8s\w+),/m.exec(text)?.[1];
    if (!alias) continue;
    const docs = parseDeclaration(text);
    if (/^export interface \w+ extends TypeMeta\b/m.test(text)) {
      docs.fields = { ...typeMeta.fields, ...docs.fields };
    }
    out[alias] = docs;
  }
  return out;
}

function main(): void {
  const models = packageDir('kubernetes-models');
  const { version } = JSON.parse(readFileSync(path.join(models, 'package.json'), 'utf8')) as { version: string };
  const json = JSON.stringify(generateApiDocs());
  const target = path.join(__dirname, '..', 'generated', 'apiDocs.ts');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(
    target,
    `// Generated by server/src/cli/generateApiDocs.ts from kubernetes-models ${version}: do not edit, do not commit.\n` +
      `export const API_DOCS_JSON = ${JSON.stringify(json)};\n`,
  );
}

if (require.main === module) main();
