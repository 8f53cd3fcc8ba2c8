// The decorations come from kubectl's HumanReadablePrinter (cli-runtime printers/tableprinter.go) and
// get.go; the padding from Go's text/tabwriter with cli-runtime's settings (minwidth 6, padding 3).
import {
  formatCells,
  formatGrid,
  TableStream,
  formatTabbedText,
  humanDuration,
  printObjects,
  printerFor,
  renderTable,
  shortHumanDuration,
  TABLE_TABS,
  translateTimestampSince,
  DESCRIBE_TABS,
} from '../../../server/src/kubectl/print/index.js';
import { deployment, node, NOW, pod, replicaSet, service } from './fixtures.js';

describe('HumanDuration (k8s.io/apimachinery/pkg/util/duration, duration_test.go boundaries)', () => {
  const s = 1000;
  const m = 60 * s;
  const h = 60 * m;
  const d = 24 * h;
  it.each([
    [-2 * s, '<invalid>'],
    [-1999, '0s'],
    [0, '0s'],
    [1 * s, '1s'],
    [119 * s, '119s'],
    [120 * s, '2m'],
    [130 * s, '2m10s'],
    [9 * m + 59 * s, '9m59s'],
    [10 * m, '10m'],
    [10 * m + 59 * s, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [3 * h + 10 * m, '3h10m'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h, '8h'],
    [47 * h + 59 * m, '47h'],
    [48 * h, '2d'],
    [49 * h, '2d1h'],
    [8 * d - 1, '7d23h'],
    [8 * d, '8d'],
    [729 * d, '729d'],
    [730 * d, '2y'],
    [740 * d, '2y10d'],
    [8 * 365 * d - 1, '7y364d'],
    [8 * 365 * d, '8y'],
  ])('%d ms is %s', (ms, expected) => {
    expect(humanDuration(ms)).toBe(expected);
  });

  it('has a short form', () => {
    expect(shortHumanDuration(59 * s)).toBe('59s');
    expect(shortHumanDuration(90 * s)).toBe('1m');
    expect(shortHumanDuration(25 * h)).toBe('1d');
    expect(shortHumanDuration(400 * d)).toBe('1y');
  });

  it('prints <unknown> for a missing timestamp', () => {
    expect(translateTimestampSince(undefined, NOW)).toBe('<unknown>');
    expect(translateTimestampSince('2024-05-01T11:59:55Z', NOW)).toBe('5s');
  });
});

describe('tabwriter', () => {
  it('pads to the widest cell plus padding, never pads the last cell', () => {
    expect(
      formatCells(
        [
          ['NAME', 'AGE'],
          ['a-long-name', '5s'],
        ],
        TABLE_TABS,
      ),
    ).toBe('NAME          AGE\na-long-name   5s\n');
  });

  it('applies the minimum width of 6', () => {
    expect(
      formatCells(
        [
          ['A', 'B', 'C'],
          ['x', 'y', 'z'],
        ],
        TABLE_TABS,
      ),
    ).toBe('A     B     C\nx     y     z\n');
  });

  it('ends column blocks at lines without tabs, as describe relies on', () => {
    expect(
      formatTabbedText('Name:\tweb\nLabels:\tapp=web\nContainers:\n  nginx:\n    Image:\tnginx\n', DESCRIBE_TABS),
    ).toBe('Name:    web\nLabels:  app=web\nContainers:\n  nginx:\n    Image:  nginx\n');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(
      formatCells(
        [
          ['名前', 'x'],
          ['ab', 'y'],
        ],
        { minWidth: 0, padding: 1 },
      ),
    ).toBe('名前 x\nab y\n');
    expect(
      formatCells(
        [
          ['😀', 'x'],
          ['ab', 'y'],
        ],
        { minWidth: 0, padding: 1 },
      ),
    ).toBe('😀  x\nab y\n');
  });
});

describe('formatGrid (the uniform tables of kubectl get)', () => {
  it('pads a row-major grid as formatCells pads the same lines', () => {
    const lines = [
      ['NAME', 'READY', 'AGE'],
      ['web-1', '1/1', '5m'],
      ['a-much-longer-name', '0/1', '10s'],
    ];
    expect(formatGrid({ cells: lines.flat(), cols: 3 }, TABLE_TABS)).toBe(formatCells(lines, TABLE_TABS));
  });

  it('measures again by code points when a cell holds a surrogate pair', () => {
    expect(formatGrid({ cells: ['😀', 'x', 'ab', 'y'], cols: 2 }, { minWidth: 0, padding: 1 })).toBe('😀  x\nab y\n');
  });

  it('keeps remembered widths and grows them', () => {
    const widths: number[] = [];
    expect(formatGrid({ cells: ['NAME', 'AGE'], cols: 2 }, TABLE_TABS, widths)).toBe('NAME   AGE\n');
    expect(formatGrid({ cells: ['a-long-name', '5s'], cols: 2 }, TABLE_TABS, widths)).toBe('a-long-name   5s\n');
    expect(formatGrid({ cells: ['b', '6s'], cols: 2 }, TABLE_TABS, widths)).toBe('b             6s\n');
  });

  it('prints nothing for no cells', () => {
    expect(formatGrid({ cells: [], cols: 3 }, TABLE_TABS)).toBe('');
  });
});

describe('table decorations', () => {
  const pods = [
    pod('web-1', {
      metadata: {
        name: 'web-1',
        namespace: 'default',
        creationTimestamp: '2024-05-01T11:55:00Z',
        labels: { app: 'web', tier: 'frontend' },
      },
    }),
    pod('db-0', {
      metadata: { name: 'db-0', namespace: 'prod', creationTimestamp: '2024-05-01T11:55:00Z', labels: {} },
    }),
  ];
  const podPrinter = printerFor('v1', 'Pod');

  it('drops the header with --no-headers', () => {
    expect(renderTable(podPrinter, pods, { now: NOW }, { noHeaders: true })).toBe(
      'web-1   1/1   Running   0     5m\ndb-0    1/1   Running   0     5m\n',
    );
  });

  it('adds LABELS with --show-labels', () => {
    expect(renderTable(podPrinter, pods, { now: NOW }, { showLabels: true })).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE   LABELS\n' +
        'web-1   1/1     Running   0          5m    app=web,tier=frontend\n' +
        'db-0    1/1     Running   0          5m    <none>\n',
    );
  });

  it('adds one upper-cased column per -L key, empty when unset', () => {
    expect(renderTable(podPrinter, pods, { now: NOW }, { labelColumns: ['app', 'app.kubernetes.io/tier'] })).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE   APP   TIER\n' +
        'web-1   1/1     Running   0          5m    web   \n' +
        'db-0    1/1     Running   0          5m          \n',
    );
  });

  it('puts NAMESPACE first with -A', () => {
    expect(renderTable(podPrinter, pods, { now: NOW }, { withNamespace: true })).toBe(
      'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE\n' +
        'default     web-1   1/1     Running   0          5m\n' +
        'prod        db-0    1/1     Running   0          5m\n',
    );
  });

  it('prints `kubectl get all`: one table per kind, kind/ prefixes, blank lines between', () => {
    const objs = [
      pod('nginx-66b6c48dd5-2vk9t'),
      service('kubernetes', {
        type: 'ClusterIP',
        clusterIP: '10.96.0.1',
        clusterIPs: ['10.96.0.1'],
        ports: [{ port: 443, protocol: 'TCP' }],
      }),
      deployment('nginx', 1, { replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 }),
      replicaSet('nginx-66b6c48dd5', 1, 1, 1),
    ];
    // Output shape as in kubernetes/website docs/reference/kubectl/quick-reference.md (`kubectl get all`).
    expect(printObjects(objs, { kind: 'table', wide: false }, { now: NOW })).toBe(
      'NAME                         READY   STATUS    RESTARTS   AGE\n' +
        'pod/nginx-66b6c48dd5-2vk9t   1/1     Running   0          5m\n' +
        '\n' +
        'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   3d\n' +
        '\n' +
        'NAME                    READY   UP-TO-DATE   AVAILABLE   AGE\n' +
        'deployment.apps/nginx   1/1     1            1           18s\n' +
        '\n' +
        'NAME                               DESIRED   CURRENT   READY   AGE\n' +
        'replicaset.apps/nginx-66b6c48dd5   1         1         1       18s\n',
    );
    expect(printObjects(objs.slice(0, 2), { kind: 'table', wide: false }, { now: NOW, noHeaders: true })).toBe(
      'pod/nginx-66b6c48dd5-2vk9t   1/1   Running   0     5m\n' +
        'service/kubernetes   ClusterIP   10.96.0.1   <none>   443/TCP   3d\n',
    );
  });

  it('never gives cluster-scoped kinds a NAMESPACE column, even with -A', () => {
    expect(printObjects([node('minikube')], { kind: 'table', wide: false }, { now: NOW, withNamespace: true })).toBe(
      'NAME       STATUS   ROLES           AGE   VERSION\nminikube   Ready    control-plane   10m   v1.32.0\n',
    );
  });

  it('streams watch rows with remembered widths, as `kubectl get -w` (liggitt/tabwriter RememberWidths)', () => {
    const stream = new TableStream(printerFor('v1', 'Pod'));
    const creating = pod('web-2', {
      status: {
        phase: 'Pending',
        containerStatuses: [
          {
            name: 'nginx',
            ready: false,
            restartCount: 0,
            image: '',
            imageID: '',
            state: { waiting: { reason: 'ContainerCreating' } },
          },
        ],
      },
    });
    const out =
      stream.write([pod('web-1')], { now: NOW }) +
      stream.write([creating], { now: NOW }) +
      stream.write([pod('web-2')], { now: NOW });
    expect(out).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\n' +
        'web-1   1/1     Running   0          5m\n' +
        'web-2   0/1     ContainerCreating   0          5m\n' +
        'web-2   1/1     Running             0          5m\n',
    );
  });
});
