/**
 * Reads the course from disk (`labs/`: chapters.yaml, NN-slug/lab.yaml with optional step files,
 * quizzes/*.yaml) into a validated catalogue, once per process. Also builds a lab's starting
 * environment for the sandbox factory (`labClusterFor`, `labFilesFor`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildCatalogue, formatProblem, type Catalogue, type CatalogueFiles, type Problem } from '../labs/loader.js';
import type { Lab } from '../labs/format.js';
import type { Quiz } from '../labs/quizFormat.js';
import { createLabCluster, labFiles } from '../labs/setup.js';
import type { Cluster } from '../sim/index.js';
import { NotFoundError } from './errors.js';

/** `KUBELAB_LABS_DIR`, else the first `labs/` with a chapters.yaml above this file (works from src and dist). */
export function defaultLabsDir(): string {
  const fromEnv = process.env.KUBELAB_LABS_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'labs');
    if (existsSync(path.join(candidate, 'chapters.yaml'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('labs');
    dir = parent;
  }
}

/** Every file of the course under `dir`, as text, with paths relative to `base` for messages. */
export function readCatalogueFiles(dir: string, base = process.cwd()): CatalogueFiles {
  const rel = (p: string) => path.relative(base, p) || p;
  const read = (p: string) => readFileSync(p, 'utf8');
  const chaptersPath = path.join(dir, 'chapters.yaml');
  const labs: CatalogueFiles['labs'] = [];
  const quizzes: CatalogueFiles['quizzes'] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    if (entry === 'quizzes') {
      for (const q of readdirSync(full).sort()) {
        if (q.endsWith('.yaml') || q.endsWith('.yml'))
          quizzes.push({ file: rel(path.join(full, q)), text: read(path.join(full, q)) });
      }
      continue;
    }
    const manifest = path.join(full, 'lab.yaml');
    if (!existsSync(manifest)) continue;
    labs.push({
      file: rel(manifest),
      text: read(manifest),
      readSibling: (name) => {
        const target = path.resolve(full, name);
        if (!target.startsWith(full + path.sep) || !existsSync(target)) return undefined;
        return read(target);
      },
    });
  }
  return {
    chapters: { file: rel(chaptersPath), text: existsSync(chaptersPath) ? read(chaptersPath) : '' },
    labs,
    quizzes,
  };
}

export class CatalogueError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The course files have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

export function loadCatalogue(dir = defaultLabsDir()): Catalogue {
  const result = buildCatalogue(readCatalogueFiles(dir));
  if (!result.value) throw new CatalogueError(result.problems);
  return result.value;
}

let cached: Catalogue | undefined;

/** The course, loaded on first use. Tests may install their own with `setCatalogue`. */
export function getCatalogue(): Catalogue {
  cached ??= loadCatalogue();
  return cached;
}

export function setCatalogue(catalogue: Catalogue | undefined): void {
  cached = catalogue;
}

export function findLab(labId: string): Lab {
  const lab = getCatalogue().labs.find((l) => l.id === labId);
  if (!lab) throw new NotFoundError('Lab');
  return lab;
}

export function findQuiz(quizId: string): Quiz {
  const quiz = getCatalogue().quizzes.find((q) => q.id === quizId);
  if (!quiz) throw new NotFoundError('Quiz');
  return quiz;
}

/** For the sandbox factory's `clusterFor`: the lab's initial cluster (a plain running cluster for unknown ids). */
export function labClusterFor(ctx: { labId: string; nowMs: number }, seed?: number): Cluster | undefined {
  const lab = getCatalogue().labs.find((l) => l.id === ctx.labId);
  if (!lab) return undefined;
  return createLabCluster(lab, { startTime: ctx.nowMs, ...(seed !== undefined ? { seed } : {}) });
}

/** For the sandbox factory's `filesFor`: the lab's files for the home directory. */
export function labFilesFor(ctx: { labId: string; nowMs?: number }): Record<string, string> {
  const lab = getCatalogue().labs.find((l) => l.id === ctx.labId);
  return lab ? labFiles(lab, ctx.nowMs !== undefined ? { now: ctx.nowMs } : {}) : {};
}
