/**
 * An image's own server that checks the files its flags name before it serves (ContainerPlan.startChecks, from
 * the catalogue's requiresFiles), run by the kubelet itself rather than by the program host's shell: the image
 * (kas-network-proxy's, distroless) has no shell, its binary is the container's process. The first file the
 * container lacks (in its image, its mounts, or what pods wrote to its writable volumes) makes it print the
 * image's error and exit; with all of them there it serves until stopped.
 */
import type { StartChecks } from './kubelet/plan.js';
import { notFound } from './exec.js';
import { fillLogTemplate, type LogVars } from './logTemplates.js';
import { ContainerLog, type ContainerProcess } from './programs.js';

/** How long the binary takes to read its flags, fail and exit (a Go program: milliseconds). */
const FAIL_AFTER_MS = 30;

export interface ContainerFiles {
  readonly files: Readonly<Record<string, string>>;
  readonly dirs: readonly string[];
}

export function checkedServer(
  checks: StartChecks,
  fs: ContainerFiles,
  startedAt: number,
  vars: LogVars,
): ContainerProcess {
  const log = new ContainerLog();
  const missing = checks.files.find((f) => !exists(fs, f.path));
  let exit: ContainerProcess['exit'];
  if (missing) {
    const at = startedAt + FAIL_AFTER_MS;
    for (const line of checks.log) {
      const text = line.replaceAll('{what}', missing.what).replaceAll('{path}', missing.path);
      log.write(at, `${fillLogTemplate(text, at, vars)}\n`);
    }
    exit = { at, code: checks.exitCode };
  }
  return {
    log,
    exit,
    wakeAt: undefined,
    advance: () => undefined,
    // Nothing but the server is on the image: an exec probe's binary is not found.
    exec: (argv) => {
      const r = notFound(argv[0] ?? '');
      return { exitCode: r.exitCode, output: r.stdout + r.stderr };
    },
    file: () => undefined,
    dispose: () => undefined,
  };
}

/** Whether `os.Stat(path)` finds it: a file or a directory of the container (`..` and `//` resolved). */
function exists(fs: ContainerFiles, path: string): boolean {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  const clean = `/${parts.join('/')}`;
  return clean in fs.files || fs.dirs.includes(clean);
}
