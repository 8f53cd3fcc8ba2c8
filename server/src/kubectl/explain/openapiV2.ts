/**
 * `kubectl explain -o plaintext-openapiv2`: the explain of kubectl before OpenAPI v3 (kubernetes/kubectl
 * pkg/explain), from the Swagger 2.0 definitions read as kube-openapi's proto models read them (pkg/util/proto):
 * a `$ref` is a reference, an object with properties a kind, an object without a map (of anything, without
 * additionalProperties), an array its items, a typed schema a primitive, and an untyped one without properties
 * arbitrary. Its layout: `KIND:` and `VERSION:` padded to 10, `RESOURCE:`/`FIELD:` lines, descriptions indented by
 * 5 and wrapped at 80 by its own wrapper (which joins lines, keeping blank lines after the first, lists, lines
 * ending in `:` and indented code), fields indented by 3 with their descriptions by 5.
 */
import { toV2Schema, type OpenApiDocument } from '../../sim/index.js';
import type { Rendered } from './plaintext.js';

type Json = Readonly<Record<string, unknown>>;

type Model = { description: string } & (
  | { type: 'reference'; name: string }
  | { type: 'kind'; fields: Json; required: readonly unknown[] }
  | { type: 'map'; values: Json | undefined }
  | { type: 'array'; items: Json }
  | { type: 'primitive'; name: string }
  | { type: 'arbitrary' }
);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** A schema as a model (ParseSchema). */
function parse(schema: Json): Model {
  const description = text(schema.description);
  const ref = text(schema.$ref);
  if (ref) return { description, type: 'reference', name: ref.replace(/^#\/definitions\//, '') };
  const type = text(schema.type);
  const properties = schema.properties;
  if ((type === '' || type === 'object') && isObject(properties)) {
    return { description, type: 'kind', fields: properties, required: list(schema.required) };
  }
  if (type === 'object') {
    const values = schema.additionalProperties;
    return { description, type: 'map', values: isObject(values) ? values : undefined };
  }
  if (type === 'array') return { description, type: 'array', items: isObject(schema.items) ? schema.items : {} };
  if (type === '') return { description, type: 'arbitrary' };
  return { description, type: 'primitive', name: type };
}

// ---- the formatter (pkg/explain/formatter.go) ----

const BULLET = /^(\d+\.?|-|\*)\s/;
const bytes = (s: string) => Buffer.byteLength(s);

function startsNewLine(lastWord: string, line: string): boolean {
  const trimmed = line.trim();
  return lastWord.endsWith(':') || line.startsWith('    ') || trimmed === '' || BULLET.test(trimmed);
}

/** Its lines: words joined up to `width` bytes, some line breaks kept (see the file's comment). */
function wrapLines(description: string, width: number): string[] {
  const wrapped: string[] = [];
  let words: string[] = [];
  let lastWord = '';
  const flush = () => {
    if (words.length === 0) return;
    lastWord = '';
    wrapped.push(words.join(' '));
    words = [];
  };
  const add = (word: string) => {
    if (words.length > 0 && bytes([...words, word].join(' ')) > width) return false;
    words.push(word);
    return true;
  };
  for (const line of description.split('\n')) {
    if (line.startsWith('    ')) {
      flush();
      wrapped.push(line);
      continue;
    }
    if (wrapped.length > 0 && line.trim() === '') {
      flush();
      wrapped.push('');
      continue;
    }
    if (startsNewLine(lastWord, line)) flush();
    for (const word of line.split(/\s+/).filter(Boolean)) {
      lastWord = word;
      if (!add(word)) {
        flush();
        add(word);
      }
    }
  }
  flush();
  return wrapped;
}

class Formatter {
  constructor(
    private readonly sink: string[],
    private readonly level = 0,
  ) {}

  indent(amount: number): Formatter {
    return new Formatter(this.sink, this.level + amount);
  }

  /** A line at this indentation; an empty one stays empty. */
  write(line: string): void {
    this.sink.push(line === '' ? '\n' : `${' '.repeat(this.level)}${line}\n`);
  }

  writeWrapped(description: string): void {
    for (const line of wrapLines(description, 80 - this.level)) this.write(line);
  }
}

// ---- the printers ----

class Explainer {
  /** The references being walked by the recursive printer, which stops at one seen on the way. */
  private readonly walking = new Set<string>();

  constructor(private readonly definition: (name: string) => Json | undefined) {}

  sub(model: Model): Model | undefined {
    switch (model.type) {
      case 'reference': {
        const target = this.definition(model.name);
        return target ? parse(target) : undefined;
      }
      case 'array':
        return parse(model.items);
      case 'map':
        // Without a value schema, the values are arbitrary, described as the map is (parseMap).
        return model.values ? parse(model.values) : { description: model.description, type: 'arbitrary' };
      default:
        return undefined;
    }
  }

  typeName(model: Model | undefined): string {
    switch (model?.type) {
      case 'array':
        return `[]${this.typeName(this.sub(model))}`;
      case 'map':
        return `map[string]${this.typeName(this.sub(model))}`;
      case 'reference':
        return this.typeName(this.sub(model));
      case 'kind':
        return 'Object';
      case 'primitive':
        return model.name;
      default:
        return ''; // kubectl's type namer has no case for arbitrary values
    }
  }

  /** The model at the end of the path (LookupSchemaForField): a primitive or arbitrary value ends it early. */
  lookup(model: Model | undefined, path: readonly string[]): Model | string | undefined {
    if (!model || model.type === 'primitive' || model.type === 'arbitrary' || path.length === 0) return model;
    if (model.type !== 'kind') return this.lookup(this.sub(model), path);
    const [name = '', ...rest] = path;
    const field = model.fields[name];
    if (!isObject(field)) return `field ${JSON.stringify(name)} does not exist`;
    return this.lookup(parse(field), rest);
  }

  /** A kind's fields: name, type, whether required, and description (regularFieldsPrinter). */
  fields(out: Formatter, kind: Extract<Model, { type: 'kind' }>): void {
    for (const name of Object.keys(kind.fields).sort()) {
      const field = parse(kind.fields[name] as Json);
      const required = kind.required.includes(name) ? ' -required-' : '';
      out.write(`${name}\t<${this.typeName(field)}>${required}`);
      out.indent(2).writeWrapped(field.description);
      out.write('');
    }
  }

  /** The field tree, names and types (recursiveFieldsPrinter). */
  recursiveFields(out: Formatter, model: Model | undefined): void {
    if (!model || model.type === 'primitive' || model.type === 'arbitrary') return;
    if (model.type === 'reference') {
      if (this.walking.has(model.name)) return;
      this.walking.add(model.name);
      this.recursiveFields(out, this.sub(model));
      this.walking.delete(model.name);
      return;
    }
    if (model.type !== 'kind') return this.recursiveFields(out, this.sub(model));
    for (const name of Object.keys(model.fields).sort()) {
      const field = parse(model.fields[name] as Json);
      out.write(`${name}\t<${this.typeName(field)}>`);
      this.recursiveFields(out.indent(3), field);
    }
  }
}

export interface V2Target {
  group: string;
  version: string;
  kind: string;
  fieldPath: readonly string[];
  recursive: boolean;
}

/** The definitions of the documents' Swagger 2.0 document (what `/openapi/v2` serves), converted as they are read. */
function swaggerDefinitions(documents: Iterable<OpenApiDocument>) {
  const components = new Map<string, Json>();
  for (const doc of documents) {
    const schemas = field(doc.components, 'schemas');
    for (const [name, schema] of Object.entries(isObject(schemas) ? schemas : {})) {
      if (isObject(schema)) components.set(name, schema);
    }
  }
  const converted = new Map<string, Json>();
  const definition = (name: string) => {
    const schema = components.get(name);
    if (!schema) return undefined;
    let v2 = converted.get(name);
    if (!v2) converted.set(name, (v2 = toV2Schema(schema)));
    return v2;
  };
  return { components, definition };
}

/**
 * The explanation of a kind's field path, from all the cluster's documents: the kind's model is the last
 * definition, by name, carrying its group-version-kind.
 */
export function renderOpenApiV2(documents: Iterable<OpenApiDocument>, target: V2Target): Rendered {
  const { components, definition } = swaggerDefinitions(documents);
  const modelName = [...components.keys()]
    .sort()
    .filter((name) =>
      list(components.get(name)?.['x-kubernetes-group-version-kind']).some(
        (k) => isObject(k) && k.group === target.group && k.version === target.version && k.kind === target.kind,
      ),
    )
    .at(-1);
  const schema = modelName === undefined ? undefined : definition(modelName);
  if (!schema) {
    return {
      out: '',
      error: `error: couldn't find resource for "${target.group}/${target.version}, Kind=${target.kind}"`,
    };
  }
  const explainer = new Explainer(definition);
  const found = explainer.lookup(parse(schema), target.fieldPath);
  if (typeof found === 'string') return { out: '', error: `error: ${found}` };
  const lines: string[] = [];
  printModel(new Formatter(lines), explainer, found, target);
  return { out: lines.join('') };
}

/**
 * The model printer (modelPrinter): arrays, maps and references gather their descriptions (and the first of them
 * the type) on the way to what they hold, which prints the heading, its own line and all the descriptions.
 */
function printModel(out: Formatter, explainer: Explainer, found: Model | undefined, target: V2Target): void {
  const name = target.fieldPath.at(-1) ?? '';
  const descriptions: string[] = [];
  let type = '';
  let model = found;
  while (model && (model.type === 'array' || model.type === 'map' || model.type === 'reference')) {
    descriptions.push(model.description);
    if (!type && model.type !== 'reference') type = explainer.typeName(model);
    model = explainer.sub(model);
  }
  if (!model) return;
  out.write(`KIND:     ${target.kind}`);
  out.write(`VERSION:  ${target.group ? `${target.group}/${target.version}` : target.version}\n`);
  const describe = (own: string) => {
    out.write('DESCRIPTION:');
    const all = [...descriptions, own];
    all.forEach((description, i) => {
      if (!description) return;
      if (i !== 0) out.write('');
      out.indent(5).writeWrapped(description);
    });
    if (all.every((d) => !d)) out.indent(5).writeWrapped('<empty>');
  };
  if (model.type === 'kind') {
    if (name) out.write(`RESOURCE: ${name} <${type || 'Object'}>\n`);
    describe(model.description);
    out.write('\nFIELDS:');
    if (target.recursive) explainer.recursiveFields(out.indent(3), model);
    else explainer.fields(out.indent(3), model);
  } else if (model.type === 'primitive') {
    out.write(`FIELD:    ${name} <${type || model.name}>\n`);
    describe(model.description);
  } else {
    describe(model.description);
  }
}
