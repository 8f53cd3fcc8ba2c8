import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { SERVICE_CONTROLLERS } from '../../../server/src/sim/controllers/services/index.js';
import { Cluster } from '../../../server/src/sim/index.js';

const claim = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra },
});

describe('persistent volumes', () => {
  it('provisions a hostPath volume for a claim of the default class, as minikube does', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    const created = c.api.create<PersistentVolumeClaim>(claim('data'));
    expect(created.spec?.storageClassName).toBe('standard');
    expect(created.status?.phase).toBe('Pending');
    c.settle();
    const pvc = c.api.get<PersistentVolumeClaim>('persistentvolumeclaims', 'default', 'data');
    expect(pvc.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    const pv = c.api.get<PersistentVolume>('persistentvolumes', undefined, `pvc-${pvc.metadata.uid}`);
    expect(pvc.spec?.volumeName).toBe(pv.metadata.name);
    expect(pv.spec?.hostPath?.path).toBe('/tmp/hostpath-provisioner/default/data');
    expect(pv.spec?.persistentVolumeReclaimPolicy).toBe('Delete');
    expect(pv.status?.phase).toBe('Bound');
    expect(c.events.about(pvc).map((e) => e.reason)).toEqual([
      'ExternalProvisioning',
      'Provisioning',
      'ProvisioningSucceeded',
    ]);

    c.api.delete('persistentvolumeclaims', 'default', 'data');
    c.settle();
    expect(c.api.find('persistentvolumeclaims', 'default', 'data')).toBeUndefined();
    expect(c.api.find('persistentvolumes', undefined, pv.metadata.name)).toBeUndefined();
  });

  it('binds a claim to a matching pre-made volume and releases a Retain volume', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    c.api.create({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'task-pv-volume', labels: { type: 'local' } },
      spec: {
        storageClassName: 'manual',
        capacity: { storage: '10Gi' },
        accessModes: ['ReadWriteOnce'],
        hostPath: { path: '/mnt/data' },
      },
    });
    c.settle();
    expect(c.api.get<PersistentVolume>('persistentvolumes', undefined, 'task-pv-volume').status?.phase).toBe(
      'Available',
    );
    c.api.create(claim('task-pv-claim', { storageClassName: 'manual', resources: { requests: { storage: '3Gi' } } }));
    c.settle();
    const pvc = c.api.get<PersistentVolumeClaim>('persistentvolumeclaims', 'default', 'task-pv-claim');
    expect(pvc.spec?.volumeName).toBe('task-pv-volume');
    expect(pvc.status?.capacity).toEqual({ storage: '10Gi' });
    c.api.delete('persistentvolumeclaims', 'default', 'task-pv-claim');
    c.settle();
    expect(c.api.get<PersistentVolume>('persistentvolumes', undefined, 'task-pv-volume').status?.phase).toBe(
      'Released',
    );
  });

  it('keeps a claim Pending when nothing matches and no class provisions', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    c.api.create(claim('lonely', { storageClassName: 'manual' }));
    c.settle();
    expect(c.api.get<PersistentVolumeClaim>('persistentvolumeclaims', 'default', 'lonely').status?.phase).toBe(
      'Pending',
    );
  });

  it('rejects a claim without access modes or size, in the API server wording', () => {
    const c = Cluster.create({ controllers: SERVICE_CONTROLLERS });
    expect(() =>
      c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'x' }, spec: {} }),
    ).toThrow(
      'PersistentVolumeClaim "x" is invalid: [spec.accessModes: Required value: at least 1 access mode is required, spec.resources[storage]: Required value]',
    );
  });
});
