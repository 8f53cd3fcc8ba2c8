// The kubeapi layer on its own (no server): what kube-apiserver answers for the cases real kubectl's commands do not
// reach every time: watch resumption and expiry, selectors turning MODIFIED into ADDED/DELETED, bookmarks and
// timeouts, paging, Table options, subresources and Status errors.
import { serveKubeApi, type KubeApiRequest, type KubeApiResult } from '../../server/src/kubeapi/index';
import { Cluster } from '../../server/src/sim/index';

const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

function cluster(): Cluster {
  const c = Cluster.create({ startTime: Date.UTC(2026, 0, 1), seed: 7 });
  c.start();
  c.settle();
  return c;
}

function call(
  c: Cluster,
  method: string,
  path: string,
  query = '',
  extra: Partial<KubeApiRequest> = {},
): KubeApiResult {
  return serveKubeApi(c, { method, path, query, headers: {}, ...extra });
}

function json(result: KubeApiResult): { status: number; body: Record<string, unknown> } {
  if (result.kind !== 'response') throw new Error('expected a complete response');
  return { status: result.status, body: JSON.parse(String(result.body)) as Record<string, unknown> };
}

function post(c: Cluster, path: string, obj: object, query = ''): { status: number; body: Record<string, unknown> } {
  return json(
    call(c, 'POST', path, query, {
      headers: { contentType: 'application/json' },
      body: new TextEncoder().encode(JSON.stringify(obj)),
    }),
  );
}

const configMap = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, labels },
  data: { a: '1' },
});

/** Opens a watch and collects its events. */
function watch(c: Cluster, path: string, query: string, accept?: string) {
  const result = call(c, 'GET', path, `watch=true&${query}`, { headers: { accept } });
  if (result.kind !== 'stream') throw new Error(`expected a stream, got ${JSON.stringify(result)}`);
  const lines: string[] = [];
  let ended = false;
  const handle = result.start({ write: (chunk) => lines.push(...chunk.trim().split('\n')), end: () => (ended = true) });
  return {
    handle,
    ended: () => ended,
    events: () => lines.map((l) => JSON.parse(l) as { type: string; object: Record<string, unknown> }),
  };
}

const CMS = '/api/v1/namespaces/default/configmaps';

it('a watch from a list’s resourceVersion misses nothing written in between', () => {
  const c = cluster();
  post(c, CMS, configMap('before'));
  const list = json(call(c, 'GET', CMS));
  const rv = (list.body.metadata as { resourceVersion: string }).resourceVersion;
  post(c, CMS, configMap('between'));
  const w = watch(c, CMS, `resourceVersion=${rv}`);
  post(c, CMS, configMap('after'));
  expect(w.events().map((e) => [e.type, (e.object.metadata as { name: string }).name])).toEqual([
    ['ADDED', 'between'],
    ['ADDED', 'after'],
  ]);
  w.handle.stop();
});

it('a resourceVersion older than the history is 410 Expired, as an ERROR event', () => {
  const c = cluster();
  for (let i = 0; i < 300; i++) post(c, CMS, configMap(`cm-${i}`));
  const w = watch(c, CMS, 'resourceVersion=1');
  expect(w.events()).toEqual([
    {
      type: 'ERROR',
      object: expect.objectContaining({ kind: 'Status', reason: 'Expired', code: 410 }) as never,
    },
  ]);
  expect(w.ended()).toBe(true);
});

it('with a selector, objects entering and leaving it are ADDED and DELETED', () => {
  const c = cluster();
  post(c, CMS, configMap('x', { app: 'a' }));
  const w = watch(c, CMS, 'labelSelector=app%3Db');
  const patch = (labels: object) =>
    call(c, 'PATCH', `${CMS}/x`, '', {
      headers: { contentType: 'application/merge-patch+json' },
      body: new TextEncoder().encode(JSON.stringify({ metadata: { labels } })),
    });
  patch({ app: 'b' });
  patch({ app: 'b', more: '1' });
  patch({ app: 'c' });
  expect(w.events().map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
});

it('a selected watch resumed from an older resourceVersion sends what left the selection since (kubectl delete waits on it)', () => {
  const c = cluster();
  post(c, CMS, configMap('going'));
  const list = json(call(c, 'GET', CMS, 'fieldSelector=metadata.name%3Dgoing'));
  const rv = (list.body.metadata as { resourceVersion: string }).resourceVersion;
  call(c, 'DELETE', `${CMS}/going`);
  const w = watch(c, CMS, `fieldSelector=metadata.name%3Dgoing&resourceVersion=${rv}`);
  expect(w.events().map((e) => [e.type, (e.object.metadata as { name: string }).name])).toEqual([['DELETED', 'going']]);
  w.handle.stop();
});

it('bookmarks when asked, and the watch ends at timeoutSeconds on the cluster clock', () => {
  const c = cluster();
  const w = watch(c, CMS, 'resourceVersion=0&allowWatchBookmarks=true&timeoutSeconds=90');
  c.advance(61_000);
  w.handle.poll?.();
  expect(w.events().filter((e) => e.type === 'BOOKMARK')).toHaveLength(1);
  expect(w.ended()).toBe(false);
  c.advance(30_000);
  w.handle.poll?.();
  expect(w.ended()).toBe(true);
});

it('pages with limit and continue, in key order', () => {
  const c = cluster();
  for (const n of ['c', 'a', 'b']) post(c, CMS, configMap(n));
  const names = (body: Record<string, unknown>) =>
    (body.items as { metadata: { name: string } }[]).map((i) => i.metadata.name).filter((n) => n.length === 1);
  const first = json(call(c, 'GET', CMS, 'limit=2')).body;
  const token = (first.metadata as { continue: string }).continue;
  const second = json(call(c, 'GET', CMS, `limit=2&continue=${encodeURIComponent(token)}`)).body;
  expect([...names(first), ...names(second)]).toEqual(['a', 'b', 'c']);
  expect(json(call(c, 'GET', CMS, 'continue=garbage')).status).toBe(400);
});

it('Tables carry our printer’s columns and the object as asked (Metadata by default, Object, None)', () => {
  const c = cluster();
  post(c, CMS, configMap('t'));
  const table = json(call(c, 'GET', `${CMS}/t`, '', { headers: { accept: TABLE } })).body;
  expect(table).toMatchObject({ kind: 'Table', apiVersion: 'meta.k8s.io/v1' });
  expect((table.columnDefinitions as { name: string }[]).map((d) => d.name)).toEqual(['Name', 'Data', 'Age']);
  const row = (table.rows as { cells: unknown[]; object: { kind: string } }[])[0]!;
  expect(row.cells.slice(0, 2)).toEqual(['t', 1]);
  expect(row.object.kind).toBe('PartialObjectMetadata');
  const full = json(call(c, 'GET', `${CMS}/t`, 'includeObject=Object', { headers: { accept: TABLE } })).body;
  expect((full.rows as { object: { kind: string } }[])[0]!.object.kind).toBe('ConfigMap');
  const none = json(call(c, 'GET', `${CMS}/t`, 'includeObject=None', { headers: { accept: TABLE } })).body;
  expect((none.rows as object[])[0]).not.toHaveProperty('object');
});

it('aggregated discovery answers with its exact content type; legacy discovery without', () => {
  const c = cluster();
  const accept = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;q=0.9';
  const aggregated = call(c, 'GET', '/apis', '', { headers: { accept } });
  expect(aggregated.kind === 'response' && aggregated.contentType).toBe(
    'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
  );
  const legacy = json(call(c, 'GET', '/apis/apps/v1')).body;
  expect(legacy.resources).toContainEqual({
    name: 'deployments/scale',
    singularName: '',
    namespaced: true,
    group: 'autoscaling',
    version: 'v1',
    kind: 'Scale',
    verbs: ['get', 'patch', 'update'],
  });
});

it('scale reads and writes spec.replicas as autoscaling/v1 Scale', () => {
  const c = cluster();
  const deploy = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    },
  };
  expect(post(c, '/apis/apps/v1/namespaces/default/deployments', deploy).status).toBe(201);
  const path = '/apis/apps/v1/namespaces/default/deployments/web/scale';
  expect(json(call(c, 'GET', path)).body).toMatchObject({
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    spec: { replicas: 1 },
    status: { selector: 'app=web' },
  });
  const scaled = call(c, 'PATCH', path, '', {
    headers: { contentType: 'application/merge-patch+json' },
    body: new TextEncoder().encode('{"spec":{"replicas":3}}'),
  });
  expect(json(scaled).body).toMatchObject({ spec: { replicas: 3 } });
});

it('errors are Status objects with kube-apiserver’s reason, code and message', () => {
  const c = cluster();
  expect(json(call(c, 'GET', `${CMS}/missing`)).body).toEqual({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'configmaps "missing" not found',
    reason: 'NotFound',
    code: 404,
  });
  post(c, CMS, configMap('dup'));
  expect(post(c, CMS, configMap('dup')).body).toMatchObject({
    reason: 'AlreadyExists',
    message: 'configmaps "dup" already exists',
    code: 409,
  });
  expect(json(call(c, 'GET', '/apis/nope/v1/things')).status).toBe(404);
  const dryRun = post(c, CMS, configMap('dry'), 'dryRun=All');
  expect(dryRun.status).toBe(201);
  expect(json(call(c, 'GET', `${CMS}/dry`)).status).toBe(404);
});

it('serves autoscaling/v1 HorizontalPodAutoscalers over the stored v2 (what kubectl autoscale creates)', () => {
  const c = cluster();
  const v1 = '/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers';
  const created = post(c, v1, {
    apiVersion: 'autoscaling/v1',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      maxReplicas: 5,
      targetCPUUtilizationPercentage: 70,
    },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ apiVersion: 'autoscaling/v1', spec: { targetCPUUtilizationPercentage: 70 } });
  const v2 = json(call(c, 'GET', '/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers/web')).body;
  expect(v2).toMatchObject({
    apiVersion: 'autoscaling/v2',
    spec: {
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
      ],
    },
  });
  const patched = call(c, 'PATCH', `${v1}/web`, '', {
    headers: { contentType: 'application/merge-patch+json' },
    body: new TextEncoder().encode('{"spec":{"targetCPUUtilizationPercentage":50}}'),
  });
  expect(json(patched).body).toMatchObject({ spec: { targetCPUUtilizationPercentage: 50, maxReplicas: 5 } });
  const groups = json(call(c, 'GET', '/apis')).body.groups as { name: string; versions: { version: string }[] }[];
  expect(groups.find((g) => g.name === 'autoscaling')?.versions.map((v) => v.version)).toEqual(['v2', 'v1']);
});

it('field selectors on a watch: metadata.name directly, other fields as the kind’s list decides', () => {
  const c = cluster();
  const byName = watch(c, CMS, 'fieldSelector=metadata.name%3Dtarget');
  post(c, CMS, configMap('other'));
  post(c, CMS, configMap('target'));
  expect(byName.events().map((e) => (e.object.metadata as { name: string }).name)).toEqual(['target']);
  const pods = '/api/v1/namespaces/default/pods';
  const pending = watch(c, pods, 'fieldSelector=status.phase%3DPending');
  post(c, pods, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
  });
  c.settle();
  expect(pending.events().map((e) => e.type)).toEqual(expect.arrayContaining(['ADDED', 'DELETED']));
});
