/**
 * ValidatingAdmissionPolicy and its binding, as printers.go prints them (printValidatingAdmissionPolicy,
 * printValidatingAdmissionPolicyBinding): the number of validations and the param kind, the policy and
 * the param reference (`namespace/name`, `*\/name` without a namespace, else the selector's Go String()).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { HasMeta } from './common.js';
import { age, col, NAME } from './common.js';
import type { TablePrinter } from '../types.js';

interface Policy extends HasMeta {
  readonly spec?: {
    readonly validations?: readonly unknown[];
    readonly paramKind?: { apiVersion?: string; kind?: string };
  };
}

interface Binding extends HasMeta {
  readonly spec?: {
    readonly policyName?: string;
    readonly paramRef?: { name?: string; namespace?: string; selector?: LabelSelector };
  };
}

export const validatingAdmissionPolicyPrinter: TablePrinter<Policy> = {
  columns: [NAME, col('Validations'), col('ParamKind'), col('Age')],
  row: (p, ctx) => {
    const kind = p.spec?.paramKind;
    return [
      p.metadata?.name ?? '',
      p.spec?.validations?.length ?? 0,
      kind ? `${kind.apiVersion ?? ''}/${kind.kind ?? ''}` : '<unset>',
      age(p, ctx),
    ];
  },
};

export const validatingAdmissionPolicyBindingPrinter: TablePrinter<Binding> = {
  columns: [NAME, col('PolicyName'), col('ParamRef'), col('Age')],
  row: (b, ctx) => {
    const ref = b.spec?.paramRef;
    let param = '<unset>';
    if (ref?.name) param = ref.namespace ? `${ref.namespace}/${ref.name}` : `*/${ref.name}`;
    else if (ref?.selector) param = goLabelSelector(ref.selector);
    return [b.metadata?.name ?? '', b.spec?.policyName ?? '', param, age(b, ctx)];
  },
};

/** metav1.LabelSelector's generated String() (gogo-protobuf's `&LabelSelector{…}`). */
function goLabelSelector(s: LabelSelector): string {
  const labels = Object.keys(s.matchLabels ?? {})
    .sort()
    .map((k) => `${k}: ${s.matchLabels?.[k] ?? ''},`)
    .join('');
  const exprs = (s.matchExpressions ?? [])
    .map(
      (e) => `LabelSelectorRequirement{Key:${e.key},Operator:${e.operator},Values:[${(e.values ?? []).join(' ')}],},`,
    )
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}
