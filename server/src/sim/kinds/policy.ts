/** PodDisruptionBudget, StorageClass, ResourceQuota and LimitRange validation. */
import type { LimitRange, ResourceQuota } from 'kubernetes-types/core/v1';
import { defaultLimitRangeItem } from '../admission/limitRanger.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { tryParseQuantity } from '../../lib/quantity.js';
import { fieldErrors, type StatusCause } from '../errors.js';
import type { Stored } from '../types.js';
import { validateQualifiedName } from '../validation/names.js';
import type { Draft, KindStrategy } from './strategy.js';

export const pdbStrategy: KindStrategy = {
  validate(obj) {
    const spec = (obj as Draft & PodDisruptionBudget).spec ?? {};
    const out: StatusCause[] = [];
    if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
      out.push(fieldErrors.invalid('spec', spec, 'minAvailable and maxUnavailable cannot be both set'));
    }
    for (const field of ['minAvailable', 'maxUnavailable'] as const) {
      const v = spec[field];
      if (typeof v === 'number' && v < 0)
        out.push(fieldErrors.invalid(`spec.${field}`, v, 'must be greater than or equal to 0'));
      if (typeof v === 'string' && !/^\d+%$/.test(v))
        out.push(
          fieldErrors.invalid(
            `spec.${field}`,
            v,
            "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
          ),
        );
    }
    return out;
  },
};

const BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'] as const;

export const storageClassStrategy: KindStrategy = {
  defaults(obj) {
    const sc = obj as Draft & StorageClass;
    sc.reclaimPolicy ??= 'Delete';
    sc.volumeBindingMode ??= 'Immediate';
  },
  validate(obj, old) {
    const sc = obj as Draft & StorageClass;
    const out: StatusCause[] = [];
    if (!sc.provisioner) out.push(fieldErrors.required('provisioner'));
    if (sc.volumeBindingMode && !(BINDING_MODES as readonly string[]).includes(sc.volumeBindingMode)) {
      out.push(fieldErrors.notSupported('volumeBindingMode', sc.volumeBindingMode, BINDING_MODES));
    }
    const prev = old as unknown as Stored<StorageClass> | undefined;
    if (
      prev &&
      (prev.provisioner !== sc.provisioner ||
        JSON.stringify(prev.parameters) !== JSON.stringify(sc.parameters) ||
        prev.reclaimPolicy !== sc.reclaimPolicy)
    ) {
      out.push(fieldErrors.forbidden('parameters', 'updates to parameters are forbidden.'));
    }
    return out;
  },
};

function validateQuantities(values: Readonly<Record<string, unknown>> | undefined, path: string): StatusCause[] {
  return Object.entries(values ?? {})
    .filter(([, v]) => (typeof v !== 'string' && typeof v !== 'number') || tryParseQuantity(String(v)) === undefined)
    .map(([k, v]) =>
      fieldErrors.invalid(
        `${path}[${k}]`,
        v,
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      ),
    );
}

export const resourceQuotaStrategy: KindStrategy = {
  prepareForCreate(obj) {
    const quota = obj as Draft & ResourceQuota;
    (quota as { status?: unknown }).status = { hard: { ...(quota.spec?.hard ?? {}) } };
  },
  validate: (obj) => validateQuantities((obj as Draft & ResourceQuota).spec?.hard, 'spec.hard'),
};

const LIMIT_TYPES = ['Container', 'Pod', 'PersistentVolumeClaim'] as const;

/** validateLimitRangeTypeName: a qualified name, standard unless it has a prefix. */
function validateLimitRangeType(type: string | undefined, field: string): StatusCause[] {
  const value = type ?? '';
  const problems = validateQualifiedName(field, value);
  if (problems.length > 0) return problems;
  if (!value.includes('/') && !(LIMIT_TYPES as readonly string[]).includes(value))
    return [fieldErrors.invalid(field, value, 'must be a standard limit type or fully qualified')];
  return [];
}

export const limitRangeStrategy: KindStrategy = {
  defaults(obj) {
    for (const item of (obj as Draft & LimitRange).spec?.limits ?? []) defaultLimitRangeItem(item);
  },
  validate(obj) {
    const out: StatusCause[] = [];
    ((obj as Draft & LimitRange).spec?.limits ?? []).forEach((item, i) => {
      out.push(...validateLimitRangeType(item.type, `spec.limits[${i}].type`));
      for (const field of ['default', 'defaultRequest', 'max', 'min', 'maxLimitRequestRatio'] as const) {
        out.push(...validateQuantities(item[field], `spec.limits[${i}].${field}`));
      }
    });
    return out;
  },
};
