/**
 * Looking an image reference up: parse it, find its repository under its current name, and give the
 * facts of the tag pulled (a variant's own facts over the image's, the version the tag names).
 */
import type { ImageFacts } from './facts.js';
import { catalogueImage } from './catalogue.js';
import { canonicalName, parseReference, type ImageRef } from './reference.js';
import { variantOf, versionOf } from './tags.js';

/** An image's facts as pulled: the tag's variant applied, `{version}` resolved. */
export interface ImageInfo extends Omit<ImageFacts, 'stopMs' | 'variantFacts'> {
  /** The catalogue's name for the repository (`registry.k8s.io/echoserver` for `k8s.gcr.io/echoserver`). */
  readonly repository: string;
  readonly tag: string;
  /** The version this tag is, when the image has versions (`1.14.2` for nginx:1.14.2). */
  readonly resolvedVersion: string | undefined;
  readonly stopMs: number | undefined;
  /** Paths the HTTP server answers 200 on; undefined: any. */
  readonly httpPaths: readonly string[] | undefined;
}

export type ImageLookup =
  | { kind: 'invalid'; error: string }
  | { kind: 'unknown'; ref: ImageRef }
  | { kind: 'no-such-tag'; ref: ImageRef; facts: ImageFacts }
  | { kind: 'found'; ref: ImageRef; info: ImageInfo };

const cache = new Map<string, ImageLookup>();
/** Distinct references remembered; past this the cache starts again (students can type any name). */
const CACHE_LIMIT = 5000;

/** What the registries know of an image reference (`nginx:1.27`, `k8s.gcr.io/pause:3.9`, `busybox@sha256:…`). */
export function lookupImage(written: string): ImageLookup {
  let found = cache.get(written);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = computeLookup(written);
    cache.set(written, found);
  }
  return found;
}

function computeLookup(written: string): ImageLookup {
  const parsed = parseReference(written);
  if (!parsed.ok) return { kind: 'invalid', error: parsed.error };
  const ref = parsed.ref;
  const image = catalogueImage(canonicalName(ref.familiar));
  if (!image) return { kind: 'unknown', ref };
  // A digest names content the registry has for one of the image's tags; we cannot tell which, so any is taken.
  if (ref.digest === undefined && !image.tags.has(ref.tag)) return { kind: 'no-such-tag', ref, facts: image.facts };
  return { kind: 'found', ref, info: resolve(image.facts, image.tags, ref.tag) };
}

function resolve(facts: ImageFacts, tags: ReadonlySet<string>, tag: string): ImageInfo {
  const variant = variantOf(facts, tag);
  const own = variant === undefined ? undefined : facts.variantFacts[variant];
  const version = versionOf(facts, tags, tag);
  const fill = (s: string) => (version === undefined ? s : s.replaceAll('{version}', version));
  const { variantFacts: _variants, stopMs, ...rest } = facts;
  const merged: typeof rest = { ...rest };
  for (const [key, value] of Object.entries(own ?? {}))
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  const http =
    merged.http && 'version' in merged.http ? { ...merged.http, version: fill(merged.http.version) } : merged.http;
  return {
    ...merged,
    http,
    log: merged.log.map(fill),
    ...(merged.requiresEnv ? { requiresEnv: { ...merged.requiresEnv, log: merged.requiresEnv.log.map(fill) } } : {}),
    ...(merged.requiresArg ? { requiresArg: { ...merged.requiresArg, log: merged.requiresArg.log.map(fill) } } : {}),
    ...(merged.requiresFiles
      ? { requiresFiles: { ...merged.requiresFiles, log: merged.requiresFiles.log.map(fill) } }
      : {}),
    ...(merged.version !== undefined ? { version: fill(merged.version) } : {}),
    repository: facts.name,
    tag,
    resolvedVersion: version,
    stopMs: stopMs ?? undefined,
    httpPaths: httpPaths(http),
  };
}

function httpPaths(http: ImageFacts['http']): readonly string[] | undefined {
  if (!http) return undefined;
  if (http.kind === 'nginx' || http.kind === 'httpd') return ['/', '/index.html'];
  return http.kind === 'text' ? http.paths : undefined;
}

/**
 * The program a server image runs as its main process (`nginx`, `redis-server`, `start-zookeeper`): its
 * ENTRYPOINT's, or the CMD's behind an entrypoint script (which ends with `exec "$@"`). A container's own
 * script that starts it keeps running and serving, as the image's default process does.
 */
export function serverProgram(info: ImageInfo): string | undefined {
  if (info.behaviour !== 'serve') return undefined;
  const script = /entrypoint[^/]*\.sh$/.test(info.entrypoint[0] ?? '');
  const first = (script ? info.cmd[0] : (info.entrypoint[0] ?? info.cmd[0])) ?? '';
  const name = first.slice(first.lastIndexOf('/') + 1);
  return name === '' || name === 'sh' || name === 'bash' ? undefined : name;
}

/** `nginx -v`, `redis-server --version`: asked about itself, the server prints and exits rather than serving. */
export function servesWith(args: readonly string[]): boolean {
  return !args.some((a) => /^-(v|V|t|h|-version|-help)$/.test(a));
}
