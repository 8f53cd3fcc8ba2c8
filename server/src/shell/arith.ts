/**
 * `$(( ... ))` integer arithmetic: + - * / % **, comparisons, parentheses, unary signs, and
 * variable names (unset or non-numeric count as 0, as in bash).
 */
export class ArithmeticError extends Error {}

type Lookup = (name: string) => string | undefined;

const TOKEN = /\s*(\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<=|>=|==|!=|&&|\|\||[-+*/%()<>!])/y;

export function evaluateArithmetic(expression: string, lookup: Lookup, depth = 0): number {
  const tokens: string[] = [];
  for (let at = 0; at < expression.length;) {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(expression);
    if (!match) {
      const rest = expression.slice(at).trim();
      if (rest === '') break;
      throw new ArithmeticError(
        `${expression.trim()}: syntax error: invalid arithmetic operator (error token is "${rest}")`,
      );
    }
    tokens.push(match[1] ?? '');
    at = TOKEN.lastIndex;
  }
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const next = (): string | undefined => tokens[pos++];

  const binary =
    (
      ops: readonly string[],
      operand: () => number,
      apply: (op: string, a: number, b: number) => number,
    ): (() => number) =>
    () => {
      let left = operand();
      while (ops.includes(peek() ?? '')) {
        const op = next() ?? '';
        left = apply(op, left, operand());
      }
      return left;
    };

  const primary = (): number => {
    const token = next();
    if (token === undefined) throw new ArithmeticError(`${expression.trim()}: syntax error: operand expected`);
    if (token === '(') {
      const value = orExpr();
      if (next() !== ')') throw new ArithmeticError(`${expression.trim()}: syntax error: missing \`)'`);
      return value;
    }
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (token === '!') return primary() === 0 ? 1 : 0;
    if (/^\d+$/.test(token)) return Number(token);
    if (/^[A-Za-z_]/.test(token)) {
      const value = lookup(token)?.trim() ?? '';
      if (/^-?\d+$/.test(value)) return Number(value);
      if (value === '' || depth > 8) return 0;
      return evaluateArithmetic(value, lookup, depth + 1);
    }
    throw new ArithmeticError(`${expression.trim()}: syntax error: operand expected (error token is "${token}")`);
  };

  const power = (): number => {
    const base = primary();
    if (peek() !== '**') return base;
    next();
    return Math.trunc(base ** power());
  };
  const product = binary(['*', '/', '%'], power, (op, a, b) => {
    if (op === '*') return Math.trunc(a * b);
    if (b === 0) throw new ArithmeticError(`${expression.trim()}: division by 0`);
    return op === '/' ? Math.trunc(a / b) : a % b;
  });
  const sum = binary(['+', '-'], product, (op, a, b) => (op === '+' ? a + b : a - b));
  const compare = binary(['<', '>', '<=', '>=', '==', '!='], sum, (op, a, b) => {
    const result =
      op === '<'
        ? a < b
        : op === '>'
          ? a > b
          : op === '<='
            ? a <= b
            : op === '>='
              ? a >= b
              : op === '=='
                ? a === b
                : a !== b;
    return result ? 1 : 0;
  });
  const andExpr = binary(['&&'], compare, (_op, a, b) => (a !== 0 && b !== 0 ? 1 : 0));
  const orExpr = binary(['||'], andExpr, (_op, a, b) => (a !== 0 || b !== 0 ? 1 : 0));

  if (tokens.length === 0) return 0;
  const value = orExpr();
  if (pos < tokens.length)
    throw new ArithmeticError(
      `${expression.trim()}: syntax error in expression (error token is "${tokens.slice(pos).join(' ')}")`,
    );
  return value;
}
