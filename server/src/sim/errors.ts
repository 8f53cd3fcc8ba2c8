/**
 * API errors with the shapes and wording of kube-apiserver (k8s.io/apimachinery/pkg/api/errors),
 * so kubectl can print `Error from server (NotFound): pods "web" not found` verbatim.
 */
export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'Forbidden'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'Gone'
  | 'TooManyRequests'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'NoMatchesForKind'
  | 'InternalError'
  /** A ValidatingAdmissionPolicy validation may answer with it. */
  | 'Unauthorized'
  /** metav1.StatusReasonUnknown: an error that is no API status (a storage failure), 500. */
  | '';

export interface StatusCause {
  /** e.g. `FieldValueInvalid`, `FieldValueRequired`. */
  reason: string;
  message: string;
  field: string;
}

const codes: Record<StatusReason, number> = {
  NotFound: 404,
  AlreadyExists: 409,
  Conflict: 409,
  Invalid: 422,
  Forbidden: 403,
  BadRequest: 400,
  MethodNotAllowed: 405,
  Gone: 410,
  TooManyRequests: 429,
  RequestEntityTooLarge: 413,
  UnsupportedMediaType: 415,
  NoMatchesForKind: 404,
  InternalError: 500,
  Unauthorized: 401,
  '': 500,
};

/** Which object an error is about (kubectl words Invalid errors from these). */
export interface StatusDetails {
  kind: string;
  group: string;
  name: string;
}

export class StatusError extends Error {
  readonly code: number;
  constructor(
    readonly reason: StatusReason,
    message: string,
    readonly causes: readonly StatusCause[] = [],
    readonly details?: StatusDetails,
  ) {
    super(message);
    this.name = 'StatusError';
    this.code = codes[reason];
  }
}

export function isStatusError(err: unknown, reason?: StatusReason): err is StatusError {
  return err instanceof StatusError && (reason === undefined || err.reason === reason);
}

/** `resource` is the plural with its group, as the API server words it: `pods`, `deployments.apps`. */
export const notFound = (resource: string, name: string) =>
  new StatusError('NotFound', `${resource} "${name}" not found`);

export const alreadyExists = (resource: string, name: string) =>
  new StatusError('AlreadyExists', `${resource} "${name}" already exists`);

export const conflict = (
  resource: string,
  name: string,
  why = 'the object has been modified; please apply your changes to the latest version and try again',
) => new StatusError('Conflict', `Operation cannot be fulfilled on ${resource} "${name}": ${why}`);

/**
 * `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`
 * (kubectl rewords it as `The Deployment "web" is invalid: …` from the details).
 */
export function invalid(kind: string, group: string, name: string, causes: readonly StatusCause[]): StatusError {
  const detail = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const joined = detail.length === 1 ? detail[0] : `[${detail.join(', ')}]`;
  const qualified = group ? `${kind}.${group}` : kind;
  return new StatusError('Invalid', `${qualified} "${name}" is invalid: ${joined}`, causes, { kind, group, name });
}

export const forbidden = (message: string) => new StatusError('Forbidden', message);

export const badRequest = (message: string) => new StatusError('BadRequest', message);

/** What kubectl prints for a kind no API group serves. */
export const noMatchesForKind = (kind: string, apiVersion: string) =>
  new StatusError(
    'NoMatchesForKind',
    `resource mapping not found for name: "" namespace: "" from "": no matches for kind "${kind}" in version "${apiVersion}"`,
  );

export const tooLarge = (message: string) => new StatusError('RequestEntityTooLarge', message);

/**
 * A write etcd refuses over its space quota (`--quota-backend-bytes`): etcd's ErrGRPCNoSpace
 * (api/v3rpc/rpctypes), which kube-apiserver passes on as it is: not an API status, so
 * responsewriters.ErrorToAPIStatus makes it a 500 with reason Unknown and etcd's message.
 */
export const databaseSpaceExceeded = () => new StatusError('', 'etcdserver: mvcc: database space exceeded');

/** Field error helpers in the wording of k8s.io/apimachinery/pkg/util/validation/field. */
export const fieldErrors = {
  required: (field: string, detail = ''): StatusCause => ({
    reason: 'FieldValueRequired',
    field,
    message: detail ? `Required value: ${detail}` : 'Required value',
  }),
  invalid: (field: string, value: unknown, detail: string): StatusCause => ({
    reason: 'FieldValueInvalid',
    field,
    message: `Invalid value: ${formatValue(value)}: ${detail}`,
  }),
  notSupported: (field: string, value: unknown, supported: readonly string[]): StatusCause => ({
    reason: 'FieldValueNotSupported',
    field,
    message: `Unsupported value: ${formatValue(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
  }),
  forbidden: (field: string, detail: string): StatusCause => ({
    reason: 'FieldValueForbidden',
    field,
    message: `Forbidden: ${detail}`,
  }),
  duplicate: (field: string, value: unknown): StatusCause => ({
    reason: 'FieldValueDuplicate',
    field,
    message: `Duplicate value: ${formatValue(value)}`,
  }),
  notFound: (field: string, value: unknown): StatusCause => ({
    reason: 'FieldValueNotFound',
    field,
    message: `Not found: ${formatValue(value)}`,
  }),
  tooLong: (field: string, max: number): StatusCause => ({
    reason: 'FieldValueTooLong',
    field,
    message: `Too long: may not be more than ${max} bytes`,
  }),
  tooMany: (field: string, actual: number, max: number): StatusCause => ({
    reason: 'FieldValueTooMany',
    field,
    message: `Too many: ${actual}: must have at most ${max} items`,
  }),
};

/** A Go `map[string]string` as `%#v` prints it, for messages that quote label maps. */
export class GoStringMap {
  constructor(readonly map: Readonly<Record<string, string>>) {}
  toString(): string {
    const entries = Object.keys(this.map)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${JSON.stringify(this.map[k])}`);
    return `map[string]string{${entries.join(', ')}}`;
  }
}

/** A value whose Go `%#v` form the caller has already written (a struct, a `[]string{…}`): printed as it is. */
export class GoSyntax {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** `[]string{"a", "b"}`, as `%#v` prints a string slice; `type` names a slice of a named string type. */
export function goStrings(values: readonly string[], type = 'string'): GoSyntax {
  return new GoSyntax(`[]${type}{${values.map((v) => JSON.stringify(v)).join(', ')}}`);
}

/** Values are printed as Go's %#v would for the common cases: strings quoted, numbers bare, objects as JSON. */
function formatValue(value: unknown): string {
  if (value instanceof GoStringMap || value instanceof GoSyntax) return value.toString();
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return JSON.stringify(value);
}
