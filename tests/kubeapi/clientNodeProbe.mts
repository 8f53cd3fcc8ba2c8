// The official JavaScript client (@kubernetes/client-node 1.4, ESM only, so run by node beside Jest) against a
// student's cluster: lists pods, watches for the pod named on the command line (created meanwhile from the browser's
// terminal) and execs a command in the first pod over its WebSocket. Prints one JSON line per finding.
import { Writable } from 'node:stream';
import * as k8s from '@kubernetes/client-node';

const [kubeconfigPath = '', awaited = ''] = process.argv.slice(2);
const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const file = new k8s.KubeConfig();
file.loadFromFile(kubeconfigPath);
// client-node refuses a plain-http server unless told to skip TLS verification (there is none to do over http://).
const kc = new k8s.KubeConfig();
kc.loadFromOptions({
  clusters: file.clusters.map((c) => ({ ...c, skipTLSVerify: true })),
  users: file.users,
  contexts: file.contexts,
  currentContext: file.currentContext,
});
const core = kc.makeApiClient(k8s.CoreV1Api);

const list = await core.listNamespacedPod({ namespace: 'default' });
const first = list.items[0]!;
const podName = first.metadata?.name ?? '';
const resourceVersion = list.metadata?.resourceVersion ?? '';
say({ listed: list.items.map((p) => p.metadata?.name), resourceVersion });

const seen = new Promise<{ type: string; name: string; image: string }>((resolve, reject) => {
  void new k8s.Watch(kc)
    .watch(
      '/api/v1/namespaces/default/pods',
      { resourceVersion },
      (type: string, pod: k8s.V1Pod) => {
        const name = pod.metadata?.name ?? '';
        if (name === awaited) resolve({ type, name, image: pod.spec?.containers[0]?.image ?? '' });
      },
      (err: unknown) => (err ? reject(err instanceof Error ? err : new Error('the watch failed')) : undefined),
    )
    .then((request: AbortController) => {
      say({ watching: true });
      void seen.finally(() => request.abort());
    }, reject);
});
say({ event: await seen });

let stdout = '';
let stderr = '';
const sink = (append: (text: string) => void) =>
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      append(chunk.toString());
      done();
    },
  });
const status = await new Promise<k8s.V1Status>((resolve, reject) => {
  new k8s.Exec(kc)
    .exec(
      'default',
      podName,
      first.spec?.containers[0]?.name ?? '',
      ['sh', '-c', 'hostname; exit 4'],
      sink((s) => (stdout += s)),
      sink((s) => (stderr += s)),
      null,
      false,
      resolve,
    )
    .catch(reject);
});
say({ exec: { pod: podName, stdout, stderr, status } });
process.exit(0);
