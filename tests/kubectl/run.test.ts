/**
 * `kubectl run -it`: the container's shell keeps running while the student is attached (its stdin is
 * open), commands typed there run in it, and what is printed when the session ends depends on the
 * restart policy as kubectl 1.32's attach decides it.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { Environment } from '../../server/src/kubectl/environment';
import { started } from '../support/sandbox';
import { HeadlessScreen } from '../support/terminal';

/** Runs an interactive line, then types into it; `screen()` is what the student's terminal shows. */
function attach(env: Environment, line: string) {
  const screen = new HeadlessScreen(100, 40);
  env.shell.onOutput((d) => screen.feed(d));
  screen.feed(env.shell.runLine(line).output);
  const wait = () => {
    for (let i = 0; i < 50; i++) {
      env.cluster.advance(100);
      env.shell.tick(env.cluster.now());
    }
  };
  wait();
  return {
    type(text: string) {
      env.shell.write(text);
      wait();
    },
    async screen(): Promise<string> {
      await screen.settle();
      return screen.text();
    },
  };
}

const pod = (env: Environment, name: string) =>
  env.cluster.store.get('pods', 'default', name) as unknown as Pod | undefined;

describe('kubectl run -it', () => {
  it('keeps the shell running while attached, so commands typed there run in the pod', async () => {
    const env = started();
    const s = attach(env, 'kubectl run -it --rm box --image=busybox --restart=Never -- sh');
    expect(pod(env, 'box')?.status?.phase).toBe('Running');
    s.type('hostname\r');
    expect(await s.screen()).toContain('/ # hostname\nbox\n/ #');
    s.type('exit\r');
    // restartPolicy Never: nothing to resume, so no "Session ended" line before the deletion.
    expect(await s.screen()).toMatch(/\/ # exit\npod "box" deleted$/);
    expect(pod(env, 'box')).toBeUndefined();
  });

  it('keeps the default restart policy (Always) with --rm and says how to resume', async () => {
    const env = started();
    const s = attach(env, 'kubectl run -it --rm box --image=busybox');
    expect(pod(env, 'box')?.spec?.restartPolicy).toBe('Always');
    s.type('exit\r');
    expect(await s.screen()).toMatch(
      /\/ # exit\nSession ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running\npod "box" deleted$/,
    );
  });

  it('without --rm, leaving closes the container stdin: its shell exits and the restart policy decides', async () => {
    const env = started();
    const once = attach(env, 'kubectl run -it once --image=busybox --restart=Never -- sh');
    once.type('exit\r');
    expect(await once.screen()).toMatch(/\/ # exit$/);
    expect(pod(env, 'once')?.status?.phase).toBe('Succeeded');
    expect(env.run('kubectl get pod once').output).toMatch(/^once {3}0\/1 {5}Completed {3}0 {10}\d+s\n$/m);

    const again = attach(env, 'kubectl run -it again --image=busybox');
    again.type('exit\r');
    // restartPolicy Always: a new container starts, with a fresh stdin to attach to.
    expect(pod(env, 'again')?.status?.containerStatuses?.[0]?.restartCount).toBe(1);
    const back = attach(env, 'kubectl attach again -c again -i -t');
    back.type('hostname\r');
    back.type('exit\r');
    expect(await back.screen()).toMatch(
      /\/ # hostname\nagain\n\/ # exit\nSession ended, resume using 'kubectl attach again -c again -i -t' command when the pod is running$/,
    );
  });

  it('gives the container shell sh semantics for $?, &&, || and the container environment', async () => {
    const env = started();
    env.run('kubectl create deployment web --image=nginx:1.27', { settle: true });
    env.run('kubectl expose deployment web --port=80', { settle: true });
    const ip = (env.cluster.store.get('services', 'default', 'web')?.spec as { clusterIP?: string }).clusterIP ?? '';
    const s = attach(env, 'kubectl run -it --rm box --image=busybox --restart=Never -- sh');
    s.type('wget -qO- web/nope\r');
    s.type('echo $?\r');
    s.type('wget -qO- web/nope || echo "fallback on $HOSTNAME"\r');
    s.type('wget -q -O- web | grep -q title && echo found\r');
    s.type("echo '$HOSTNAME'\r");
    s.type('wget -O- web | head -1\r');
    expect(await s.screen()).toContain(
      [
        '/ # wget -qO- web/nope',
        'wget: server returned error: HTTP/1.1 404 Not Found',
        '/ # echo $?',
        '1',
        '/ # wget -qO- web/nope || echo "fallback on $HOSTNAME"',
        'wget: server returned error: HTTP/1.1 404 Not Found',
        'fallback on box',
        '/ # wget -q -O- web | grep -q title && echo found',
        'found',
        "/ # echo '$HOSTNAME'",
        '$HOSTNAME',
        '/ # wget -O- web | head -1',
        `Connecting to web (${ip}:80)`,
        '<!DOCTYPE html>',
      ].join('\n'),
    );
  });

  it('is a real shell: loops, redirections, cd with the prompt following, and sh wording for unknown commands', async () => {
    const env = started();
    env.run('kubectl create deployment web --image=nginx:1.27', { settle: true });
    env.run('kubectl expose deployment web --port=80', { settle: true });
    const s = attach(env, 'kubectl run -it --rm box --image=busybox --restart=Never -- sh');
    s.type('for i in 1 2 3; do wget -qO- web | grep -c title; done\r');
    s.type('wget -qO- web > /tmp/page && wc -l < /tmp/page\r');
    s.type('cd /tmp && ls\r');
    s.type('cat /etc/resolv.conf | head -1\r');
    s.type('kubectl get pods\r');
    expect(await s.screen()).toContain(
      [
        '/ # for i in 1 2 3; do wget -qO- web | grep -c title; done',
        '1',
        '1',
        '1',
        '/ # wget -qO- web > /tmp/page && wc -l < /tmp/page',
        '23',
        '/ # cd /tmp && ls',
        'page',
        '/tmp # cat /etc/resolv.conf | head -1',
        'nameserver 10.96.0.10',
        '/tmp # kubectl get pods',
        'sh: kubectl: not found',
      ].join('\n'),
    );
  });

  it('waits out a sleep typed in the pod on the clock, and Ctrl-C stops it', async () => {
    const env = started();
    const s = attach(env, 'kubectl run -it --rm box --image=busybox --restart=Never -- sh');
    env.shell.write('sleep 30; echo woke\r');
    for (let i = 0; i < 10; i++) {
      env.cluster.advance(1000);
      env.shell.tick(env.cluster.now());
    }
    expect(await s.screen()).toMatch(/\/ # sleep 30; echo woke$/);
    s.type('\x03');
    expect(await s.screen()).toMatch(/\/ # sleep 30; echo woke\n\^C\n\/ # ?$/);
  });

  it('gives sh -c the container environment the simulator builds (envFrom, env, service links)', () => {
    const env = started();
    env.run('kubectl create configmap app --from-literal=MODE=prod', { settle: true });
    env.cluster.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'cfg' },
      spec: {
        containers: [
          {
            name: 'box',
            image: 'busybox:1.36',
            command: ['sleep', '3600'],
            envFrom: [{ configMapRef: { name: 'app' } }],
            env: [{ name: 'LEVEL', value: 'debug' }],
          },
        ],
      },
    });
    env.cluster.settle();
    expect(env.run(`kubectl exec cfg -- sh -c 'echo $MODE $LEVEL $HOSTNAME $KUBERNETES_SERVICE_HOST'`).output).toBe(
      'prod debug cfg 10.96.0.1\n',
    );
    // Programs the shell has no utility for are the image's own (busybox printenv, ps).
    expect(env.run(`kubectl exec cfg -- sh -c 'printenv MODE; ps | grep -c sleep'`).output).toBe('prod\n1\n');
  });

  it('says the runtime found no shell in an image without one, as kubectl exec -it does with docker', async () => {
    const env = started();
    env.run('kubectl run pause --image=registry.k8s.io/pause:3.10', { settle: true });
    const s = attach(env, 'kubectl exec -it pause -- sh');
    // The first line is wider than the screen and wraps.
    const lines = (await s.screen()).split('\n');
    expect(lines.slice(0, -1).join('')).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown',
    );
    expect(lines.at(-1)).toBe('command terminated with exit code 126');
  });

  it('runs a shell without a terminal to completion at once, as a container without stdin does', () => {
    const env = started();
    env.run('kubectl run once --image=busybox --restart=Never -- sh', { settle: true });
    expect(pod(env, 'once')?.status?.phase).toBe('Succeeded');
  });
});
