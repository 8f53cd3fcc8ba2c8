/**
 * Label and selector formatting from k8s.io/apimachinery (labels.FormatLabels,
 * metav1.FormatLabelSelector, LabelSelectorAsSelector(...).String()).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  if (!labels) return '<none>';
  const keys = Object.keys(labels);
  if (keys.length === 0) return '<none>';
  if (keys.length > 1) keys.sort();
  let s = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    s += (i === 0 ? '' : ',') + k + '=' + labels[k];
  }
  return s;
}

/** LabelSelectorAsSelector(sel).String(): requirements sorted by key; `` for nil or empty. */
export function selectorString(sel: LabelSelector | undefined | null): string {
  if (!sel) return '';
  const reqs: [string, string][] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    switch (e.operator) {
      case 'In':
        reqs.push([e.key, `${e.key} in (${values})`]);
        break;
      case 'NotIn':
        reqs.push([e.key, `${e.key} notin (${values})`]);
        break;
      case 'Exists':
        reqs.push([e.key, e.key]);
        break;
      case 'DoesNotExist':
        reqs.push([e.key, `!${e.key}`]);
        break;
      default:
        return '<error>';
    }
  }
  reqs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return reqs.map((r) => r[1]).join(',');
}

/** metav1.FormatLabelSelector: like selectorString but `<none>` when it selects nothing in particular. */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  return selectorString(sel) || '<none>';
}
