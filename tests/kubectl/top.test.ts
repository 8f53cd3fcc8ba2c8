/**
 * `kubectl top` flags of v1.32 (kubectl/pkg/cmd/top, pkg/metricsutil/metrics_printer.go): --sum underlines the usage
 * columns and totals them, --show-capacity measures against capacity, -l and --field-selector filter, and a selector
 * that matches no node is "metrics not available yet".
 */
import { createEnvironment } from '../../server/src/kubectl/environment';

function setup() {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 1, state: 'Absent' } });
  env.run('minikube start');
  env.run('minikube addons enable metrics-server');
  env.run('kubectl create deployment web --image=nginx --replicas=2', { settle: true });
  env.run('sleep 120', { settle: true });
  return env;
}

function usage(line: string): [number, number] {
  const m = /(\d+)m\s+(\d+)Mi/.exec(line);
  return [Number(m?.[1]), Number(m?.[2])];
}

describe('kubectl top', () => {
  it('--sum totals the rows under a line of underscores, in the usage columns', () => {
    const env = setup();
    const lines = env.run('kubectl top pod --sum').output.split('\n');
    expect(lines).toHaveLength(6);
    const [a, b] = [usage(lines[1]!), usage(lines[2]!)];
    const width = lines[0]!.indexOf('CPU(cores)');
    expect(lines[3]).toBe(`${' '.repeat(width)}________     ________        `);
    expect(lines[4]).toBe(`${' '.repeat(width)}${`${a[0] + b[0]}m`.padEnd(13)}${`${a[1] + b[1]}Mi`.padEnd(16)}`);
  });

  it('--sum with --containers and -A keeps the totals under CPU and MEMORY', () => {
    const env = setup();
    const lines = env.run('kubectl top pod -A --containers --sum').output.trimEnd().split('\n');
    const header = lines[0]!;
    const underline = lines.at(-2)!;
    expect(underline.indexOf('________')).toBe(header.indexOf('CPU(cores)'));
    expect(underline.lastIndexOf('________')).toBe(header.indexOf('MEMORY(bytes)'));
  });

  it('filters nodes and pods, and says so when no node matches', () => {
    const env = setup();
    expect(env.run('kubectl top node --show-capacity').output).toMatch(
      /^NAME {7}CPU\(cores\) {3}CPU\(%\) {3}MEMORY\(bytes\) {3}MEMORY\(%\) {3}\nminikube /,
    );
    expect(env.run('kubectl top node -l nope=1').output).toBe('error: metrics not available yet\n');
    expect(env.run('kubectl top pod --field-selector=metadata.name=nope').output).toBe(
      'No resources found in default namespace.\n',
    );
    expect(env.run('kubectl top pod --use-protocol-buffers=false --no-headers').output.split('\n')).toHaveLength(3);
  });
});
