/**
 * CEL as kube-apiserver's admission policies use it, on @bufbuild/cel (a conformance-tested CEL
 * evaluator): objects become CEL maps with int64 integers, the strings extension and optional types are on, and every
 * evaluation runs under a budget of comprehension steps, the simulator's stand-in for the
 * apiserver's runtime cost limit (k8s.io/apiserver/pkg/apis/cel: RuntimeCELCostBudget).
 */
import { celEnv, celFunc, CelScalar, isCelError, isCelList, isCelMap, parse, plan } from '@bufbuild/cel';
import type { CelInput, CelValue } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { applyOptionalSyntax, markOptionalSyntax, OPTIONAL_FUNCS } from './celOptional.js';

/** Longest expression compiled: kube's own bound is the object size; this keeps parsing cheap. */
export const MAX_EXPRESSION_LENGTH = 5000;
/** Comprehension steps one admission request may spend over all its expressions. */
export const STEP_BUDGET = 100_000;
/** Function name the budget counter is planted under in every comprehension's loop condition. */
const TICK = 'kubelab.budgetStep';

/** The steps left for one request; shared by the expressions it evaluates. */
export class CelBudget {
  constructor(public remaining = STEP_BUDGET) {}
  get exhausted(): boolean {
    return this.remaining < 0;
  }
}

let active: CelBudget | undefined;

const tick = celFunc(TICK, [CelScalar.DYN], CelScalar.DYN, (condition) => {
  if (active) active.remaining--;
  if (active?.exhausted) throw new Error('operation cancelled: actual cost limit exceeded');
  return condition;
});

const ENV = celEnv({ funcs: [...strings, ...OPTIONAL_FUNCS, tick] });

export type CelOutcome = { ok: true; value: unknown } | { ok: false; error: string; outOfBudget: boolean };

export interface CelProgram {
  readonly source: string;
  /** `bindings` converted with `toCel` once per request (objects can be large). */
  run(bindings: Readonly<Record<string, CelInput>>, budget: CelBudget): CelOutcome;
}

/** Parses and plans an expression, or returns kube's `compilation failed: …` text. */
export function compileCel(source: string): CelProgram | string {
  if (source.length > MAX_EXPRESSION_LENGTH)
    return `compilation failed: expression is longer than ${MAX_EXPRESSION_LENGTH} characters`;
  let evaluate: ReturnType<typeof plan>;
  try {
    const { text, marks } = markOptionalSyntax(source);
    const parsed = parse(text);
    applyOptionalSyntax(parsed.expr, parsed.sourceInfo?.positions ?? {}, marks);
    plantBudget(parsed.expr, { next: 1_000_000 });
    evaluate = plan(ENV, parsed);
  } catch (err) {
    return `compilation failed: ERROR: ${err instanceof Error ? err.message : String(err)}`;
  }
  return {
    source,
    run(bindings, budget) {
      const previous = active;
      active = budget;
      let result: ReturnType<typeof evaluate>;
      try {
        result = evaluate(bindings);
      } catch (err) {
        result = { message: err instanceof Error ? err.message : String(err) } as ReturnType<typeof evaluate>;
      } finally {
        active = previous;
      }
      if (budget.exhausted)
        return { ok: false, error: 'operation cancelled: actual cost limit exceeded', outOfBudget: true };
      if (isCelError(result)) return { ok: false, error: goError(result.message), outOfBudget: false };
      return { ok: true, value: fromCel(result) };
    },
  };
}

/** cel-go's words for the same failures (maps here are what cel-go calls maps: `no such key`). */
function goError(message: string): string {
  return message.replace(/^field not found: /, 'no such key: ');
}

/** Wraps every comprehension's loop condition in the budget counter (ids above the parser's). */
function plantBudget(expr: Expr | undefined, ids: { next: number }): void {
  if (!expr) return;
  const kind = expr.exprKind;
  switch (kind.case) {
    case 'selectExpr':
      plantBudget(kind.value.operand, ids);
      return;
    case 'callExpr':
      plantBudget(kind.value.target, ids);
      for (const arg of kind.value.args) plantBudget(arg, ids);
      return;
    case 'listExpr':
      for (const e of kind.value.elements) plantBudget(e, ids);
      return;
    case 'structExpr':
      for (const e of kind.value.entries) {
        if (e.keyKind.case === 'mapKey') plantBudget(e.keyKind.value, ids);
        plantBudget(e.value, ids);
      }
      return;
    case 'comprehensionExpr': {
      const c = kind.value;
      for (const part of [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]) plantBudget(part, ids);
      if (c.loopCondition) {
        const original = c.loopCondition;
        c.loopCondition = {
          ...original,
          id: BigInt(ids.next++),
          exprKind: { case: 'callExpr', value: { ...emptyCall(), function: TICK, args: [original] } },
        };
      }
      return;
    }
    default:
      return;
  }
}

function emptyCall() {
  return { $typeName: 'cel.expr.Expr.Call' as const, function: '', args: [] as Expr[], target: undefined };
}

/** JSON to CEL: objects are maps, integral numbers int64 (as the apiserver's schemas type them). */
export function toCel(value: unknown): CelInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (Array.isArray(value)) return value.map(toCel);
  if (value instanceof Map) return value as CelInput;
  const map = new Map<string, CelInput>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) map.set(k, toCel(v));
  return map;
}

/** A CEL result back to plain JSON-like values (bigint to number, maps to objects). */
export function fromCel(value: CelValue): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (isCelList(value)) return [...value].map(fromCel);
  if (isCelMap(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[typeof k === 'object' ? k.value.toString() : String(k)] = fromCel(v);
    return out;
  }
  return value;
}
