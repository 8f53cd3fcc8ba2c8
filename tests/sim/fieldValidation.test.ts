/**
 * The API server's strict decoding of a raw JSON body (what the REST API hands it): repeated keys are duplicate
 * fields when they name a field of the type or a map's key (sigs.k8s.io/json DisallowDuplicateFields:
 * `duplicate field "metadata.name"`), an unknown field repeated is one unknown field; all joined into the
 * serializer's `strict decoding error: …` (apimachinery pkg/runtime/error.go).
 */
import { BUILTIN_RESOURCES, repeatedKeys } from '../../server/src/sim/index';
import { validateFields } from '../../server/src/sim/schema/fieldValidation';

const CONFIG_MAP = BUILTIN_RESOURCES.find((t) => t.kind === 'ConfigMap')!;
const BODY =
  '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","name":"b","labels":{"x":"1","x":"2"},"zz":1,"zz":2},"data":{"k":"v"},"data":{"k":"w"},"list":[{"q":1,"q":2}]}';

describe('repeated keys', () => {
  it('finds each key an object repeats, with its path', () => {
    expect(repeatedKeys(BODY)).toEqual([
      ['metadata', 'name'],
      ['metadata', 'labels', 'x'],
      ['metadata', 'zz'],
      ['data'],
      ['list', 0, 'q'],
    ]);
    expect(repeatedKeys('{"a":"{\\"a\\":1,\\"a\\":2}","b":[1,{"c":[],"c":{}}]}')).toEqual([['b', 1, 'c']]);
  });

  it('reports the duplicate fields, then the unknown ones', () => {
    const body = JSON.parse(BODY) as Record<string, unknown>;
    expect(() => validateFields(body, CONFIG_MAP, 'v1', 'Strict', 'given', repeatedKeys(BODY))).toThrow(
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: duplicate field "metadata.name", duplicate field "metadata.labels.x", duplicate field "data", unknown field "metadata.zz", unknown field "list"',
    );
    expect(validateFields(JSON.parse(BODY) as Record<string, unknown>, CONFIG_MAP, 'v1', 'Ignore')).toEqual([]);
  });
});
