// Expected strings follow k8s.io/apimachinery/pkg/api/resource (quantity_test.go: canonical forms
// such as "1.5Gi" -> "1536Mi", "0.5" -> "500m", "1000m" -> "1", "2e3" -> "2e3").
import {
  addQuantity,
  canonicalQuantity,
  cmpQuantity,
  formatQuantity,
  parseQuantity,
  QUANTITY_FORMAT_ERROR,
  quantityFromMilli,
  quantityMilliValue,
  quantityValue,
  subQuantity,
  tryParseQuantity,
} from '../../server/src/lib/quantity.js';

describe('parseQuantity / formatQuantity', () => {
  it.each([
    ['100m', '100m'],
    ['0.5', '500m'],
    ['1000m', '1'],
    ['1500m', '1500m'],
    ['1', '1'],
    ['2000', '2k'],
    ['1.5k', '1500'],
    ['128Mi', '128Mi'],
    ['1Gi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['1024Mi', '1Gi'],
    ['0.5Ki', '512'],
    ['1Ki', '1Ki'],
    ['2e3', '2e3'],
    ['1e3', '1e3'],
    ['1e4', '10e3'],
    ['0', '0'],
    ['0Mi', '0'],
    ['-100m', '-100m'],
    ['10G', '10G'],
    ['1.5', '1500m'],
    ['3912972Ki', '3912972Ki'],
    ['1n', '1n'],
    ['0.1m', '100u'],
    ['5Gi', '5Gi'],
  ])('%s prints as %s', (input, expected) => {
    expect(formatQuantity(parseQuantity(input))).toBe(expected);
  });

  it('rejects malformed quantities with the API server wording', () => {
    for (const bad of ['', 'abc', '1.2.3', '10Mb', 'Mi', '1 Gi']) {
      expect(() => parseQuantity(bad)).toThrow(QUANTITY_FORMAT_ERROR);
      expect(tryParseQuantity(bad)).toBeUndefined();
    }
  });

  it('rounds precision finer than a nano-unit up', () => {
    expect(formatQuantity(parseQuantity('0.0000000001'))).toBe('1n');
  });

  it('leaves unparsable strings alone in canonicalQuantity', () => {
    expect(canonicalQuantity('nonsense')).toBe('nonsense');
    expect(canonicalQuantity('0.25')).toBe('250m');
  });
});

describe('quantity arithmetic', () => {
  it('adds and subtracts exactly, keeping the first format', () => {
    expect(formatQuantity(addQuantity(parseQuantity('100m'), parseQuantity('250m')))).toBe('350m');
    expect(formatQuantity(addQuantity(parseQuantity('512Mi'), parseQuantity('512Mi')))).toBe('1Gi');
    expect(formatQuantity(addQuantity(parseQuantity('0'), parseQuantity('1Gi')))).toBe('1Gi');
    expect(formatQuantity(subQuantity(parseQuantity('1'), parseQuantity('250m')))).toBe('750m');
    // 0.1 + 0.2 is exact here, unlike floating point.
    expect(formatQuantity(addQuantity(parseQuantity('0.1'), parseQuantity('0.2')))).toBe('300m');
  });

  it('compares across formats', () => {
    expect(cmpQuantity(parseQuantity('1Gi'), parseQuantity('1G'))).toBe(1);
    expect(cmpQuantity(parseQuantity('1000m'), parseQuantity('1'))).toBe(0);
    expect(cmpQuantity(parseQuantity('999m'), parseQuantity('1'))).toBe(-1);
  });

  it('gives Value and MilliValue rounded up, as resource.Quantity does', () => {
    expect(quantityValue(parseQuantity('1500m'))).toBe(2);
    expect(quantityMilliValue(parseQuantity('0.5'))).toBe(500);
    expect(quantityMilliValue(parseQuantity('1n'))).toBe(1);
    expect(quantityValue(parseQuantity('128Mi'))).toBe(134217728);
    expect(formatQuantity(quantityFromMilli(1500))).toBe('1500m');
  });
});
