/**
 * cli-runtime's printer as a command holds it while it prints objects one by one (set selector, set subject, auth
 * reconcile, apply set-last-applied): `kind/name operation` lines by default, else the -o format for each object,
 * YAML documents after the first led by `---` (the YAMLPrinter counts what it printed).
 */
import type { KubeObject } from '../../sim/index.js';
import { now, type KubeInv } from '../env.js';
import type { OutputSpec } from '../print/formats/output.js';
import { typedObject } from '../typed.js';
import { kindPrefixFromObject, print } from './common.js';

export class ObjectPrinter {
  private printed = 0;

  /** `typed`: the command decodes into Go types (its JSON keeps their field order). */
  /** `write`: where the text goes, when not the command's output (a program's, after the editor). */
  constructor(
    private readonly inv: KubeInv,
    private readonly spec: OutputSpec | undefined,
    private readonly typed: boolean,
    private readonly write: (text: string) => void = (text) => inv.out.print(text),
  ) {}

  print(object: KubeObject, operation: string): void {
    const name = `${kindPrefixFromObject(object)}/${object.metadata?.name ?? ''}`;
    if (!this.spec || this.spec.kind === 'table') this.write(`${name} ${operation}\n`);
    else if (this.spec.kind === 'name') this.write(`${name}\n`);
    else {
      const shown = this.typed ? typedObject(object) : object;
      const text = print([shown], this.spec, { now: now(this.inv), asList: false, sortKeys: !this.typed });
      this.write(this.spec.kind === 'yaml' && this.printed > 0 ? `---\n${text}` : text);
    }
    this.printed++;
  }
}
