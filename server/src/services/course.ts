/**
 * The course: chapters, labs and quizzes read from `labs/` (chapters.yaml, NN-slug/lab.yaml with optional step
 * files, quizzes/*.yaml), validated once when the server starts, so a broken course stops the start with every
 * problem listed instead of failing a student later. Also builds a lab's starting environment for the sandbox
 * factory (`clusterFor`, `filesFor`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildCatalogue, formatProblem, type Catalogue, type CatalogueFiles, type Problem } from '../labs/loader.js';
import type { Chapter, Lab } from '../labs/format.js';
import type { Quiz } from '../labs/quizFormat.js';
import { createLabCluster, labFiles } from '../labs/setup.js';
import type { Cluster } from '../sim/index.js';
import { NotFoundError } from './errors.js';

/** The first `labs/` with a chapters.yaml above this file (works from src and dist), else ./labs. */
export function defaultLabsDir(): string {
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

/** Reads and validates the course files; throws CatalogueError listing every problem. */
export function loadCatalogue(dir = defaultLabsDir()): Catalogue {
  if (!existsSync(path.join(dir, 'chapters.yaml')))
    throw new CatalogueError([
      {
        file: path.join(dir, 'chapters.yaml'),
        line: 1,
        column: 1,
        message: 'the course has no chapters.yaml (set LABS_DIR to the course folder)',
      },
    ]);
  const result = buildCatalogue(readCatalogueFiles(dir));
  if (!result.value) throw new CatalogueError(result.problems);
  return result.value;
}

/** The validated course, with lookups by id. Built once by the composition root and passed to the services. */
export class Course {
  private readonly labsById: ReadonlyMap<string, Lab>;
  private readonly quizzesById: ReadonlyMap<string, Quiz>;

  constructor(readonly catalogue: Catalogue) {
    this.labsById = new Map(catalogue.labs.map((l) => [l.id, l]));
    this.quizzesById = new Map(catalogue.quizzes.map((q) => [q.id, q]));
  }

  static load(dir = defaultLabsDir()): Course {
    return new Course(loadCatalogue(dir));
  }

  get labs(): readonly Lab[] {
    return this.catalogue.labs;
  }
  get chapters(): readonly Chapter[] {
    return this.catalogue.chapters;
  }
  get quizzes(): readonly Quiz[] {
    return this.catalogue.quizzes;
  }

  hasLab(labId: string): boolean {
    return this.labsById.has(labId);
  }

  findLab(labId: string): Lab {
    const lab = this.labsById.get(labId);
    if (!lab) throw new NotFoundError('Lab');
    return lab;
  }

  hasQuiz(quizId: string): boolean {
    return this.quizzesById.has(quizId);
  }

  findQuiz(quizId: string): Quiz {
    const quiz = this.quizzesById.get(quizId);
    if (!quiz) throw new NotFoundError('Quiz');
    return quiz;
  }

  chapterTitle(chapterId: string): string {
    return this.catalogue.chapters.find((c) => c.id === chapterId)?.title ?? chapterId;
  }

  /** The quiz of a chapter, if it has one. */
  quizIdOf(chapterId: string): string | null {
    return this.catalogue.quizzes.find((q) => q.chapter === chapterId)?.id ?? null;
  }

  /** For the sandbox factory: the lab's initial cluster (undefined for an id that is not a lab). */
  clusterFor(ctx: { labId: string; nowMs: number }, seed?: number): Cluster | undefined {
    const lab = this.labsById.get(ctx.labId);
    if (!lab) return undefined;
    return createLabCluster(lab, { startTime: ctx.nowMs, ...(seed !== undefined ? { seed } : {}) });
  }

  /** For the sandbox factory: the lab's files for the home directory. */
  filesFor(ctx: { labId: string; nowMs?: number }): Record<string, string> {
    const lab = this.labsById.get(ctx.labId);
    return lab ? labFiles(lab, ctx.nowMs !== undefined ? { now: ctx.nowMs } : {}) : {};
  }
}
