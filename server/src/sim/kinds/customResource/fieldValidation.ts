/**
 * What `?fieldValidation=` (KEP-2885) makes of the fields a custom resource's decoding pruned, worded as
 * kube-apiserver words them: a body (create, update) is refused as `<Kind> in version "<v>" cannot be handled as a
 * <Kind>: strict decoding error: unknown field "spec.foo"` (apiserver pkg/endpoints/handlers/rest.go,
 * transformDecodeError), a patched object as an Invalid `patch` (handlers/patch.go, applyPatchToCurrentObject);
 * Warn (the default) answers with one warning per field; Ignore says nothing.
 */
import { goJson } from '../../../lib/jsonpath.js';
import { badRequest, invalid, StatusError } from '../../errors.js';
import type { ResourceType } from '../../resources.js';
import type { FieldValidation } from '../../schema/fieldValidation.js';
import type { Draft } from '../strategy.js';
import type { CustomResourceStrategy } from './strategy.js';
import { fieldError } from './schema.js';

/** How the object came: as the request's body, or as the current object with a patch applied. */
export type Decoded = 'body' | 'patch';

/** Decodes (prunes and defaults) `draft` in place; throws for Strict, warns for Warn. */
export function decodeCustomResource(
  strategy: CustomResourceStrategy,
  draft: Draft,
  type: ResourceType,
  how: Decoded,
  directive: FieldValidation,
  warn: (warnings: string[]) => void,
): void {
  // The patched object as encoding/json writes it, for the error; measured before pruning changes it.
  const before = how === 'patch' && directive === 'Strict' ? goJson(draft) : '';
  const unknown = strategy.decode(draft);
  if (unknown.length === 0 || directive === 'Ignore') return;
  const words = unknown.map((p) => `unknown field "${p}"`);
  if (directive === 'Warn') {
    warn(words);
    return;
  }
  const detail = `strict decoding error: ${words.join(', ')}`;
  if (how === 'patch') throw invalid('', '', '', [fieldError.invalid('patch', before, detail)]);
  throw badRequest(`${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: ${detail}`);
}

/**
 * Server-side apply types the configuration with the CRD's schema first: structured-merge-diff refuses fields it
 * does not declare, whatever the directive (500, `failed to create typed patch object (…): .spec.foo: field not
 * declared in schema`).
 */
export function checkAppliedCustomFields(strategy: CustomResourceStrategy, config: Draft, type: ResourceType): void {
  const unknown = strategy.decode(structuredClone(config));
  if (unknown.length === 0) return;
  const gvk = `${type.group}/${type.version}, Kind=${type.kind}`;
  const where = `${config.metadata.namespace ?? ''}/${config.metadata.name ?? ''}`;
  const errors = unknown.map((p) => `.${p}: field not declared in schema`);
  const text = errors.length === 1 ? errors[0]! : ['errors:', ...errors.map((e) => `  ${e}`)].join('\n');
  throw new StatusError('', `failed to create typed patch object (${where}; ${gvk}): ${text}`);
}

/** Custom resources take JSON patch, merge patch and apply, not strategic merge patch (customresource_handler.go). */
export function unsupportedPatch(): StatusError {
  return new StatusError(
    'UnsupportedMediaType',
    'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
  );
}
