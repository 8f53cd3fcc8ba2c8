/**
 * curl as tutorials use it, from a pod (`kubectl exec … -- curl`) and from the student's shell:
 * curl 8's options, headers, write-out, errors and exit codes (curl(1), curl's src/tool_getparam.c
 * and lib/strerror.c for the wording), and the Ingress tutorial's `--resolve` and `Host:` forms
 * (kubernetes/website docs/tasks/access-application-cluster/ingress-minikube.md).
 */
import type { Service } from 'kubernetes-types/core/v1';
import { createEnvironment, type Environment } from '../../server/src/kubectl/environment';

function cluster(): Environment {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 3, state: 'Absent' } });
  env.run('minikube start');
  env.run('kubectl create deployment web --image=nginx:1.27 --replicas=2', { settle: true });
  env.run('kubectl expose deployment web --port=80', { settle: true });
  env.run('kubectl run client --image=curlimages/curl:8.11.1 -- sleep infinity', { settle: true });
  return env;
}

const service = (env: Environment, name: string) =>
  env.cluster.store.get('services', 'default', name) as unknown as Service;

describe('curl', () => {
  const env = cluster();
  const exec = (args: string) => env.run(`kubectl exec client -- curl ${args}`);

  it('prints the response headers with -I, as nginx sends them', () => {
    const r = exec('-sI http://web');
    expect(r.output).toMatch(
      /^HTTP\/1\.1 200 OK\nServer: nginx\/1\.27\.3\nDate: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\nContent-Type: text\/html\nContent-Length: 615\nConnection: keep-alive\n\n$/,
    );
    expect(r.exitCode).toBe(0);
  });

  it('puts the headers before the body with -i, combined with -s', () => {
    expect(exec('-si http://web').output).toMatch(
      /^HTTP\/1\.1 200 OK\n[\s\S]*\n\n<!DOCTYPE html>[\s\S]*<title>Welcome to nginx!<\/title>/,
    );
  });

  it('writes out the status code and discards the body with -o /dev/null -w', () => {
    expect(exec("-s -o /dev/null -w '%{http_code}\\n' http://web").output).toBe('200\n');
    expect(exec("-so/dev/null -w '%{remote_ip}:%{remote_port}' web").output).toBe(
      `${service(env, 'web').spec?.clusterIP}:80`,
    );
  });

  it('fails with exit 22 on an HTTP error with -f, quietly with -s', () => {
    expect(exec('-f http://web/nope')).toMatchObject({
      output: 'curl: (22) The requested URL returned error: 404\ncommand terminated with exit code 22\n',
      exitCode: 22,
    });
    expect(exec('-sf http://web/nope')).toMatchObject({
      output: 'command terminated with exit code 22\n',
      exitCode: 22,
    });
  });

  it('shows the connection to the ClusterIP and both sets of headers with -v', () => {
    const out = exec('-v -o /dev/null http://web/').output;
    const ip = service(env, 'web').spec?.clusterIP ?? '';
    expect(out).toContain(
      `*   Trying ${ip}:80...\n* Connected to web (${ip}) port 80\n> GET / HTTP/1.1\n> Host: web\n> User-Agent: curl/8.5.0\n> Accept: */*\n> \n< HTTP/1.1 200 OK\n< Server: nginx/1.27.3\n`,
    );
    expect(out).toContain('* Connection #0 to host web left intact\n');
  });

  it('shows its progress meter on stderr when the body does not go to the terminal', () => {
    const meter =
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n';
    // exec without -t: curl writes into a pipe (the two streams arrive separately, the page first here).
    const piped = exec('http://web').output;
    expect(piped).toContain(meter);
    expect(piped.replace(meter, '')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    // With a TTY the body goes to the terminal and the meter is hidden; -s hides it anyway.
    expect(env.run('kubectl exec -it client -- curl http://web').output).toMatch(/^<!DOCTYPE html>/);
    expect(exec('-s http://web').output).toMatch(/^<!DOCTYPE html>/);
    expect(exec('-o /dev/null http://web').output).toBe(meter);
  });

  it('rejects unknown options and options without their value as curl does (exit 2)', () => {
    expect(exec('--bogus http://web')).toMatchObject({
      output:
        "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\ncommand terminated with exit code 2\n",
      exitCode: 2,
    });
    expect(exec('http://web -o')).toMatchObject({
      output:
        "curl: option -o: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\ncommand terminated with exit code 2\n",
      exitCode: 2,
    });
  });

  it('gives up on a dropped connection after --max-time with exit 28', () => {
    expect(exec('-m 3 http://10.0.0.9')).toMatchObject({
      output:
        'curl: (28) Failed to connect to 10.0.0.9 port 80 after 3001 ms: Timeout was reached\ncommand terminated with exit code 28\n',
      exitCode: 28,
    });
  });

  it('runs inside sh -c lists, as the shell in the pod runs them', () => {
    expect(
      env.run(`kubectl exec client -- sh -c "curl -s -o /dev/null -w '%{http_code} ' web && echo reachable; hostname"`)
        .output,
    ).toBe('200 reachable\nclient\n');
    expect(env.run('kubectl exec client -- sh -c "curl -sf web/nope || echo missing"').output).toBe('missing\n');
    expect(env.run('kubectl exec client -- sh -c nope')).toMatchObject({
      output: 'sh: nope: not found\ncommand terminated with exit code 127\n',
      exitCode: 127,
    });
    // The loop tutorials use to watch a Service spread requests.
    expect(
      env.run(`kubectl exec client -- sh -c "for i in 1 2 3; do curl -s -o /dev/null -w '%{http_code} ' web; done"`)
        .output,
    ).toBe('200 200 200 ');
  });

  it('saves the body to a file in the student home with -o, from the student shell', () => {
    env.run('kubectl expose deployment web --name=web-public --type=NodePort --port=80', { settle: true });
    const nodePort = service(env, 'web-public').spec?.ports?.[0]?.nodePort;
    expect(env.run(`curl -s -o page.html http://$(minikube ip):${nodePort}`)).toMatchObject({
      output: '',
      exitCode: 0,
    });
    expect(env.run('grep title page.html').output).toBe('<title>Welcome to nginx!</title>\n');
  });
});

describe('curl through an Ingress (the minikube Ingress tutorial)', () => {
  const env = createEnvironment({ virtualTime: true, cluster: { seed: 4, state: 'Absent' } });
  env.run('minikube start');
  env.run('minikube addons enable ingress', { settle: true });
  env.run('kubectl create deployment web --image=gcr.io/google-samples/hello-app:1.0', { settle: true });
  env.run('kubectl expose deployment web --type=NodePort --port=8080', { settle: true });
  env.run('kubectl create ingress example --class=nginx --rule="hello-world.example/*=web:8080"', { settle: true });

  it('reaches the backend with --resolve and -i', () => {
    const r = env.run('curl --resolve "hello-world.example:80:$( minikube ip )" -si http://hello-world.example');
    expect(r.output).toMatch(
      /^HTTP\/1\.1 200 OK\n[\s\S]*Content-Type: text\/plain; charset=utf-8\n[\s\S]*\n\nHello, world!\nVersion: 1\.0\.0\nHostname: web-[a-z0-9]+-[a-z0-9]{5}\n$/,
    );
  });

  it('routes by the Host header, and answers 404 without one', () => {
    expect(env.run('curl -H "Host: hello-world.example" http://$(minikube ip)').output).toMatch(/^Hello, world!\n/);
    expect(env.run('curl -s -o /dev/null -w "%{http_code}" http://$(minikube ip)').output).toBe('404');
  });
});
