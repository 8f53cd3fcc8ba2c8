/**
 * `?watch=true`: newline-delimited watch events (k8s.io/apimachinery/pkg/watch) over the cluster's store, resuming
 * from a resourceVersion (list, then watch from the list's RV: no event in between is lost), with selectors turning
 * MODIFIED into ADDED/DELETED as objects enter and leave them, bookmarks, `timeoutSeconds`, and `410 Expired` as an
 * ERROR event for a resourceVersion older than the store's history.
 */
import type { KubeObject, Stored, WatchEvent } from '../sim/index.js';
import { apiVersionOf, groupResource, isStatusError } from '../sim/index.js';
import { includeObjectOf, type ReadContext } from './list.js';
import { statusObject } from './status.js';
import { printerForType, toTable, wantsTable } from './table.js';
import { JSON_TYPE, type KubeApiStream, type StreamSink } from './types.js';

type EventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

const keyOf = (obj: Stored) => `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
/** How often (cluster time) a watch that asked for them gets a bookmark. */
const BOOKMARK_EVERY_MS = 60_000;

/**
 * Whether an object passes the watch's selectors, judged on the object alone: an event's previous version is judged
 * too, as kube-apiserver's watch cache does, so a watch resumed from an older resourceVersion turns the events it
 * replays into ADDED/DELETED by what was selected then, not by what is selected now.
 */
const selectorTest = (ctx: ReadContext) =>
  ctx.cluster.api.selection(groupResource(ctx.type), {
    labelSelector: ctx.query.get('labelSelector') || undefined,
    fieldSelector: ctx.query.get('fieldSelector') || undefined,
  });

export function watchResource(ctx: ReadContext): KubeApiStream {
  const { cluster, type, query } = ctx;
  const asTable = wantsTable(ctx.accept);
  const printer = asTable ? printerForType(cluster, type) : undefined;
  const include = includeObjectOf(query);
  const bookmarks = query.get('allowWatchBookmarks') === 'true';
  const timeout = Number(query.get('timeoutSeconds') ?? '0');
  const deadline = Number.isFinite(timeout) && timeout > 0 ? cluster.now() + timeout * 1000 : undefined;
  const rv = query.get('resourceVersion') ?? '';
  const initialEvents = query.get('sendInitialEvents') === 'true';
  const test = selectorTest(ctx);

  let sink: StreamSink | undefined;
  const pending: string[] = [];
  let columnsSent = false;
  let ended = false;
  let lastBookmark = cluster.now();

  const encode = (eventType: EventType, object: unknown): string => {
    let payload = object;
    if (ctx.served && !printer && eventType !== 'ERROR' && eventType !== 'BOOKMARK')
      payload = ctx.served.fromStored(object as KubeObject);
    if (printer && (eventType === 'ADDED' || eventType === 'MODIFIED' || eventType === 'DELETED')) {
      payload = toTable(printer, [object as KubeObject], { now: cluster.now(), include, noColumns: columnsSent });
      columnsSent = true;
    }
    return `${JSON.stringify({ type: eventType, object: payload })}\n`;
  };
  const send = (eventType: EventType, object: unknown) => {
    if (ended) return;
    const line = encode(eventType, object);
    if (sink) sink.write(line);
    else pending.push(line);
  };
  const bookmark = (annotations?: Record<string, string>) =>
    send('BOOKMARK', {
      kind: type.kind,
      apiVersion: apiVersionOf(type),
      metadata: {
        resourceVersion: String(cluster.store.resourceVersion()),
        ...(annotations ? { annotations } : {}),
      },
    });

  const onEvent = (event: WatchEvent) => {
    const obj = event.object;
    if (!test) {
      send(event.type, obj);
      return;
    }
    const was = event.old !== undefined && test(event.old);
    const now = event.type !== 'DELETED' && test(obj);
    if (was && now) send('MODIFIED', obj);
    else if (!was && now) send('ADDED', obj);
    else if (was) send('DELETED', obj);
  };

  let stopWatch: () => void = () => undefined;
  const fromNow = rv === '' || rv === '0';
  try {
    if (fromNow || initialEvents) {
      const initial = cluster.api.list(groupResource(type), { namespace: ctx.namespace }).items;
      for (const obj of initial.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)))
        if (!test || test(obj)) send('ADDED', obj);
      if (initialEvents) bookmark({ 'k8s.io/initial-events-end': 'true' });
    }
    stopWatch = cluster.api.watch(
      groupResource(type),
      { namespace: ctx.namespace, resourceVersion: fromNow || initialEvents ? undefined : rv },
      onEvent,
    );
  } catch (err) {
    if (!isStatusError(err, 'Gone')) throw err;
    send('ERROR', statusObject(410, err.message, 'Expired'));
    ended = true;
  }

  const finish = () => {
    if (ended && !sink) return;
    stopWatch();
    const s = sink;
    sink = undefined;
    ended = true;
    s?.end();
  };

  return {
    kind: 'stream',
    status: 200,
    contentType: JSON_TYPE,
    start(target) {
      sink = target;
      for (const line of pending.splice(0)) target.write(line);
      if (ended) {
        sink = undefined;
        target.end();
      }
      return {
        stop: () => {
          stopWatch();
          ended = true;
          sink = undefined;
        },
        poll: () => {
          const now = cluster.now();
          if (bookmarks && now - lastBookmark >= BOOKMARK_EVERY_MS) {
            lastBookmark = now;
            bookmark();
          }
          if (deadline !== undefined && now >= deadline) finish();
        },
      };
    },
  };
}
