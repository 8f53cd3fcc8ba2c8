/**
 * openApiResponse: its documents' shape, kube-openapi's hash caching, and what the real kubectl v1.32 makes of them
 * behind a per-cluster path prefix (server-side field validation on `create -f`, `kubectl explain`).
 */
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApiResponse, type OpenApiReply, type OpenApiSource } from '../../server/src/kubeapi/openapi';
import { SWAGGER_PROTOBUF } from '../../server/src/kubeapi/openapiV2';
import { BUILTIN_RESOURCES, type ResourceType } from '../../server/src/sim/index';
import { requireRealKubectl, startFakeApiServer, type FakeApiServer, type Reply } from '../support/realKubectl';

const PREFIX = '/clusters/abc';
const WIDGET: ResourceType = {
  group: 'example.com',
  version: 'v1',
  kind: 'Widget',
  plural: 'widgets',
  singular: 'widget',
  shortNames: [],
  namespaced: true,
  categories: [],
  verbs: ['create', 'get', 'list', 'patch', 'update', 'delete', 'watch'],
  hasStatus: false,
};
const WIDGET_SCHEMA = {
  description: 'A widget of the lab.',
  type: 'object',
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: {
      type: 'object',
      description: 'What the widget should be.',
      properties: { size: { type: 'integer', description: 'How many parts the widget has.' } },
    },
  },
};
const SANDBOX: OpenApiSource = {
  resources: [...BUILTIN_RESOURCES, WIDGET],
  schemas: new Map([['example.com/v1/Widget', WIDGET_SCHEMA]]),
};

const get = (p: string, query = '', source?: OpenApiSource) =>
  openApiResponse({ prefix: PREFIX, path: p, query: new URLSearchParams(query) }, source);
/** A JSON reply's text ('' for none or for bytes). */
const text = (reply?: OpenApiReply) => (typeof reply?.body === 'string' ? reply.body : '');
type Root = { paths: Record<string, { serverRelativeURL: string }> };
const root = (source?: OpenApiSource) => JSON.parse(text(get('/openapi/v3', '', source))) as Root;
const hashOf = (gv: string) => new URL(root().paths[gv]?.serverRelativeURL ?? '', 'http://x').searchParams.get('hash');

describe('openApiResponse', () => {
  it('lists one document per served group-version, at URLs under the cluster prefix', () => {
    const paths = root().paths;
    expect(Object.keys(paths)).toContain('api/v1');
    expect(Object.keys(paths)).toContain('apis/apps/v1');
    expect(Object.keys(paths)).toHaveLength(new Set(BUILTIN_RESOURCES.map((t) => `${t.group}/${t.version}`)).size);
    expect(paths['apis/apps/v1']?.serverRelativeURL).toMatch(
      /^\/clusters\/abc\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{128}$/,
    );
  });

  it('answers the current hash as immutable, redirects a stale one, revalidates by ETag', () => {
    const hash = hashOf('apis/apps/v1') ?? '';
    expect(get('/openapi/v3/apis/apps/v1', `hash=${hash}`)?.headers['cache-control']).toBe('public, immutable');
    expect(get('/openapi/v3/apis/apps/v1', 'hash=STALE')).toMatchObject({
      status: 301,
      headers: { location: `${PREFIX}/openapi/v3/apis/apps/v1?hash=${hash}` },
    });
    expect(get('/openapi/v3/apis/apps/v1')).toMatchObject({ status: 200, headers: { etag: `"${hash}"` } });
    const revalidate = { prefix: PREFIX, path: '/openapi/v3/apis/apps/v1', query: new URLSearchParams() };
    expect(openApiResponse({ ...revalidate, ifNoneMatch: `"${hash}"` })).toMatchObject({ status: 304, body: '' });
    expect(get('/openapi/v3/apis/nope/v1')?.status).toBe(404);

    expect(get('/api/v1/pods')).toBeUndefined();
  });

  it('answers JSON to clients that take it, and 406 to those that take only protobuf', () => {
    const request = { prefix: PREFIX, path: '/openapi/v3/api/v1', query: new URLSearchParams() };
    expect(openApiResponse({ ...request, accept: 'application/json, */*' })?.status).toBe(200);
    expect(openApiResponse({ ...request, accept: 'application/json;q=0.9' })?.status).toBe(200);
    const protobuf = 'application/com.github.proto-openapi.spec.v3@v1.0+protobuf';
    expect(openApiResponse({ ...request, accept: protobuf })).toMatchObject({ status: 406 });
  });

  it('serves /openapi/v2 as Swagger 2.0, in JSON or as gnostic protobuf', () => {
    const request = { prefix: PREFIX, path: '/openapi/v2', query: new URLSearchParams() };
    const swagger = JSON.parse(text(openApiResponse({ ...request, accept: 'application/json' }))) as {
      swagger: string;
      paths: Record<string, { patch?: { parameters: { name: string; in: string }[] } & Record<string, unknown> }>;
      definitions: Record<string, Record<string, unknown>>;
    };
    expect(swagger.swagger).toBe('2.0');
    const patch = swagger.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}']?.patch;
    expect(patch?.parameters).toContainEqual(expect.objectContaining({ name: 'fieldValidation', in: 'query' }));
    expect(patch?.['x-kubernetes-group-version-kind']).toEqual({ group: 'apps', kind: 'Deployment', version: 'v1' });
    expect(swagger.definitions['io.k8s.api.apps.v1.DeploymentSpec']?.properties).toMatchObject({
      replicas: { type: 'integer', format: 'int32' },
      template: { $ref: '#/definitions/io.k8s.api.core.v1.PodTemplateSpec' },
    });
    const protobuf = openApiResponse({ ...request, accept: SWAGGER_PROTOBUF });
    expect(protobuf?.contentType).toBe('application/com.github.proto-openapi.spec.v2.v1.0+protobuf');
    // openapi.v2.Document field 1, `swagger`: "2.0".
    expect([...(protobuf?.body as Uint8Array).subarray(0, 5)]).toEqual([0x0a, 3, ...Buffer.from('2.0')]);
  });

  it('gives every PATCH operation its group-version-kind and the fieldValidation parameter', () => {
    const doc = JSON.parse(text(get('/openapi/v3/apis/apps/v1'))) as {
      paths: Record<string, { patch?: { parameters: { name: string; in: string }[] } & Record<string, unknown> }>;
    };
    const patches = Object.entries(doc.paths).filter(([, item]) => item.patch);
    expect(patches.map(([p]) => p)).toContain('/apis/apps/v1/namespaces/{namespace}/deployments/{name}');
    for (const [, item] of patches) {
      expect(item.patch?.parameters).toContainEqual(expect.objectContaining({ name: 'fieldValidation', in: 'query' }));
      expect(item.patch?.['x-kubernetes-group-version-kind']).toMatchObject({ group: 'apps', version: 'v1' });
    }
  });

  it('describes every built-in kind but CustomResourceDefinition field by field', () => {
    const undescribed = BUILTIN_RESOURCES.filter((t) => {
      const gv = t.group ? `apis/${t.group}/${t.version}` : `api/${t.version}`;
      const doc = JSON.parse(text(get(`/openapi/v3/${gv}`))) as {
        components: { schemas: Record<string, { properties?: Record<string, unknown> } & Record<string, unknown>> };
      };
      const schema = Object.values(doc.components.schemas).find((c) =>
        (JSON.stringify(c['x-kubernetes-group-version-kind']) ?? '').includes(`"kind":"${t.kind}"`),
      );
      return !schema?.properties?.metadata || schema['x-kubernetes-preserve-unknown-fields'];
    });
    expect(undescribed.map((t) => t.kind)).toEqual(['CustomResourceDefinition']);
  });

  it("documents the built-in kinds' fields: descriptions, required fields and enum values, in v3 and v2", () => {
    type Schemas = Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }>;
    const doc = JSON.parse(text(get('/openapi/v3/apis/apps/v1'))) as { components: { schemas: Schemas } };
    const spec = doc.components.schemas['io.k8s.api.apps.v1.DeploymentSpec'];
    expect(spec?.required).toEqual(expect.arrayContaining(['selector', 'template']));
    expect(spec?.properties.replicas?.description).toMatch(/^Number of desired pods\./);
    expect(doc.components.schemas['io.k8s.api.apps.v1.DeploymentStrategy']?.properties.type).toMatchObject({
      type: 'string',
      enum: ['Recreate', 'RollingUpdate'],
    });
    const v2 = { prefix: PREFIX, path: '/openapi/v2', query: new URLSearchParams(), accept: 'application/json' };
    const swagger = JSON.parse(text(openApiResponse(v2))) as { definitions: Schemas };
    expect(swagger.definitions['io.k8s.api.apps.v1.DeploymentSpec']?.properties.template).toMatchObject({
      $ref: '#/definitions/io.k8s.api.core.v1.PodTemplateSpec',
      description: expect.stringMatching(/^Template describes the pods that will be created\./),
    });
  });

  it("describes a custom resource with its CRD's schema, in that sandbox's documents only", () => {
    const doc = get('/openapi/v3/apis/example.com/v1', '', SANDBOX);
    expect(JSON.parse(text(doc))).toMatchObject({
      components: { schemas: { 'com.example.v1.Widget': { description: 'A widget of the lab.' } } },
    });
    expect(get('/openapi/v3/apis/example.com/v1')?.status).toBe(404);
    // The other groups' documents are the built-in ones, hashes and all, so kubectl's cache of them stays valid.
    const sandboxRoot = root(SANDBOX);
    expect(sandboxRoot.paths['apis/apps/v1']).toEqual(root().paths['apis/apps/v1']);
    expect(sandboxRoot.paths['apis/example.com/v1']?.serverRelativeURL).toMatch(/hash=[0-9A-F]{128}$/);
  });
});

/** A server of these documents that keeps what is created, so kubectl apply can read it back and patch it. */
function serve(source: OpenApiSource, minor?: number): Promise<FakeApiServer> {
  const objects = new Map<string, Buffer>();
  const json = (status: number, body: Buffer): Reply => ({ status, contentType: 'application/json', body });
  return startFakeApiServer(
    source.resources,
    (req): Reply | undefined => {
      const local = req.url.pathname.slice(PREFIX.length);
      const request = { prefix: PREFIX, path: local, query: req.url.searchParams, accept: req.headers.accept };
      const openapi = openApiResponse({ ...request, ifNoneMatch: req.headers['if-none-match'] }, source);
      if (openapi) return openapi;
      if (req.method === 'POST') {
        const { metadata } = JSON.parse(req.body.toString()) as { metadata: { name: string } };
        objects.set(`${req.url.pathname}/${metadata.name}`, req.body);
        return json(201, req.body);
      }
      const stored = objects.get(req.url.pathname);
      return stored && (req.method === 'GET' || req.method === 'PATCH') ? json(200, stored) : undefined;
    },
    { prefix: PREFIX, ...(minor ? { minor } : {}) },
  );
}

const deployment = (container: string) =>
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n' +
  '  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n' +
  `    spec: {containers: [${container}]}\n`;

describe('the real kubectl v1.32 against these documents', () => {
  let server: FakeApiServer;
  const manifest = path.join(os.tmpdir(), `kubelab-openapi-${process.pid}.yaml`);
  beforeAll(async () => {
    await requireRealKubectl();
    writeFileSync(manifest, deployment('{name: web, image: nginx}'));
    server = await serve(SANDBOX);
  });
  afterAll(async () => {
    rmSync(manifest, { force: true });
    await server?.close();
  });

  it('create -f sends fieldValidation=Strict: it found server-side validation in /openapi/v3', async () => {
    const run = await server.kubectl(['create', '-f', manifest]);
    expect(run).toMatchObject({ stdout: 'deployment.apps/web created\n', code: 0 });
    const post = server.requests.find((r) => r.method === 'POST');
    expect(post?.url.searchParams.get('fieldValidation')).toBe('Strict');
    expect(server.requests.map((r) => r.url.pathname)).not.toContain(`${PREFIX}/openapi/v2`);
    expect(server.requests.map((r) => r.url.pathname)).toContain(`${PREFIX}/openapi/v3/apis/apps/v1`);
  });

  it('without /openapi/v3, the same create -f falls back to /openapi/v2 (the control)', async () => {
    const bare = await startFakeApiServer(BUILTIN_RESOURCES, () => undefined, { prefix: PREFIX });
    try {
      await bare.kubectl(['create', '-f', manifest]);
      expect(bare.requests.map((r) => r.url.pathname)).toContain(`${PREFIX}/openapi/v2`);
    } finally {
      await bare.close();
    }
  });

  /** The strategic merge patch the second of two applies sends, the second dropping the container's args. */
  async function reapplyPatch(source: OpenApiSource): Promise<{ patch: string; stderr: string }> {
    const own = await serve(source);
    try {
      writeFileSync(manifest, deployment('{name: web, image: nginx, args: [a]}'));
      expect((await own.kubectl(['apply', '-f', manifest])).code).toBe(0);
      writeFileSync(manifest, deployment('{name: web, image: nginx}'));
      const second = await own.kubectl(['apply', '-f', manifest]);
      expect(second.stdout).toBe('deployment.apps/web configured\n');
      const patch = own.requests.find((r) => r.method === 'PATCH');
      expect(patch?.headers['content-type']).toBe('application/strategic-merge-patch+json');
      return { patch: patch?.body.toString() ?? '', stderr: second.stderr };
    } finally {
      await own.close();
    }
  }

  it("apply patches lists by their merge keys, from kubectl's own types", async () => {
    const { patch, stderr } = await reapplyPatch(SANDBOX);
    expect(stderr).toBe('');
    expect(patch).toContain('"$setElementOrder/containers":[{"name":"web"}],"containers":[{"args":null,"name":"web"}]');
  });

  it('apply warns on every run if a schema without fields offered strategic merge patch (the control)', async () => {
    const open = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    const { stderr } = await reapplyPatch({ ...SANDBOX, schemas: new Map([['apps/v1/Deployment', open]]) });
    // Which field kubectl names first follows Go's map order, which is random.
    expect(stderr).toMatch(
      /warning: error calculating patch from openapi v3 spec: unable to find api field "(metadata|spec)"\n/,
    );
  });

  it('kubectl 1.28 reads /openapi/v2 (gnostic protobuf): server-side validation on create -f, and explain', async () => {
    const old = await serve(SANDBOX, 28);
    try {
      writeFileSync(manifest, deployment('{name: web, image: nginx}'));
      expect(await old.kubectl(['create', '-f', manifest])).toMatchObject({ stdout: 'deployment.apps/web created\n' });
      const paths = old.requests.map((r) => `${r.method} ${r.url.pathname}`);
      expect(paths).toContain(`GET ${PREFIX}/openapi/v2`);
      const post = old.requests.find((r) => r.method === 'POST');
      expect(post?.url.searchParams.get('fieldValidation')).toBe('Strict');
      const explain = await old.kubectl(['explain', 'deployment.spec.replicas']);
      expect(explain.stdout).toContain('FIELD: replicas <integer>\n');
    } finally {
      await old.close();
    }
  });

  it('explain shows a built-in kind and its fields with the types a real cluster shows', async () => {
    const kind = await server.kubectl(['explain', 'deployments']);
    expect(kind.stdout.split('\n').slice(0, 4)).toEqual([
      'GROUP:      apps',
      'KIND:       Deployment',
      'VERSION:    v1',
      '',
    ]);
    expect(kind.stdout).toContain('  spec\t<DeploymentSpec>\n');
    const field = await server.kubectl(['explain', 'deployment.spec.replicas']);
    expect(field.stdout).toBe(
      'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\nDESCRIPTION:\n' +
        '    Number of desired pods. This is a pointer to distinguish between explicit\n' +
        '    zero and not specified. Defaults to 1.\n    \n\n',
    );
    const strategy = await server.kubectl(['explain', 'deployment.spec.strategy']);
    expect(strategy.stdout).toContain('  type\t<string>\n  enum: Recreate, RollingUpdate\n');
    expect((await server.kubectl(['explain', 'svc.spec.ports.targetPort'])).stdout).toContain(
      'FIELD: targetPort <IntOrString>\n',
    );
  });

  it('explain --recursive prints the whole field tree', async () => {
    const run = await server.kubectl(['explain', 'pods', '--recursive']);
    expect(run.stdout.split('\n').slice(0, 10)).toEqual([
      'KIND:       Pod',
      'VERSION:    v1',
      '',
      'DESCRIPTION:',
      '    Pod is a collection of containers that can run on a host. This resource is',
      '    created by clients and scheduled onto hosts.',
      '    ',
      'FIELDS:',
      '  apiVersion\t<string>',
      '  kind\t<string>',
    ]);
    expect(run.stdout).toContain(
      '    resources\t<ResourceRequirements>\n      claims\t<[]ResourceClaim>\n        name\t<string> -required-\n' +
        '        request\t<string>\n      limits\t<map[string]Quantity>\n      requests\t<map[string]Quantity>\n',
    );
    expect(run.stdout).toContain('    creationTimestamp\t<string>\n');
  });

  it("explain walks a custom resource's schema down to a field's description", async () => {
    const run = await server.kubectl(['explain', 'widgets.spec.size']);
    expect(run.stdout).toBe(
      'GROUP:      example.com\nKIND:       Widget\nVERSION:    v1\n\nFIELD: size <integer>\n\n\nDESCRIPTION:\n' +
        '    How many parts the widget has.\n    \n\n',
    );
    // kube-apiserver gives a custom resource the standard metadata, whatever its CRD's schema says of it.
    const meta = await server.kubectl(['explain', 'widgets.metadata.labels']);
    expect(meta.stdout).toContain('FIELD: labels <map[string]string>\n');
  });
});
