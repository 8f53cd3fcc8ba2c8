/**
 * Property: any argv kubectl or minikube accepts matches itself written another way — long or short
 * flags, `--flag=value` or `--flag value`, flags moved, resource types in any alias, `TYPE NAME` or
 * `TYPE/NAME`, `k` for kubectl — and stops matching when a flag value, a type or a name changes.
 */
import fc from 'fast-check';
import type { CommandSpec } from '../../server/src/kubectl/cli/command.js';
import type { Program } from '../../server/src/kubectl/cli/dispatch.js';
import type { FlagDef } from '../../server/src/kubectl/cli/flags.js';
import { resolveCommand, typeArgument } from '../../server/src/kubectl/cli/resolve.js';
import { kubectlProgram } from '../../server/src/kubectl/kubectl.js';
import { minikubeProgram } from '../../server/src/kubectl/minikube/index.js';
import { lineMatches, parseArgv, recordMatches, sameCommand } from '../../server/src/labs/commands.js';
import { escapeWord } from '../../server/src/shell/index.js';
import { BUILTIN_RESOURCES, ResourceRegistry, type ResourceType } from '../../server/src/sim/index.js';

interface Leaf {
  program: 'kubectl' | 'minikube';
  path: string[];
  flags: readonly FlagDef[];
  /** Flags the root takes as well, which may come before the command's name. */
  global: ReadonlySet<FlagDef>;
  typeAt: number | undefined;
}

function leaves(name: Leaf['program'], program: Program<unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (specs: readonly CommandSpec<unknown>[], path: string[]): void => {
    for (const spec of specs) {
      const here = [...path, spec.use.split(' ')[0]!];
      const resolved = resolveCommand(program, here)!;
      if (spec.run)
        out.push({
          program: name,
          path: here,
          flags: resolved.flags,
          global: new Set(program.globalFlags),
          typeAt: typeArgument(spec),
        });
      walk(spec.sub ?? [], here);
    }
  };
  walk(program.commands, []);
  return out;
}

const LEAVES = [...leaves('kubectl', kubectlProgram), ...leaves('minikube', minikubeProgram)];
const registry = new ResourceRegistry();

/** Every way kubectl accepts to name a type (those that name another type, like `ev`, left out). */
function spellings(type: ResourceType): string[] {
  const names = [type.plural, type.singular, type.kind, ...type.shortNames];
  const all = type.group ? [...names, ...names.map((n) => `${n}.${type.group}`)] : names;
  return all.filter((s) => registry.resolve(s) === type);
}
const TYPES = BUILTIN_RESOURCES.filter((t) => spellings(t).length > 0);

/** A flag given once: its value, and how it is written. */
interface Given {
  def: FlagDef;
  value: string;
}

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);

function valueOf(def: FlagDef): fc.Arbitrary<string> {
  switch (def.type) {
    case 'bool':
      return fc.constantFrom('true', 'false');
    case 'int':
      return fc.nat(99).map(String);
    case 'duration':
      return fc.integer({ min: 1, max: 600 }).map((s) => `${s}s`);
    default:
      return word;
  }
}

/** The spellings of one flag with its value, all meaning the same to kubectl's parser. */
function spell(given: Given, style: number): string[] {
  const { def, value } = given;
  const short = def.short;
  if (def.type === 'bool') {
    const forms = [[`--${def.name}=${value}`]];
    if (value === 'true') forms.push([`--${def.name}`], ...(short ? [[`-${short}`]] : []));
    if (short) forms.push([`-${short}=${value}`]);
    return forms[style % forms.length]!;
  }
  // A bare `--dry-run` means its NoOptDefVal, so only `=` carries a value.
  if (def.noOptDefault !== undefined) return [`--${def.name}=${value}`];
  // Go durations have several spellings of one length.
  const v = def.type === 'duration' && style % 2 === 1 ? `${Number(value.slice(0, -1)) * 1000}ms` : value;
  const forms = [[`--${def.name}=${v}`], [`--${def.name}`, v]];
  if (short) forms.push([`-${short}`, v], [`-${short}${v}`], [`-${short}=${v}`]);
  return forms[style % forms.length]!;
}

interface Case {
  leaf: Leaf;
  given: Given[];
  /** Positional words before the type argument (`can-i`'s VERB), the type, its names, further words. */
  before: string[];
  type: ResourceType | undefined;
  names: string[];
  after: string[];
  dash: string[];
}

const caseArb: fc.Arbitrary<Case> = fc.constantFrom(...LEAVES).chain((leaf) => {
  const usable = leaf.flags.filter((d) => !d.hidden);
  const flags =
    usable.length === 0
      ? fc.constant<Given[]>([])
      : fc
          .uniqueArray(fc.constantFrom(...usable), { maxLength: 4 })
          .chain((defs) => fc.tuple(...defs.map((def) => valueOf(def).map((value): Given => ({ def, value })))));
  return fc.record({
    leaf: fc.constant(leaf),
    given: flags,
    before: fc.array(word, { minLength: leaf.typeAt ?? 0, maxLength: leaf.typeAt ?? 0 }),
    type: leaf.typeAt === undefined ? fc.constant(undefined) : fc.constantFrom(...TYPES),
    names: fc.array(word, { maxLength: leaf.typeAt === undefined ? 2 : 1 }),
    after: fc.array(
      word.map((w) => `${w}=x`),
      { maxLength: 1 },
    ),
    dash: fc.array(word, { maxLength: 2 }).map((w) => (w.length === 0 ? [] : ['--', ...w])),
  });
});

/** Ways of writing a case: the style of each flag, alias choices, flag places, `TYPE/NAME`, `k`. */
interface Style {
  flagStyles: number[];
  typeSpelling: number;
  slash: boolean;
  /** Where each flag goes among the positional words (clamped). */
  places: number[];
  globalsFirst: boolean;
  k: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  flagStyles: fc.array(fc.nat(9), { minLength: 4, maxLength: 4 }),
  typeSpelling: fc.nat(20),
  slash: fc.boolean(),
  places: fc.array(fc.nat(6), { minLength: 4, maxLength: 4 }),
  globalsFirst: fc.boolean(),
  k: fc.boolean(),
});

function write(c: Case, s: Style): string[] {
  const positional = [...c.before];
  if (c.type) {
    const names = spellings(c.type);
    const type = names[s.typeSpelling % names.length]!;
    if (s.slash && c.names.length === 1) positional.push(`${type}/${c.names[0]!}`);
    else positional.push(type, ...c.names);
  } else positional.push(...c.names);
  positional.push(...c.after);
  const front: string[] = [];
  const placed: string[][] = positional.map((w) => [w]);
  placed.push([]);
  c.given.forEach((g, i) => {
    const words = spell(g, s.flagStyles[i] ?? 0);
    if (s.globalsFirst && c.leaf.global.has(g.def)) front.push(...words);
    else placed[Math.min(s.places[i] ?? 0, positional.length)]!.unshift(...words);
  });
  const program = c.leaf.program === 'kubectl' && s.k ? 'k' : c.leaf.program;
  return [program, ...front, ...c.leaf.path, ...placed.flat(), ...c.dash];
}

const line = (argv: readonly string[]): string => argv.map(escapeWord).join(' ');
const ran = (argv: readonly string[]): string[] => (argv[0] === 'k' ? ['kubectl', ...argv.slice(1)] : [...argv]);

describe('a command matches itself however it is spelt', () => {
  it('whatever its flag spellings and places, resource aliases and TYPE/NAME form', () => {
    fc.assert(
      fc.property(caseArb, styleArb, styleArb, (c, s1, s2) => {
        const a = write(c, s1);
        const b = write(c, s2);
        expect(parseArgv(ran(a))).toBeDefined();
        expect(sameCommand(line(a), line(b))).toBe(true);
        expect(lineMatches(line(a), line(b))).toBe(true);
        expect(recordMatches(line(b), { line: '', exitCode: 0, argv: [ran(a)] })).toBe(true);
      }),
    );
  });

  it('and no longer when a flag value changes', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.given.length > 0),
        styleArb,
        styleArb,
        fc.nat(),
        (c, s1, s2, pick) => {
          const i = pick % c.given.length;
          const g = c.given[i]!;
          const other =
            g.def.type === 'bool'
              ? g.value === 'true'
                ? 'false'
                : 'true'
              : g.def.type === 'duration'
                ? `${Number(g.value.slice(0, -1)) + 1}s`
                : g.def.type === 'int'
                  ? String(Number(g.value) + 1)
                  : `${g.value}x`;
          const changed = { ...c, given: c.given.map((x, j) => (j === i ? { ...x, value: other } : x)) };
          expect(sameCommand(line(write(c, s1)), line(write(changed, s2)))).toBe(false);
          expect(lineMatches(line(write(c, s1)), line(write(changed, s2)))).toBe(false);
        },
      ),
    );
  });

  it('and no longer when the resource type or a name changes', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.type !== undefined),
        fc.constantFrom(...TYPES),
        styleArb,
        styleArb,
        (c, type, s1, s2) => {
          fc.pre(type !== c.type);
          expect(lineMatches(line(write(c, s1)), line(write({ ...c, type }, s2)))).toBe(false);
          const renamed = { ...c, names: c.names.map((n) => `${n}x`) };
          if (c.names.length > 0) expect(lineMatches(line(write(c, s1)), line(write(renamed, s2)))).toBe(false);
        },
      ),
    );
  });
});
