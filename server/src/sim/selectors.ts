/**
 * Label and field selectors with the grammar of k8s.io/apimachinery/pkg/labels and /fields:
 * `app=web,tier!=db`, `env in (prod,qa)`, `!canary`, `status.phase=Running`.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { badRequest } from './errors.js';
import { LabelSelectorError, parseLabelRequirements } from './labelParser.js';

export type Requirement =
  | { key: string; op: 'in' | 'notin'; values: readonly string[] }
  | { key: string; op: 'exists' | '!' }
  | { key: string; op: 'gt' | 'lt'; value: number };

export type Selector = readonly Requirement[];

/** Parses the string form used by `kubectl get -l` and by the API's `labelSelector` parameter. */
export function parseLabelSelector(text: string): Selector {
  let requirements;
  try {
    requirements = parseLabelRequirements(text);
  } catch (e) {
    if (e instanceof LabelSelectorError) throw badRequest(e.message);
    throw e;
  }
  return requirements.map((r): Requirement => {
    switch (r.operator) {
      case 'in':
      case '=':
      case '==':
        return { key: r.key, op: 'in', values: r.values };
      case 'notin':
      case '!=':
        return { key: r.key, op: 'notin', values: r.values };
      case 'exists':
      case '!':
        return { key: r.key, op: r.operator };
      case 'gt':
      case 'lt':
        return { key: r.key, op: r.operator, value: Number(r.values[0]) };
    }
  });
}

/** The structured form used in specs (`spec.selector`). A null selector matches nothing, an empty one everything. */
export function fromLabelSelector(selector: LabelSelector | undefined | null): Selector | null {
  if (!selector) return null;
  const out: Requirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) out.push({ key, op: 'in', values: [value] });
  for (const expr of selector.matchExpressions ?? []) {
    switch (expr.operator) {
      case 'In':
        out.push({ key: expr.key, op: 'in', values: expr.values ?? [] });
        break;
      case 'NotIn':
        out.push({ key: expr.key, op: 'notin', values: expr.values ?? [] });
        break;
      case 'Exists':
        out.push({ key: expr.key, op: 'exists' });
        break;
      case 'DoesNotExist':
        out.push({ key: expr.key, op: '!' });
        break;
      default:
        throw badRequest(`"${expr.operator}" is not a valid label selector operator`);
    }
  }
  return out;
}

/** A Service's or ReplicationController's `map[string]string` selector. */
export function fromMap(labels: Readonly<Record<string, string>>): Selector {
  return Object.entries(labels).map(([key, value]) => ({ key, op: 'in' as const, values: [value] }));
}

export function matches(selector: Selector, labels: Readonly<Record<string, string>> | undefined): boolean {
  for (const req of selector) {
    const value = labels?.[req.key];
    switch (req.op) {
      case 'in':
        if (value === undefined || !req.values.includes(value)) return false;
        break;
      case 'notin':
        if (value !== undefined && req.values.includes(value)) return false;
        break;
      case 'exists':
        if (value === undefined) return false;
        break;
      case '!':
        if (value !== undefined) return false;
        break;
      case 'gt':
      case 'lt': {
        // A value that is no integer matches neither (strconv.ParseInt fails).
        if (value === undefined || !/^[+-]?\d+$/.test(value)) return false;
        if (req.op === 'gt' ? !(Number(value) > req.value) : !(Number(value) < req.value)) return false;
        break;
      }
    }
  }
  return true;
}

/** `app=web,tier in (fe)` — the printed form, as `kubectl describe` shows a selector. */
export function formatSelector(selector: Selector): string {
  return selector
    .map((r) => {
      switch (r.op) {
        case 'in':
          return r.values.length === 1 ? `${r.key}=${r.values[0]}` : `${r.key} in (${[...r.values].sort().join(',')})`;
        case 'notin':
          return r.values.length === 1
            ? `${r.key}!=${r.values[0]}`
            : `${r.key} notin (${[...r.values].sort().join(',')})`;
        case 'exists':
          return r.key;
        case '!':
          return `!${r.key}`;
        case 'gt':
          return `${r.key}>${r.value}`;
        case 'lt':
          return `${r.key}<${r.value}`;
      }
    })
    .join(',');
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Field selectors: only `=`, `==` and `!=` on a few fields per kind, as the API server allows. */
export function parseFieldSelector(text: string, allowed: readonly string[]): FieldRequirement[] {
  const input = text.trim();
  if (!input) return [];
  return input.split(',').map((term) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(term.trim());
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${term}'`);
    const field = (m[1] ?? '').trim();
    if (!allowed.includes(field)) {
      throw badRequest(`field label not supported: ${field}`);
    }
    return { field, op: m[2] === '!=' ? '!=' : '=', value: (m[3] ?? '').trim() };
  });
}

export function matchesFields(reqs: readonly FieldRequirement[], get: (field: string) => string): boolean {
  for (const r of reqs) {
    const actual = get(r.field);
    if (r.op === '=' ? actual !== r.value : actual === r.value) return false;
  }
  return true;
}
