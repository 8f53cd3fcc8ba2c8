/**
 * CustomResourceDefinitions: validated as the apiextensions server does, established at once, and
 * turned into a resource type the cluster then serves (`kubectl get crontabs`).
 */
import type { CustomResourceDefinition } from 'kubernetes-types/apiextensions/v1';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { ResourceType } from '../resources.js';
import type { Writable } from '../types.js';
import type { Draft, KindStrategy } from './strategy.js';
import { validateSchemas } from './customResource/crdSchema.js';
import { servedVersion } from './customResource/strategy.js';

type Crd = Draft & Writable<CustomResourceDefinition>;

export const crdStrategy: KindStrategy = {
  prepareForCreate(obj, ctx) {
    const crd = obj as Crd;
    const at = ctx.clock.timestamp();
    crd.status = {
      acceptedNames: crd.spec.names,
      conditions: [
        {
          type: 'NamesAccepted',
          status: 'True',
          reason: 'NoConflicts',
          message: 'no conflicts found',
          lastTransitionTime: at,
        },
        {
          type: 'Established',
          status: 'True',
          reason: 'InitialNamesAccepted',
          message: 'the initial names have been accepted',
          lastTransitionTime: at,
        },
      ],
      storedVersions: crd.spec.versions.filter((v) => v.storage).map((v) => v.name),
    };
  },
  validate(obj, _old, ctx) {
    const crd = obj as Crd;
    const spec = crd.spec as Partial<CustomResourceDefinition['spec']> | undefined;
    const out: StatusCause[] = [];
    if (!spec?.group) out.push(fieldErrors.required('spec.group'));
    if (!spec?.names?.plural) out.push(fieldErrors.required('spec.names.plural'));
    if (!spec?.names?.kind) out.push(fieldErrors.required('spec.names.kind'));
    if (!spec?.scope) out.push(fieldErrors.required('spec.scope'));
    else if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster')
      out.push(fieldErrors.notSupported('spec.scope', spec.scope, ['Cluster', 'Namespaced']));
    if (!spec?.versions?.length)
      out.push(fieldErrors.required('spec.versions', 'must have exactly one version marked as storage version'));
    else if (spec.versions.filter((v) => v.storage).length !== 1) {
      out.push(
        fieldErrors.invalid('spec.versions', spec.versions, 'must have exactly one version marked as storage version'),
      );
    }
    if (spec?.versions?.length) out.push(...validateSchemas(spec.versions));
    if (spec?.group && spec.names?.plural && crd.metadata.name !== `${spec.names.plural}.${spec.group}`) {
      out.push(fieldErrors.invalid('metadata.name', crd.metadata.name, 'must be spec.names.plural+"."+spec.group'));
    }
    if (
      out.length === 0 &&
      spec?.group &&
      spec.names?.plural &&
      !ctx.store.get('customresourcedefinitions.apiextensions.k8s.io', undefined, crd.metadata.name ?? '')
    ) {
      const clash = ctx.registry.get(`${spec.names.plural}.${spec.group}`);
      if (clash) out.push(fieldErrors.invalid('metadata.name', crd.metadata.name, 'this name is already served'));
    }
    return out;
  },
};

/** The resource type a CRD defines (its storage version is the one served). */
export function crdResourceType(crd: CustomResourceDefinition): ResourceType {
  const version = servedVersion(crd);
  return {
    group: crd.spec.group,
    version: version?.name ?? 'v1',
    kind: crd.spec.names.kind,
    plural: crd.spec.names.plural,
    singular: crd.spec.names.singular ?? crd.spec.names.kind.toLowerCase(),
    shortNames: crd.spec.names.shortNames ?? [],
    namespaced: crd.spec.scope === 'Namespaced',
    categories: crd.spec.names.categories ?? [],
    verbs: ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'],
    hasStatus: !!version?.subresources?.status,
    hasScale: !!version?.subresources?.scale,
  };
}
