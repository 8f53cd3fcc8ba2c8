/**
 * kubectl's flag dialect (spf13/pflag as kubectl configures it) over `node:util.parseArgs`:
 * interspersed flags, `-oyaml`, `-o=yaml`, `--flag=value`, repeated flags, `--` (ArgsLenAtDash),
 * and pflag's error wording, which kubectl prints after `error: `.
 */
import { parseArgs } from 'node:util';

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'duration';

export interface FlagDef {
  readonly name: string;
  readonly short?: string;
  readonly type: FlagType;
  /** As `--help` prints it (`false`, `-1`, `[]`, `''`). */
  readonly default?: string;
  readonly usage: string;
  /** pflag's NoOptDefVal: the value a bare `--flag` means (`--dry-run` → `unchanged`). */
  readonly noOptDefault?: string;
  readonly hidden?: boolean;
}

export type FlagValue = string | boolean | number | readonly string[];

/** A flag error in pflag's words (without the `See '… --help' for usage.` line the caller adds). */
export class FlagError extends Error {}

export interface ParsedFlags {
  readonly values: ReadonlyMap<string, FlagValue>;
  /** Flags given on the command line (pflag's `Changed`). */
  readonly changed: ReadonlySet<string>;
  readonly args: readonly string[];
  /** Index in `args` of the first argument after `--`, or -1. */
  readonly dashAt: number;
}

function defaultValue(def: FlagDef): FlagValue {
  switch (def.type) {
    case 'bool':
      return def.default === 'true';
    case 'int':
      return Number(def.default ?? '0');
    case 'stringArray':
      return [];
    case 'duration':
      return parseDuration(def.default ?? '0s') ?? 0;
    case 'string':
      return def.default === undefined || def.default === "''" ? '' : def.default;
  }
}

function flagLabel(def: FlagDef): string {
  return def.short ? `-${def.short}, --${def.name}` : `--${def.name}`;
}

/** Go's time.ParseDuration for the common units; milliseconds, or undefined when invalid. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  let pos = 0;
  let sign = 1;
  let body = text;
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? -1 : 1;
    body = body.slice(1);
  }
  if (body === '') return undefined;
  re.lastIndex = 0;
  while (pos < body.length) {
    re.lastIndex = pos;
    const m = re.exec(body);
    if (!m) return undefined;
    total += Number(m[1]) * (units[m[2] ?? ''] ?? 0);
    pos = re.lastIndex;
  }
  return sign * total;
}

function convert(def: FlagDef, raw: string): FlagValue {
  switch (def.type) {
    case 'bool': {
      const v = parseBool(raw);
      if (v === undefined)
        throw new FlagError(
          `invalid argument "${raw}" for "${flagLabel(def)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`,
        );
      return v;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) {
        throw new FlagError(
          `invalid argument "${raw}" for "${flagLabel(def)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`,
        );
      }
      return Number(raw);
    }
    case 'duration': {
      const ms = parseDuration(raw);
      if (ms === undefined)
        throw new FlagError(`invalid argument "${raw}" for "${flagLabel(def)}" flag: time: invalid duration "${raw}"`);
      return ms;
    }
    default:
      return raw;
  }
}

function parseBool(raw: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  return undefined;
}

interface NodeError {
  code?: string;
  message: string;
}

/**
 * Parses argv against the flag set. Throws FlagError with pflag's message for unknown flags,
 * missing values and values of the wrong type.
 */
interface Prepared {
  byName: Map<string, FlagDef>;
  byShort: Map<string, FlagDef>;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple: true }>;
  /** Every flag at its default, shared by the command lines that set none (values are read-only). */
  defaults: ReadonlyMap<string, FlagValue>;
}

/** Flag sets are static per command: their lookup tables are built once. */
const prepared = new WeakMap<readonly FlagDef[], Prepared>();

function prepare(defs: readonly FlagDef[]): Prepared {
  const cached = prepared.get(defs);
  if (cached) return cached;
  const byName = new Map<string, FlagDef>();
  const byShort = new Map<string, FlagDef>();
  const options: Prepared['options'] = {};
  const defaults = new Map<string, FlagValue>();
  for (const d of defs) {
    const value = defaultValue(d);
    defaults.set(d.name, Array.isArray(value) ? Object.freeze(value) : value);
    byName.set(d.name, d);
    if (d.short) byShort.set(d.short, d);
    options[d.name] = d.short
      ? { type: d.type === 'bool' ? 'boolean' : 'string', short: d.short, multiple: true }
      : { type: d.type === 'bool' ? 'boolean' : 'string', multiple: true };
  }
  const p = { byName, byShort, options, defaults };
  prepared.set(defs, p);
  return p;
}

const NONE_CHANGED: ReadonlySet<string> = new Set();

export function parseFlags(argv: readonly string[], defs: readonly FlagDef[]): ParsedFlags {
  const { byName, byShort, options, defaults } = prepare(defs);
  // Most lines have no flags at all (`kubectl get pods`): defaults and the words as they are.
  if (argv.every((a) => a.length < 2 || a[0] !== '-'))
    return { values: defaults, changed: NONE_CHANGED, args: argv, dashAt: -1 };
  // Booleans given as `--flag=false` and bare NoOptDefVal flags are settled before parseArgs,
  // which knows neither.
  const preset: [FlagDef, string][] = [];
  const rest: string[] = [];
  let afterDash = false;
  for (const arg of argv) {
    if (afterDash || arg === '--') {
      afterDash = true;
      rest.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const def = byName.get(name);
      if (def?.type === 'bool' && eq >= 0) {
        preset.push([def, arg.slice(eq + 1)]);
        continue;
      }
      if (def?.noOptDefault !== undefined && eq < 0) {
        preset.push([def, def.noOptDefault]);
        continue;
      }
      if (!def && name !== '') throw new FlagError(`unknown flag: --${name}`);
    } else if (arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg)) {
      // A bool shorthand with a value (`-i=false`).
      const d = byShort.get(arg[1] ?? '');
      if (d?.type === 'bool' && arg[2] === '=') {
        preset.push([d, arg.slice(3)]);
        continue;
      }
      // pflag gives a shorthand with NoOptDefVal its default unless the value is attached (`-w`, not `-w x`).
      if (d?.noOptDefault !== undefined && arg.length === 2) {
        preset.push([d, d.noOptDefault]);
        continue;
      }
      // Every letter of a cluster up to the first one that takes a value must be known.
      for (let i = 1; i < arg.length; i++) {
        const c = arg[i] ?? '';
        const def = byShort.get(c);
        if (!def) throw new FlagError(`unknown shorthand flag: '${c}' in ${arg}`);
        if (def.type !== 'bool') break;
      }
    }
    rest.push(arg);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw translate(e as NodeError, rest);
  }
  const values = new Map(defaults);
  const changed = new Set<string>();
  const set = (def: FlagDef, raw: string | boolean, attachedToShorthand = false): void => {
    changed.add(def.name);
    if (def.type === 'bool') {
      values.set(def.name, typeof raw === 'boolean' ? raw : convert(def, raw));
      return;
    }
    let text = String(raw);
    // `-o=yaml` reaches us as `=yaml`; pflag drops that `=` only (`-l =x` is the selector `=x`).
    if (attachedToShorthand && text.startsWith('=')) text = text.slice(1);
    if (def.type === 'stringArray') {
      const prev = values.get(def.name);
      values.set(def.name, [...(typeof prev === 'object' ? prev : []), text]);
      return;
    }
    values.set(def.name, convert(def, text));
  };
  // Preset values come first for order; parseArgs tokens keep command-line order after them.
  for (const [def, raw] of preset) set(def, raw);
  const args: string[] = [];
  let dashAt = -1;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option-terminator') dashAt = args.length;
    else if (token.kind === 'positional') args.push(token.value);
    else if (token.kind === 'option') {
      const def = byName.get(token.name);
      if (!def) continue;
      if (def.type !== 'bool' && token.value === undefined) {
        throw new FlagError(
          token.rawName.startsWith('--')
            ? `flag needs an argument: --${def.name}`
            : `flag needs an argument: '${def.short ?? ''}' in -${def.short ?? ''}`,
        );
      }
      set(def, def.type === 'bool' ? true : (token.value ?? ''), token.inlineValue && !token.rawName.startsWith('--'));
    }
  }
  return { values, changed, args, dashAt };
}

function translate(e: NodeError, argv: readonly string[]): Error {
  const message = e.message ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const m = /'(-[^']*)'/.exec(message);
    const flag = m?.[1] ?? '';
    if (flag.startsWith('--')) return new FlagError(`unknown flag: ${flag}`);
    const raw = argv.find((a) => a.startsWith(flag)) ?? flag;
    return new FlagError(`unknown shorthand flag: '${flag.slice(1)}' in ${raw}`);
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const m = /'(?:-(\w), )?--([\w-]+)/.exec(message);
    const short = m?.[1];
    const long = m?.[2] ?? '';
    const last = argv[argv.length - 1] ?? '';
    if (short && last.startsWith(`-${short}`) && !last.startsWith('--'))
      return new FlagError(`flag needs an argument: '${short}' in -${short}`);
    return new FlagError(`flag needs an argument: --${long}`);
  }
  return new FlagError(message);
}

/** Flag names to their types: what a command may read, derived from its FlagDefs by SchemaOf. */
export type FlagSchema = { readonly [name: string]: FlagType };

/** The schema a list of definitions declares (the list must keep its literal types: flag(), flagList() or `as const`). */
export type SchemaOf<F extends readonly FlagDef[]> = { readonly [D in F[number] as D['name']]: D['type'] };

/** A command's own flags shadow inherited ones of the same name, as dispatch merges them. */
export type Inherit<G extends FlagSchema, Own extends FlagSchema> = Omit<G, keyof Own> & Own;

/** Keeps a definition's literal name and type (for SchemaOf) while checking it is a FlagDef. */
export const flag = <const D extends FlagDef>(def: D): D => def;

/** A shared list of definitions, each keeping its literal name and type. */
export const flagList = <const F extends readonly FlagDef[]>(...defs: F): F => defs;

type NamesTyped<S extends FlagSchema, T extends FlagType> = { [K in keyof S]: S[K] extends T ? K : never }[keyof S] &
  string;

/**
 * The names each accessor accepts. An interface over plain name unions (not a mapped type over the
 * schema) so TypeScript relates two of them by their unions: an invocation that declares more flags
 * fits where fewer are read, never the reverse.
 */
export interface FlagNames<
  Str extends string = string,
  Bool extends string = string,
  Int extends string = string,
  List extends string = string,
  Any extends string = string,
> {
  readonly str: Str;
  readonly bool: Bool;
  readonly int: Int;
  readonly list: List;
  readonly any: Any;
}

export type NamesOf<S extends FlagSchema> = FlagNames<
  NamesTyped<S, 'string'>,
  NamesTyped<S, 'bool'>,
  NamesTyped<S, 'int' | 'duration'>,
  NamesTyped<S, 'stringArray'>,
  keyof S & string
>;

export type NoFlags = FlagNames<never, never, never, never, never>;

/**
 * Typed reads of parsed flags: a name the command does not declare, or declares with another type,
 * does not compile. Function-typed properties (not methods) so parameters are checked contravariantly.
 */
export interface Flags<N extends FlagNames> {
  readonly str: (name: N['str']) => string;
  readonly bool: (name: N['bool']) => boolean;
  /** int and duration flags (durations in milliseconds). */
  readonly int: (name: N['int']) => number;
  readonly list: (name: N['list']) => readonly string[];
  /** Given on the command line (pflag's `Changed`). */
  readonly has: (name: N['any']) => boolean;
}

/**
 * For a helper several commands share, a flag only some of them declare (`--save-config` is
 * create's, not expose's): undeclared, it reads as its zero value. Sound because the object behind
 * every Flags is a FlagValues, which answers any name.
 */
export function optionalFlags<N extends FlagNames>(flags: Flags<N>): Flags<FlagNames> {
  return flags as Flags<FlagNames>;
}

/** Parsed flags by name; dispatch hands them to a command as its typed Flags (it answers every name). */
export class FlagValues implements Flags<FlagNames> {
  constructor(readonly parsed: ParsedFlags) {}
  str(name: string): string {
    const v = this.parsed.values.get(name);
    return typeof v === 'string' ? v : v === undefined ? '' : String(v);
  }
  bool(name: string): boolean {
    return this.parsed.values.get(name) === true;
  }
  int(name: string): number {
    const v = this.parsed.values.get(name);
    return typeof v === 'number' ? v : Number(v ?? 0);
  }
  list(name: string): readonly string[] {
    // The only object a flag holds is a stringArray's list.
    const v = this.parsed.values.get(name);
    return typeof v === 'object' ? v : [];
  }
  has(name: string): boolean {
    return this.parsed.changed.has(name);
  }
}
