/**
 * Label and field selectors with the grammar of k8s.io/apimachinery/pkg/labels and /fields:
 * `app=web,tier!=db`, `env in (prod,qa)`, `!canary`, `status.phase=Running`.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { badRequest } from './errors.js';

export type Requirement =
  { key: string; op: 'in' | 'notin'; values: readonly string[] } | { key: string; op: 'exists' | '!' };

export type Selector = readonly Requirement[];

const everything: Selector = [];

/** Parses the string form used by `kubectl get -l` and by the API's `labelSelector` parameter. */
export function parseLabelSelector(text: string): Selector {
  const input = text.trim();
  if (!input) return everything;
  const out: Requirement[] = [];
  for (const part of splitTopLevel(input)) {
    const term = part.trim();
    let m: RegExpMatchArray | null;
    if ((m = /^!\s*([^\s=!(),]+)$/.exec(term))) {
      out.push({ key: checkKey(m[1] ?? ''), op: '!' });
    } else if ((m = /^([^\s=!(),]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const values = (m[3] ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      out.push({ key: checkKey(m[1] ?? ''), op: m[2] === 'in' ? 'in' : 'notin', values: values.map(checkValue) });
    } else if ((m = /^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/.exec(term))) {
      const op = m[2] === '!=' ? 'notin' : 'in';
      out.push({ key: checkKey(m[1] ?? ''), op, values: [checkValue(m[3] ?? '')] });
    } else if ((m = /^([^\s=!(),]+)$/.exec(term))) {
      out.push({ key: checkKey(m[1] ?? ''), op: 'exists' });
    } else {
      throw badRequest(`unable to parse requirement: found '${term}', expected: identifier`);
    }
  }
  return out;
}

/** Splits on commas that are not inside `( … )`. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) {
    throw badRequest(
      `unable to parse requirement: invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return key;
}

function checkValue(value: string): string {
  if (value.length > 63 || !VALUE.test(value)) {
    throw badRequest(
      `unable to parse requirement: invalid label value: "${value}": at key: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return value;
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
