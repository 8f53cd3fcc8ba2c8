/**
 * cli-runtime's resource.Builder (pkg/resource/builder.go) for the commands that follow it call for call: `set
 * selector`, `set subject`, `auth reconcile` and apply's last-applied subcommands. The calls are made in the order the
 * command makes them, because the builder's errors depend on it; `do()` then visits the objects as
 * Builder.visitorResult does: files first, then a selector, then TYPE/NAME arguments, then names of one type.
 *
 * What goes wrong with the whole request (no resources, a type the server does not have, arguments beside files) is
 * thrown; what goes wrong with one object (not found, a namespace that does not match) is that object's visit, so a
 * command that continues on errors (ContinueOnError) can go on with the others.
 */
import {
  groupResource,
  isStatusError,
  matches,
  parseLabelSelector,
  type KubeObject,
  type ResourceType,
  type Selector,
} from '../../sim/index.js';
import { optionalFlags } from '../cli/flags.js';
import { aggregate, formatStatusError, KubectlError, RawError } from '../errors.js';
import { api, explicitNamespace, namespaceOf, type KubeInv } from '../env.js';
import { listObjects, typesFor } from '../resources.js';
import { NO_RESOURCES } from './label.js';
import { inputObjects } from './write.js';

/** One object the builder found. */
export interface Info {
  readonly type: ResourceType;
  /** Set for a namespaced object (and, local, for any object whose file gave one). */
  readonly namespace: string | undefined;
  readonly name: string;
  /** The file the object came from; empty for objects named by arguments. */
  readonly source: string;
  /** The object from the server, or (local) as the file has it. */
  readonly object: KubeObject;
}

/** An object's visit: what was found, or what went wrong (with the file's object, when it came from one). */
export type Visit = { readonly info: Info } | { readonly error: Error; readonly object?: KubeObject };

/** LocalResourceError (cli-runtime): worded with its own `error:` prefix. */
export const LOCAL_RESOURCE_ERROR = new RawError(`error: you must specify resources by --filename when --local is set.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'`);

type FileInv = KubeInv<{ filename: 'stringArray'; recursive: 'bool' }>;

export class ResourceBuilder {
  private readonly errors: Error[] = [];
  private readonly namespace: string;
  private filenames = false;
  private requireNamespace = false;
  private resources: string[] = [];
  private names: string[] = [];
  private tuples: { resource: string; name: string }[] = [];
  private labelSelector: string | undefined;
  private selectAll = false;
  private isLocal = false;
  private isLatest = false;

  constructor(private readonly inv: FileInv) {
    this.namespace = namespaceOf(inv);
  }

  /** FilenameParam: `-f`/`-k` (their flags); an explicit `-n` makes objects in other namespaces an error. */
  filenameParam(): this {
    this.filenames =
      this.inv.flags.list('filename').length > 0 || optionalFlags(this.inv.flags).str('kustomize') !== '';
    if (explicitNamespace(this.inv)) this.requireNamespace = true;
    return this;
  }

  /** ResourceTypeOrNameArgs: `TYPE`, `TYPE NAME…`, `TYPE,TYPE`, `TYPE/NAME…`; a type alone selects all when allowed. */
  resourceTypeOrNameArgs(allowEmptySelector: boolean, args: readonly string[]): this {
    if (args.some((a) => a.includes('/'))) {
      for (const arg of args) {
        const slash = arg.indexOf('/');
        if (slash < 0) {
          this.errors.push(
            new KubectlError(
              "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
            ),
          );
          return this;
        }
        const name = arg.slice(slash + 1);
        if (arg.slice(0, slash) === '' || name === '') {
          this.errors.push(new KubectlError('arguments in resource/name form must have a single resource and name'));
          return this;
        }
        if (name.includes('/')) {
          this.errors.push(new KubectlError('arguments in resource/name form may not have more than one slash'));
          return this;
        }
        this.tuples.push({ resource: arg.slice(0, slash), name });
      }
      return this;
    }
    if (args.length === 0) return this;
    this.resources.push(...new Set(args[0]!.split(',')));
    this.names.push(...args.slice(1));
    if (args.length === 1 && this.labelSelector === undefined && allowEmptySelector) this.labelSelector = '';
    return this;
  }

  /** LabelSelectorParam: a blank selector is none. */
  labelSelectorParam(selector: string): this {
    if (selector.trim() === '') return this;
    if (this.selectAll) {
      this.errors.push(
        new KubectlError(
          `found non-empty label selector ${JSON.stringify(selector)} with previously set 'all' parameter. `,
        ),
      );
      return this;
    }
    this.labelSelector = selector.trim();
    return this;
  }

  /** SelectAllParam: `--all`, refused after a selector. */
  selectAllParam(all: boolean): this {
    if (all && this.labelSelector !== undefined) {
      this.errors.push(new KubectlError("setting 'all' parameter but found a non empty selector. "));
      return this;
    }
    this.selectAll = all;
    return this;
  }

  /** Local: objects from files only, as they are there; no server. */
  local(): this {
    this.isLocal = true;
    return this;
  }

  /** Local unless asked otherwise; resource arguments are then an error (ResourceBuilderFlags.ToBuilder). */
  localParam(local: boolean, args: readonly string[]): this {
    if (!local) return this;
    if (args.length > 0) this.errors.push(LOCAL_RESOURCE_ERROR);
    return this.local();
  }

  /** Latest: objects from files are read again from the server. */
  latest(): this {
    this.isLatest = true;
    return this;
  }

  do(): Visit[] {
    const visits = this.visitorResult();
    return visits.map((v) => ('info' in v ? this.decorate(v.info) : v));
  }

  private visitorResult(): Visit[] {
    const files = this.filenames ? this.readFiles() : [];
    if (this.errors.length > 0) throw aggregate(this.errors);
    if (this.selectAll) this.labelSelector = '';
    if (this.filenames) return this.visitByPaths(files);
    if (this.labelSelector !== undefined) return this.visitBySelector(this.labelSelector);
    if (this.tuples.length > 0) {
      if (this.resources.length > 0)
        throw new KubectlError('you may not specify individual resources and bulk resources in the same call');
      const typed = this.tuples.map((t) => ({ type: this.typeOf(t.resource), name: t.name }));
      return typed.map(({ type, name }) => this.fetch(type, name));
    }
    if (this.names.length > 0) {
      if (this.resources.length > 1) throw new KubectlError('you must specify only one resource');
      const type = this.typeOf(this.resources[0]!);
      return this.names.map((name) => this.fetch(type, name));
    }
    if (this.resources.length > 0) {
      for (const r of this.resources) this.typeOf(r);
      throw new KubectlError('resource(s) were provided, but no name was specified');
    }
    throw new KubectlError(NO_RESOURCES);
  }

  private readFiles(): ReturnType<typeof inputObjects> {
    try {
      return inputObjects(this.inv);
    } catch (e) {
      if (!(e instanceof KubectlError)) throw e;
      this.errors.push(e);
      return [];
    }
  }

  private typeOf(resource: string): ResourceType {
    const types = typesFor(this.inv, resource);
    if (types.length !== 1) throw new KubectlError('you may only specify a single resource type');
    return types[0]!;
  }

  private visitByPaths(files: ReturnType<typeof inputObjects>): Visit[] {
    if (this.resources.length > 0)
      throw new KubectlError(
        'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
      );
    if (this.names.length > 0) throw new KubectlError('name cannot be provided when a path is specified');
    if (this.tuples.length > 0)
      throw new KubectlError('resource/name arguments cannot be provided when a path is specified');
    const visits = files.map(({ object, source }): Visit => {
      const name = object.metadata?.name ?? '';
      const own = object.metadata?.namespace || undefined;
      if (this.isLocal) {
        // No mapping without the server: an object is namespaced when its file names a namespace.
        return this.attempt(
          () => {
            const type = this.inv.env.cluster.registry.forObject(object.apiVersion, object.kind);
            return { type, namespace: own, name, source, object };
          },
          source,
          object,
        );
      }
      return this.attempt(
        () => {
          const type = this.inv.env.cluster.registry.forObject(object.apiVersion, object.kind);
          const namespace = type.namespaced ? (own ?? this.namespace) : undefined;
          if (this.isLatest) return { type, namespace, name, source, object: this.get(type, namespace, name) };
          // SetNamespace and FilterNamespace write the namespace into the object (or take it out).
          return { type, namespace, name, source, object: withNamespace(object, namespace) };
        },
        source,
        object,
      );
    });
    if (!this.labelSelector) return visits;
    const selector = this.parsedSelector(this.labelSelector);
    return visits.filter((v) => !('info' in v) || matches(selector, v.info.object.metadata?.labels));
  }

  private parsedSelector(text: string): Selector {
    try {
      return parseLabelSelector(text);
    } catch (e) {
      if (!isStatusError(e)) throw e;
      throw new KubectlError(`the provided selector ${JSON.stringify(text)} is not valid: ${e.message}`);
    }
  }

  private visitBySelector(selector: string): Visit[] {
    if (this.names.length > 0) throw new KubectlError('name cannot be provided when a selector is specified');
    if (this.tuples.length > 0)
      throw new KubectlError('selectors and the all flag cannot be used when passing resource/name arguments');
    if (this.resources.length === 0)
      throw new KubectlError('at least one resource must be specified to use a selector');
    const types = this.resources.flatMap((r) => typesFor(this.inv, r));
    return types.flatMap((type): Visit[] => {
      try {
        return listObjects(this.inv, type, { selector }).map((object) => ({
          info: { type, namespace: object.metadata.namespace, name: object.metadata.name, source: '', object },
        }));
      } catch (e) {
        if (!isStatusError(e)) throw e;
        return [{ error: e }];
      }
    });
  }

  private fetch(type: ResourceType, name: string): Visit {
    const namespace = type.namespaced ? this.namespace : undefined;
    return this.attempt(() => ({ type, namespace, name, source: '', object: this.get(type, namespace, name) }), '');
  }

  private get(type: ResourceType, namespace: string | undefined, name: string): KubeObject {
    return api(this.inv).get(groupResource(type), namespace, name);
  }

  /** One object's visit: its API error, or its mapping's (`resource mapping not found for name: …`), is its own. */
  private attempt(visit: () => Info, source: string, object?: KubeObject): Visit {
    try {
      return { info: visit() };
    } catch (e) {
      if (isStatusError(e) && e.reason === 'NoMatchesForKind') {
        const { name, namespace } = object?.metadata ?? {};
        const text = formatStatusError(e, { verb: '', source, name, namespace });
        return { error: new KubectlError(text.replace(/^error: /, '')), ...(object ? { object } : {}) };
      }
      if (isStatusError(e) || e instanceof KubectlError) return { error: e, ...(object ? { object } : {}) };
      throw e;
    }
  }

  /** The Do helpers: RequireNamespace when `-n` was given (an object elsewhere is refused). */
  private decorate(info: Info): Visit {
    if (this.requireNamespace && info.namespace !== undefined && info.namespace !== this.namespace)
      return {
        error: new KubectlError(
          `the namespace from the provided object "${info.namespace}" does not match the namespace "${this.namespace}". You must pass '--namespace=${info.namespace}' to perform this operation.`,
        ),
      };
    return { info };
  }
}

function withNamespace(object: KubeObject, namespace: string | undefined): KubeObject {
  if (object.metadata?.namespace === namespace) return object;
  const { namespace: _old, ...metadata } = object.metadata ?? {};
  return { ...object, metadata: namespace === undefined ? metadata : { ...metadata, namespace } };
}
