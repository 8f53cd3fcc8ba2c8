/**
 * Request bodies: JSON, YAML (apply-patch+yaml) and, through its seam, Kubernetes protobuf (`k8s\0` envelope).
 */
import { parse as parseYaml } from 'yaml';
import { StatusError } from '../sim/index.js';
import { ApiError } from './status.js';
import { decodeKubeProtobuf } from './protobuf.js';

export const PROTOBUF_TYPE = 'application/vnd.kubernetes.protobuf';

/** kubectl ≥ 1.32 sends its generators' objects (`create deployment` …) and reviews as protobuf. */
const decodeProtobuf: ((body: Uint8Array) => Record<string, unknown>) | undefined = decodeKubeProtobuf;

/** The media type without parameters, lower-cased. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function unsupported(type: string): ApiError {
  return new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml${decodeProtobuf ? `, ${PROTOBUF_TYPE}` : ''} (got ${type})`,
  );
}

/** Decodes a request body as its Content-Type says; BadRequest (kube-apiserver's wording) when it cannot. */
export function decodeBody(body: Uint8Array | undefined, contentType: string | undefined): unknown {
  const type = mediaType(contentType);
  const bytes = body ?? new Uint8Array();
  if (type === PROTOBUF_TYPE) {
    if (!decodeProtobuf) throw unsupported(type);
    try {
      return decodeProtobuf(bytes);
    } catch (err) {
      throw new StatusError('BadRequest', `the object provided is unrecognized: ${(err as Error).message}`);
    }
  }
  const text = new TextDecoder().decode(bytes);
  if (type.endsWith('yaml')) {
    try {
      return parseYaml(text, { maxAliasCount: 100 }) as unknown;
    } catch (err) {
      throw new StatusError('BadRequest', `error converting YAML to JSON: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  if (type !== '' && !type.endsWith('json')) throw unsupported(type);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new StatusError(
      'BadRequest',
      `couldn't get version/kind; json parse error: ${(err as Error).message.replace(/^JSON\.parse: /, '')}`,
    );
  }
}
