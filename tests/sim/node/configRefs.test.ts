/**
 * Pods that refer to ConfigMaps and Secrets which do not exist (yet), as the v1.32 kubelet treats them.
 * Sources of the expectations (kubernetes/kubernetes v1.32):
 * - FailedMount "MountVolume.SetUp failed for volume %q : %v": pkg/volume/util/operationexecutor/
 *   operation_generator.go GenerateMountVolumeFunc (GenerateErrorDetailed → GenerateMsgSimple);
 *   the error is the API server's NotFound (`configmap "x" not found`) or pkg/volume/configmap/configmap.go
 *   MakePayload ("configmap references non-existent config key: %s"), secret.go likewise.
 * - retries: pkg/util/goroutinemap/exponentialbackoff (500 ms doubling to 2m2s); after
 *   podAttachAndMountTimeout (2m3s) pkg/kubelet/kubelet.go SyncPod records FailedMount
 *   "Unable to attach or mount volumes: %v" with volume_manager.go WaitForAttachAndMount's error.
 * - CreateContainerConfigError: pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer
 *   (event Failed "Error: %v", waiting reason CreateContainerConfigError with the message) and
 *   pkg/kubelet/kubelet_pods.go makeEnvironmentVariables ("couldn't find key %v in ConfigMap %v/%v").
 */
import { Cluster } from '../../../server/src/sim/index.js';
import { eventCount, eventsOf, getPod, pod, state, until } from './helpers.js';

const withVolume = (name: string, volume: Record<string, unknown>) =>
  pod(name, {
    containers: [{ name: 'web', image: 'nginx:1.27', volumeMounts: [{ name: 'config', mountPath: '/etc/config' }] }],
    volumes: [{ name: 'config', ...volume }],
  });
const withEnv = (name: string, container: Record<string, unknown>) =>
  pod(name, { containers: [{ name: 'app', image: 'nginx:1.27', ...container }] });
const configMap = (name: string, data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name },
  data,
});

describe('volumes from missing ConfigMaps and Secrets', () => {
  it('stays ContainerCreating with FailedMount events on the back-off schedule, then starts once created', () => {
    const c = Cluster.create();
    c.api.create(withVolume('web', { configMap: { name: 'app-config' } }));
    c.advance(30_000);
    const p = getPod(c, 'web');
    expect(p.status?.phase).toBe('Pending');
    expect(state(p)).toBe('Waiting:ContainerCreating');
    expect(p.status?.podIP).toBeUndefined();
    expect(p.status?.conditions?.map((x) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=False',
      'Initialized=True',
      'Ready=False',
      'ContainersReady=False',
      'PodScheduled=True',
    ]);
    // Attempts at 0, 0.5, 1.5, 3.5, 7.5 and 15.5 s.
    expect(eventsOf(c, 'web')).toEqual([
      'Scheduled: Successfully assigned default/web to minikube',
      'FailedMount: MountVolume.SetUp failed for volume "config" : configmap "app-config" not found',
    ]);
    expect(eventCount(c, 'web', 'FailedMount')).toBe(6);
    c.advance(100_000);
    expect(eventsOf(c, 'web')).toContain(
      'FailedMount: Unable to attach or mount volumes: unmounted volumes=[config], unattached volumes=[], failed to process volumes=[]: context deadline exceeded',
    );
    c.api.create(configMap('app-config', { a: '1' }));
    // The next attempt (at most 2m2s later) finds it.
    const took = until(c, () => getPod(c, 'web').status?.phase === 'Running', 130_000, 500);
    expect(took).toBeLessThanOrEqual(123_000);
    expect(getPod(c, 'web').status?.podIP).toBe('10.244.0.3');
  });

  it('secrets, missing keys, projected sources and optional references', () => {
    const c = Cluster.create();
    c.api.create(configMap('partial', { a: '1' }));
    c.api.create(withVolume('secret', { secret: { secretName: 'db' } }));
    c.api.create(withVolume('key', { configMap: { name: 'partial', items: [{ key: 'b', path: 'b' }] } }));
    c.api.create(
      withVolume('projected', {
        projected: { sources: [{ configMap: { name: 'one' } }, { secret: { name: 'two' } }] },
      }),
    );
    c.api.create(withVolume('optional', { configMap: { name: 'none', optional: true } }));
    c.advance(5_000);
    const failed = (name: string) => eventsOf(c, name).filter((e) => e.startsWith('FailedMount'));
    expect(failed('secret')).toEqual([
      'FailedMount: MountVolume.SetUp failed for volume "config" : secret "db" not found',
    ]);
    expect(failed('key')).toEqual([
      'FailedMount: MountVolume.SetUp failed for volume "config" : configmap references non-existent config key: b',
    ]);
    expect(failed('projected')).toEqual([
      'FailedMount: MountVolume.SetUp failed for volume "config" : [configmap "one" not found, secret "two" not found]',
    ]);
    expect(getPod(c, 'optional').status?.phase).toBe('Running');
  });
});

describe('environment from missing ConfigMaps and Secrets', () => {
  it('CreateContainerConfigError with the kubelet message, retried until the key appears', () => {
    const c = Cluster.create();
    c.api.create(withEnv('env', { env: [{ name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'x', key: 'k' } } }] }));
    c.advance(5_000);
    let s = getPod(c, 'env').status?.containerStatuses?.[0]?.state;
    expect(s?.waiting).toEqual({ message: 'configmap "x" not found', reason: 'CreateContainerConfigError' });
    expect(eventsOf(c, 'env')).toContain('Failed: Error: configmap "x" not found');
    c.api.create(configMap('x', { other: '1' }));
    c.advance(11_000);
    s = getPod(c, 'env').status?.containerStatuses?.[0]?.state;
    expect(s?.waiting).toEqual({
      message: "couldn't find key k in ConfigMap default/x",
      reason: 'CreateContainerConfigError',
    });
    // Each sync pulls (finds) the image again before failing.
    expect(eventsOf(c, 'env')).toContain('Pulled: Container image "nginx:1.27" already present on machine');
    c.api.update(configMap('x', { k: 'debug' }));
    until(c, () => getPod(c, 'env').status?.phase === 'Running', 11_000, 500);
  });

  it('envFrom and secretKeyRef; optional references do not block', () => {
    const c = Cluster.create();
    c.api.create(withEnv('from', { envFrom: [{ secretRef: { name: 'creds' } }] }));
    c.api.create(withEnv('key', { env: [{ name: 'P', valueFrom: { secretKeyRef: { name: 'none', key: 'p' } } }] }));
    c.api.create(
      withEnv('optional', {
        envFrom: [{ configMapRef: { name: 'none', optional: true } }],
        env: [{ name: 'P', valueFrom: { secretKeyRef: { name: 'none', key: 'p', optional: true } } }],
      }),
    );
    c.advance(5_000);
    const waiting = (name: string) => getPod(c, name).status?.containerStatuses?.[0]?.state?.waiting?.message;
    expect(waiting('from')).toBe('secret "creds" not found');
    expect(waiting('key')).toBe('secret "none" not found');
    expect(getPod(c, 'optional').status?.phase).toBe('Running');
  });
});
