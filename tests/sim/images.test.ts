/**
 * The image catalogue (server/src/sim/images): its size and shape, tag ranges and variants, and the
 * reference parsing the kubelet does. Facts cited from the images' Dockerfiles (docker-library) and
 * the Kubernetes docs' examples (kubernetes/website content/en/examples).
 */
import { CATALOGUE_IMAGES, lookupImage, parseReference, pullImage } from '../../server/src/sim/index.js';

const found = (image: string) => {
  const r = lookupImage(image);
  if (r.kind !== 'found') throw new Error(`${image}: ${r.kind}`);
  return r.info;
};

describe('image catalogue', () => {
  it('holds at least 150 images, each with a name, tags, a userland and a default process', () => {
    expect(CATALOGUE_IMAGES.length).toBeGreaterThanOrEqual(150);
    for (const { facts, tags } of CATALOGUE_IMAGES) {
      expect(facts.name).toMatch(/^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/);
      expect(tags.size).toBeGreaterThan(0);
      expect(['serve', 'shell', 'repl', 'exit']).toContain(facts.behaviour);
      expect(facts.size).toBeGreaterThan(0);
    }
  });

  it('knows the images the Kubernetes docs and tutorials use, by their old and new names', () => {
    // content/en/examples: controllers/nginx-deployment.yaml, pods/inject/dependent-envars.yaml,
    // application/php-apache.yaml, service/networking/…; tutorials/hello-minikube, kubernetes-basics.
    for (const image of [
      'nginx:1.14.2',
      'nginx:1.16.1',
      'busybox:1.28',
      'registry.k8s.io/busybox',
      'registry.k8s.io/e2e-test-images/agnhost:2.39',
      'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3',
      'registry.k8s.io/hpa-example',
      'k8s.gcr.io/hpa-example',
      'registry.k8s.io/nginx-slim:0.8',
      'registry.k8s.io/echoserver:1.4',
      'gcr.io/google_containers/echoserver:1.10',
      'registry.k8s.io/pause:3.9',
      'registry.k8s.io/liveness',
      'gcr.io/google-samples/hello-app:2.0',
      'us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5',
      'gcr.io/google-samples/kubernetes-bootcamp:v1',
      'docker.io/jocatalin/kubernetes-bootcamp:v2',
      'kicbase/echo-server:1.0',
      'hashicorp/http-echo:1.0',
      'polinux/stress',
      'quay.io/fluentd_elasticsearch/fluentd:v2.5.2',
      'perl:5.34.0',
      'mysql:5.6',
      'wordpress:6.2.1-apache',
      'redis:5.0.4',
      'docker.io/library/nginx:latest',
      // application/guestbook, debug/, pods/multi-container/ambassador.yaml, service/access/.
      'docker.io/corelab/gb-frontend:v5',
      'registry.k8s.io/event-exporter:v0.2.3',
      'registry.k8s.io/node-problem-detector:v0.1',
      'gcr.io/google_containers/node-problem-detector:v0.1',
      'docker.io/alpine/socat:1.8.0.3',
      'gcr.io/google-samples/hello-go-gke:1.0',
      'gcr.io/google-samples/hello-frontend:1.0',
      'vish/stress',
    ])
      expect([image, lookupImage(image).kind]).toEqual([image, 'found']);
  });

  it('expands version ranges: nginx has 1.14.2 and 1.27, not 1.161 or 1.14.3', () => {
    // Docker Hub's nginx tags: every 1.x.y release with its moving 1.x and 1 tags, and -alpine/-perl variants.
    expect(lookupImage('nginx:1.14.2').kind).toBe('found');
    expect(lookupImage('nginx:1.27').kind).toBe('found');
    expect(lookupImage('nginx:1.25.3-alpine').kind).toBe('found');
    expect(lookupImage('nginx:alpine-perl').kind).toBe('found');
    expect(lookupImage('nginx:1.161').kind).toBe('no-such-tag');
    expect(lookupImage('nginx:1.14.3').kind).toBe('no-such-tag');
    // registry.k8s.io publishes only full versions of the control plane.
    expect(lookupImage('registry.k8s.io/kube-apiserver:v1.32.0').kind).toBe('found');
    expect(lookupImage('registry.k8s.io/kube-apiserver:v1.32').kind).toBe('no-such-tag');
    // elasticsearch publishes no `latest` tag.
    expect(lookupImage('elasticsearch').kind).toBe('no-such-tag');
  });

  it('gives a variant its own facts: nginx:alpine has busybox sh, not bash', () => {
    expect(found('nginx:1.27').userland).toBe('debian');
    expect(found('nginx:1.27-alpine').userland).toBe('alpine');
    expect(found('python:3.12-alpine3.20').userland).toBe('alpine');
    expect(found('gcr.io/distroless/static-debian12:debug').userland).toBe('busybox');
    expect(found('gcr.io/distroless/static-debian12').userland).toBe('distroless');
  });

  it('resolves the version a tag names, for logs and version strings', () => {
    expect(found('nginx:1.14.2').version).toBe('nginx version: nginx/1.14.2');
    expect(found('nginx:1.26').version).toBe('nginx version: nginx/1.26.2');
    expect(found('nginx').version).toBe('nginx version: nginx/1.27.3');
    expect(found('nginx:1.14.2').log).toContain('{ngx} [notice] 1#1: nginx/1.14.2');
  });

  it('carries each image config: entrypoint, cmd, user, ports, environment', () => {
    // docker-library/nginx mainline/debian/Dockerfile: ENTRYPOINT ["/docker-entrypoint.sh"], EXPOSE 80, CMD ["nginx", "-g", "daemon off;"]
    const nginx = found('nginx');
    expect([nginx.entrypoint, nginx.cmd, nginx.ports]).toEqual([
      ['/docker-entrypoint.sh'],
      ['nginx', '-g', 'daemon off;'],
      [80],
    ]);
    expect(nginx.env.NGINX_VERSION).toBe('1.27.3');
    // curl/curl-container Dockerfile: USER curl_user, ENTRYPOINT ["/entrypoint.sh"], CMD ["curl"].
    expect(found('curlimages/curl').user).toEqual({ uid: 100, gid: 101, name: 'curl_user', group: 'curl_group' });
    // Bitnami images run as 1001.
    expect(found('bitnami/redis').user.uid).toBe(1001);
    expect(found('busybox').cmd).toEqual(['sh']);
  });

  it('parses references as distribution/reference does', () => {
    expect(parseReference('nginx')).toEqual({
      ok: true,
      ref: { written: 'nginx', domain: 'docker.io', familiar: 'nginx', tag: 'latest', digest: undefined },
    });
    const r = parseReference('localhost:5000/team/app:1.2@sha256:' + 'a'.repeat(64));
    expect(r.ok && r.ref).toMatchObject({ domain: 'localhost:5000', familiar: 'localhost:5000/team/app', tag: '1.2' });
    expect(parseReference('Nginx').ok).toBe(false);
  });

  it('fails pulls with the Docker daemon wording the kubelet passes on', () => {
    // k8s.io/cri-client remote_image.go strips "rpc error: code = Unknown desc = " from cri-dockerd's errors.
    expect(pullImage('nginx:1.161')).toEqual({
      ok: false,
      reason: 'ErrImagePull',
      error: 'Error response from daemon: manifest for nginx:1.161 not found: manifest unknown: manifest unknown',
    });
    expect(pullImage('no-such-image')).toMatchObject({
      error:
        "Error response from daemon: pull access denied for no-such-image, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    });
    expect(pullImage('myregistry.example.com/app:1')).toMatchObject({
      error:
        'Error response from daemon: Get "https://myregistry.example.com/v2/": dial tcp: lookup myregistry.example.com on 192.168.49.1:53: no such host',
    });
    // A Windows image's manifest list has no linux/amd64 entry: moby pull_v2.go pullManifestList reports it in the
    // pull's progress stream, which cri-dockerd passes on without "Error response from daemon:".
    for (const image of ['microsoft/iis', 'mcr.microsoft.com/windows/servercore:ltsc2022', 'hello-world:nanoserver'])
      expect([image, pullImage(image)]).toEqual([
        image,
        {
          ok: false,
          reason: 'ErrImagePull',
          error: 'no matching manifest for linux/amd64 in the manifest list entries',
        },
      ]);
    expect(pullImage('mongo:7.0-windowsservercore')).toMatchObject({ ok: false });
    expect([pullImage('hello-world').ok, pullImage('mongo:7.0').ok]).toEqual([true, true]);
    // kubelet parsers.ParseImageName and distribution/reference normalize.go ParseNormalizedNamed.
    expect(pullImage('Nginx:1.27')).toEqual({
      ok: false,
      reason: 'InvalidImageName',
      error:
        'Failed to apply default image tag "Nginx:1.27": couldn\'t parse image name "Nginx:1.27": invalid reference format: repository name (library/Nginx) must be lowercase',
    });
  });
});
