/**
 * Name and label validation with the wording of k8s.io/apimachinery/pkg/util/validation.
 */
import { fieldErrors, type StatusCause } from '../errors.js';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** `pathSegment`: RBAC objects (ValidateRBACName → path.IsValidPathSegmentName), so `system:node-proxier` is valid. */
export type NameRule = 'subdomain' | 'label' | 'dns1035' | 'pathSegment';

/** Problems with a name, as messages (empty when valid). */
export function nameProblems(name: string, rule: NameRule): string[] {
  if (rule === 'pathSegment') {
    if (name === '.' || name === '..') return [`may not be '${name}'`];
    return ['/', '%'].filter((c) => name.includes(c)).map((c) => `may not contain '${c}'`);
  }
  const out: string[] = [];
  const max = rule === 'subdomain' ? 253 : 63;
  if (name.length > max) out.push(`must be no more than ${max} characters`);
  const ok = rule === 'subdomain' ? DNS1123_SUBDOMAIN : rule === 'label' ? DNS1123_LABEL : DNS1035_LABEL;
  if (!ok.test(name)) out.push(rule === 'subdomain' ? SUBDOMAIN_MSG : rule === 'label' ? LABEL_MSG : DNS1035_MSG);
  return out;
}

export function validateName(field: string, name: string, rule: NameRule): StatusCause[] {
  return nameProblems(name, rule).map((msg) => fieldErrors.invalid(field, name, msg));
}

const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const QUALIFIED_NAME_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

/** Label (and annotation) keys: an optional DNS subdomain prefix, `/`, and a qualified name. */
export function validateLabels(field: string, labels: Readonly<Record<string, unknown>> | undefined): StatusCause[] {
  const out: StatusCause[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    out.push(...validateQualifiedName(`${field}`, key));
    if (typeof value !== 'string') out.push(fieldErrors.invalid(`${field}`, value, LABEL_VALUE_MSG));
    // One cause for a label value (its length, else its pattern).
    else if (labelValueProblems(value).length > 0)
      out.push(fieldErrors.invalid(`${field}`, value, labelValueProblems(value)[0]!));
  }
  return out;
}

/** validation.IsValidLabelValue: what is wrong with a label value (empty when valid). */
export function labelValueProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 63) out.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(value)) out.push(LABEL_VALUE_MSG);
  return out;
}

/** validation.IsQualifiedName (label keys): what is wrong with a key (empty when valid). */
export function qualifiedNameProblems(key: string): string[] {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : '';
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const out: string[] = [];
  if (slash >= 0 && (!prefix || nameProblems(prefix, 'subdomain').length > 0)) out.push(`prefix part ${SUBDOMAIN_MSG}`);
  // The emptiness or length problem, then the pattern (an empty name fails both).
  if (!name) out.push('name part must be non-empty');
  else if (name.length > 63) out.push('name part must be no more than 63 characters');
  if (!QUALIFIED_NAME.test(name)) out.push(QUALIFIED_NAME_MSG);
  return out;
}

export function validateQualifiedName(field: string, key: string): StatusCause[] {
  return qualifiedNameProblems(key).map((msg) => fieldErrors.invalid(field, key, msg));
}
