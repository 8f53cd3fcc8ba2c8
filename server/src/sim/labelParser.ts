/**
 * The label selector grammar of k8s.io/apimachinery/pkg/labels (selector.go: its Lexer, Parser and NewRequirement),
 * with its error wording: what kube-apiserver answers to a bad `labelSelector`, and what kubectl's client-side
 * parsing (`set selector`'s metav1.ParseToLabelSelector) prints.
 *
 *   x in (foo,,baz),y,z notin (),!w,v=1,u!=2,t>3
 */
import { labelValueProblems, qualifiedNameProblems } from './validation/names.js';

/** selection.Operator, as apimachinery spells them. */
export type LabelOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | 'gt' | 'lt';

export interface LabelRequirement {
  readonly key: string;
  readonly operator: LabelOperator;
  /** Sorted, without duplicates (a sets.String). */
  readonly values: readonly string[];
}

/** A selector that does not parse; the message is apimachinery's. */
export class LabelSelectorError extends Error {}

type Token = 'error' | 'end' | ')' | ',' | '!' | '==' | '=' | '>' | 'identifier' | 'in' | '<' | '!=' | 'notin' | '(';

/** string2token: the literal tokens (identifiers, the end and errors are not). */
const LITERALS: ReadonlyMap<string, Token> = new Map<string, Token>([
  [')', ')'],
  [',', ','],
  ['!', '!'],
  ['==', '=='],
  ['=', '='],
  ['>', '>'],
  ['in', 'in'],
  ['<', '<'],
  ['!=', '!='],
  ['notin', 'notin'],
  ['(', '('],
]);

interface Scanned {
  readonly token: Token;
  readonly literal: string;
}

const isWhitespace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isSpecial = (c: string) => '=!(),><'.includes(c);

/** The Lexer: identifiers and keywords run to a special symbol or a blank; symbols take the longest literal. */
function scan(text: string): Scanned[] {
  const items: Scanned[] = [];
  let pos = 0;
  for (;;) {
    while (pos < text.length && isWhitespace(text[pos]!)) pos++;
    if (pos >= text.length) {
      items.push({ token: 'end', literal: '' });
      return items;
    }
    if (isSpecial(text[pos]!)) {
      let buffer = '';
      let last: Scanned | undefined;
      while (pos < text.length && isSpecial(text[pos]!)) {
        buffer += text[pos];
        const token = LITERALS.get(buffer);
        if (token) last = { token, literal: buffer };
        else if (last) break;
        pos++;
      }
      items.push(last ?? { token: 'error', literal: `error expected: keyword found '${buffer}'` });
      continue;
    }
    const start = pos;
    while (pos < text.length && !isSpecial(text[pos]!) && !isWhitespace(text[pos]!)) pos++;
    const word = text.slice(start, pos);
    items.push({ token: LITERALS.get(word) ?? 'identifier', literal: word });
  }
}

const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';
const OPERATOR_OF: Partial<Record<Token, LabelOperator>> = {
  in: 'in',
  '=': '=',
  '==': '==',
  '>': 'gt',
  '<': 'lt',
  notin: 'notin',
  '!=': '!=',
};

/** The Parser over the scanned items; `in` and `notin` are identifiers where a value is expected. */
class Parser {
  private position = 0;
  constructor(private readonly items: readonly Scanned[]) {}

  private lookahead(values = true): Scanned {
    return asValue(this.items[this.position]!, values);
  }

  private consume(values = true): Scanned {
    return asValue(this.items[this.position++]!, values);
  }

  parse(): LabelRequirement[] {
    const requirements: LabelRequirement[] = [];
    for (;;) {
      const { token, literal } = this.lookahead();
      if (token === 'end') return requirements;
      if (token !== 'identifier' && token !== '!')
        throw new LabelSelectorError(`found '${literal}', expected: !, identifier, or 'end of string'`);
      try {
        requirements.push(this.requirement());
      } catch (e) {
        if (e instanceof LabelSelectorError) throw new LabelSelectorError(`unable to parse requirement: ${e.message}`);
        throw e;
      }
      const next = this.consume();
      if (next.token === 'end') return requirements;
      if (next.token !== ',') throw new LabelSelectorError(`found '${next.literal}', expected: ',' or 'end of string'`);
      const after = this.lookahead();
      if (after.token !== 'identifier' && after.token !== '!')
        throw new LabelSelectorError(`found '${after.literal}', expected: identifier after ','`);
    }
  }

  private requirement(): LabelRequirement {
    let { token, literal } = this.consume();
    let operator: LabelOperator | undefined;
    if (token === '!') {
      operator = '!';
      ({ token, literal } = this.consume());
    }
    if (token !== 'identifier') throw new LabelSelectorError(`found '${literal}', expected: identifier`);
    const keyProblems = qualifiedNameProblems(literal);
    if (keyProblems.length > 0) throw invalid('<nil>', literal, keyProblems);
    const key = literal;
    const after = this.lookahead().token;
    // `!key` is whole; whatever follows it is the selector's next token.
    if (operator === '!' || after === 'end' || after === ',') return newRequirement(key, operator ?? 'exists', []);
    const op = this.consume(false);
    const binary = OPERATOR_OF[op.token];
    if (!binary) throw new LabelSelectorError(`found '${op.literal}', expected: ${BINARY_OPERATORS}`);
    const values = binary === 'in' || binary === 'notin' ? this.setValues() : this.exactValue();
    return newRequirement(key, binary, values);
  }

  /** `(a,b,,c)`: empty values count, `()` is one empty value. */
  private setValues(): string[] {
    const open = this.consume();
    if (open.token !== '(') throw new LabelSelectorError(`found '${open.literal}' expected: '('`);
    const first = this.lookahead();
    if (first.token === ')') {
      this.consume();
      return [''];
    }
    if (first.token !== 'identifier' && first.token !== ',')
      throw new LabelSelectorError(`found '${first.literal}', expected: ',', ')' or identifier`);
    const values = this.identifiers();
    if (this.consume().token !== ')') throw new LabelSelectorError(`found '${first.literal}', expected: ')'`);
    return values;
  }

  private identifiers(): string[] {
    const values = new Set<string>();
    for (;;) {
      const { token, literal } = this.consume();
      if (token === 'identifier') {
        values.add(literal);
        const next = this.lookahead();
        if (next.token === ',') continue;
        if (next.token === ')') return [...values];
        throw new LabelSelectorError(`found '${next.literal}', expected: ',' or ')'`);
      }
      if (token !== ',') throw new LabelSelectorError(`found '${literal}', expected: ',', or identifier`);
      if (values.size === 0) values.add('');
      const next = this.lookahead().token;
      if (next === ')') {
        values.add('');
        return [...values];
      }
      if (next === ',') {
        this.consume();
        values.add('');
      }
    }
  }

  private exactValue(): string[] {
    const next = this.lookahead().token;
    if (next === 'end' || next === ',') return [''];
    const { token, literal } = this.consume();
    if (token === 'identifier') return [literal];
    throw new LabelSelectorError(`found '${literal}', expected: identifier`);
  }
}

function asValue(item: Scanned, values: boolean): Scanned {
  return values && (item.token === 'in' || item.token === 'notin') ? { ...item, token: 'identifier' } : item;
}

/** A field.Invalid error: `<path>: Invalid value: "<value>": <problems joined by "; ">`. */
function invalid(path: string, value: string, problems: readonly string[]): LabelSelectorError {
  return new LabelSelectorError(`${path}: Invalid value: ${JSON.stringify(value)}: ${problems.join('; ')}`);
}

/** NewRequirement's checks of the values (the key was checked as it was read); the values come out sorted. */
function newRequirement(key: string, operator: LabelOperator, values: readonly string[]): LabelRequirement {
  const sorted = [...new Set(values)].sort();
  const errors: string[] = [];
  if ((operator === 'gt' || operator === 'lt') && sorted.some((v) => !/^[+-]?\d+$/.test(v))) {
    sorted.forEach((v, i) => {
      if (!/^[+-]?\d+$/.test(v))
        errors.push(
          `values[${i}]: Invalid value: ${JSON.stringify(v)}: for 'Gt', 'Lt' operators, the value must be an integer`,
        );
    });
  }
  sorted.forEach((v, i) => {
    const problems = labelValueProblems(v);
    if (problems.length > 0) errors.push(invalid(`values[${i}][${key}]`, v, problems).message);
  });
  if (errors.length === 1) throw new LabelSelectorError(errors[0]);
  if (errors.length > 1) throw new LabelSelectorError(`[${errors.join(', ')}]`);
  return { key, operator, values: sorted };
}

/** labels.ParseToRequirements: the requirements sorted by key, or a LabelSelectorError. */
export function parseLabelRequirements(text: string): LabelRequirement[] {
  const requirements = new Parser(scan(text)).parse();
  // Go's sort.Sort is not stable, but requirements with one key in one selector are rare; keep them in order.
  return requirements.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
