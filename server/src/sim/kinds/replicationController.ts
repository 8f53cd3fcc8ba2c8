/**
 * ReplicationController (core/v1): SetDefaults_ReplicationController (the selector and the object's labels default to
 * the template's labels, replicas to 1) and ValidateReplicationControllerSpec (pkg/apis/core/validation): a non-empty
 * map selector that matches the template's labels, and a template whose pods restart Always.
 */
import type { ReplicationController } from 'kubernetes-types/core/v1';
import { fieldErrors, GoStringMap, type StatusCause } from '../errors.js';
import { fromMap, matches } from '../selectors.js';
import { validateLabels } from '../validation/names.js';
import { defaultPodSpec, validatePodSpec } from './podSpec.js';
import type { Draft, KindStrategy } from './strategy.js';

type RC = Draft & ReplicationController;

export const replicationControllerStrategy: KindStrategy = {
  defaults(obj) {
    const rc = obj as RC;
    const spec = (rc.spec ??= {});
    const labels = spec.template?.metadata?.labels;
    if (labels) {
      if (Object.keys(spec.selector ?? {}).length === 0) spec.selector = { ...labels };
      if (Object.keys(rc.metadata.labels ?? {}).length === 0) rc.metadata.labels = { ...labels };
    }
    spec.replicas ??= 1;
    if (spec.template?.spec) defaultPodSpec(spec.template.spec, { forTemplate: true });
  },
  validate(obj) {
    const spec = (obj as RC).spec ?? {};
    const out: StatusCause[] = [];
    const selector = spec.selector ?? {};
    if (Object.keys(selector).length === 0) out.push(fieldErrors.required('spec.selector', ''));
    if (spec.replicas !== undefined && (!Number.isInteger(spec.replicas) || spec.replicas < 0))
      out.push(fieldErrors.invalid('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
    const template = spec.template;
    if (!template) {
      out.push(fieldErrors.required('spec.template', ''));
      return out;
    }
    const labels = template.metadata?.labels ?? {};
    out.push(...validateLabels('spec.template.metadata.labels', labels));
    if (Object.keys(selector).length > 0 && !matches(fromMap(selector), labels))
      out.push(
        fieldErrors.invalid(
          'spec.template.metadata.labels',
          new GoStringMap(labels),
          '`selector` does not match template `labels`',
        ),
      );
    out.push(...validatePodSpec(template.spec, 'spec.template.spec', ['Always']));
    return out;
  },
};
