/**
 * Lab, quiz and chapter files → validated values, or every problem found, each with its file and
 * line. Pure: the caller reads the files (services/course.ts, cli/labs.ts) and passes text in.
 */
import { parseAllDocuments } from 'yaml';
import { JsonPathError, parseJsonPath, relaxedJsonPath } from '../lib/jsonpath.js';
import { parseLabelSelector } from '../sim/index.js';
import { commandLineProblem } from './commands.js';
import { chaptersSchema, labSchema, type Chapter, type Check, type Lab } from './format.js';
import { quizFileSchema, scoringSchema, type Quiz, type QuizDefaults } from './quizFormat.js';
import { pathText, YamlSource, type PathKey, type Problem } from './yamlSource.js';

export type { Problem } from './yamlSource.js';
export { formatProblem } from './yamlSource.js';

export interface Loaded<T> {
  value?: T;
  problems: Problem[];
}

/** What a lab needs from its folder: the text of a file beside lab.yaml (step Markdown), or undefined. */
export type SiblingReader = (name: string) => string | undefined;

function checkProblems(src: YamlSource, check: Check, path: PathKey[]): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string, message: string) =>
    problems.push(src.problemAt([...path, key], `${pathText([...path, key])}: ${message}`));
  if (check.type === 'field') {
    try {
      parseJsonPath(relaxedJsonPath(check.jsonPath));
    } catch (err) {
      at('jsonPath', `invalid JSONPath ${check.jsonPath}: ${err instanceof JsonPathError ? err.message : String(err)}`);
    }
    if ((check.name === undefined) === (check.selector === undefined))
      at('name', 'a field check needs either name or selector (not both)');
    if ('matches' in check.compare) {
      try {
        new RegExp(check.compare.matches);
      } catch {
        at('compare', `invalid regular expression ${check.compare.matches}`);
      }
    }
  }
  if ((check.type === 'field' && check.selector) || check.type === 'podsReady') {
    const selector = check.selector ?? '';
    try {
      parseLabelSelector(selector);
    } catch (err) {
      at('selector', `invalid label selector "${selector}": ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const commandProblem = check.type === 'commandRun' ? commandLineProblem(check.command) : undefined;
  if (check.type === 'commandRun' && commandProblem) at('command', `"${check.command}" ${commandProblem}`);
  return problems;
}

function objectsProblems(src: YamlSource, text: string): Problem[] {
  const problems: Problem[] = [];
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return [src.problemAt(['cluster', 'objects'], 'cluster.objects: not a YAML stream')];
  docs.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      problems.push(
        src.problemAt(
          ['cluster', 'objects'],
          `cluster.objects: document ${i + 1}: ${doc.errors[0]!.message.split('\n')[0] ?? ''}`,
        ),
      );
      return;
    }
    const o = doc.toJS() as unknown;
    if (o === null || o === undefined) return;
    const obj = o as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
    if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string' || typeof obj.metadata?.name !== 'string') {
      problems.push(
        src.problemAt(
          ['cluster', 'objects'],
          `cluster.objects: document ${i + 1} needs apiVersion, kind and metadata.name`,
        ),
      );
    }
  });
  return problems;
}

export function parseLab(file: string, text: string, readSibling: SiblingReader = () => undefined): Loaded<Lab> {
  const src = YamlSource.parse(file, text);
  const { value, problems } = src.validate(labSchema);
  if (!value) return { problems };
  const out: Problem[] = [];
  const seen = new Set<string>();
  const steps = value.steps.map((step, i) => {
    if (seen.has(step.id))
      out.push(src.problemAt(['steps', i, 'id'], `steps[${i}].id: duplicate step id "${step.id}"`));
    seen.add(step.id);
    let instructions = step.instructions;
    if ((step.instructions === undefined) === (step.instructionsFile === undefined)) {
      out.push(src.problemAt(['steps', i], `steps[${i}]: give either instructions or instructionsFile`));
    } else if (step.instructionsFile !== undefined) {
      instructions = readSibling(step.instructionsFile);
      if (instructions === undefined)
        out.push(
          src.problemAt(
            ['steps', i, 'instructionsFile'],
            `steps[${i}].instructionsFile: no file ${step.instructionsFile} beside the lab`,
          ),
        );
    }
    step.checks.forEach((check, j) => out.push(...checkProblems(src, check, ['steps', i, 'checks', j])));
    const { instructions: _i, instructionsFile: _f, ...rest } = step;
    return { ...rest, instructions: instructions ?? '' };
  });
  if (value.cluster.objects) out.push(...objectsProblems(src, value.cluster.objects));
  if (value.cluster.state === 'absent' && (value.cluster.objects || value.cluster.addons.length > 0)) {
    out.push(src.problemAt(['cluster', 'state'], 'cluster: an absent cluster cannot have objects or addons'));
  }
  if (out.length > 0) return { problems: out };
  return { value: { ...value, steps }, problems: [] };
}

/** A quiz file; its scoring is the course's `defaults` overridden by what the file sets. */
export function parseQuiz(file: string, text: string, defaults: QuizDefaults = {}): Loaded<Quiz> {
  const src = YamlSource.parse(file, text);
  const { value: written, problems } = src.validate(quizFileSchema);
  if (!written) return { problems };
  const value: Quiz = { ...written, scoring: scoringSchema.parse({ ...defaults, ...written.scoring }) };
  const out: Problem[] = [];
  const seen = new Set<string>();
  value.questions.forEach((q, i) => {
    const at = (message: string, ...rest: PathKey[]) =>
      out.push(src.problemAt(['questions', i, ...rest], `questions[${i}]: ${message}`));
    if (seen.has(q.id)) at(`duplicate question id "${q.id}"`, 'id');
    seen.add(q.id);
    if (q.type === 'single' || q.type === 'multiple') {
      const ids = q.choices.map((c) => c.id);
      if (new Set(ids).size !== ids.length) at('duplicate choice ids', 'choices');
      const correct = q.choices.filter((c) => c.correct).length;
      if (q.type === 'single' && correct !== 1)
        at(`a single-choice question needs exactly one correct choice (it has ${correct})`, 'choices');
      if (q.type === 'multiple' && correct < 1)
        at('a multiple-choice question needs at least one correct choice', 'choices');
    }
    if (q.type === 'command') {
      q.accepted.forEach((a, j) => {
        const problem = commandLineProblem(a);
        if (problem) at(`accepted[${j}] "${a}" ${problem}`, 'accepted', j);
      });
    }
  });
  return out.length > 0 ? { problems: out } : { value, problems: [] };
}

export function parseChapters(file: string, text: string): Loaded<{ chapters: Chapter[]; quizDefaults: QuizDefaults }> {
  const src = YamlSource.parse(file, text);
  const { value, problems } = src.validate(chaptersSchema);
  if (!value) return { problems };
  const ids = value.chapters.map((c) => c.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return { problems: [src.problemAt(['chapters'], `duplicate chapter id "${dup}"`)] };
  const chapters = [...value.chapters].sort((a, b) => a.order - b.order);
  return { value: { chapters, quizDefaults: value.quizDefaults ?? {} }, problems: [] };
}

export interface Catalogue {
  chapters: Chapter[];
  /** In course order: by chapter, then by `order`, then id. */
  labs: Lab[];
  quizzes: Quiz[];
  /** The file each lab and quiz came from, by id (for messages). */
  sources: Record<string, string>;
}

export interface CatalogueFiles {
  chapters: { file: string; text: string };
  labs: { file: string; text: string; readSibling: SiblingReader }[];
  quizzes: { file: string; text: string }[];
}

/** Parses everything and checks the references between files (chapters, prerequisites, unique ids). */
export function buildCatalogue(files: CatalogueFiles): Loaded<Catalogue> {
  const problems: Problem[] = [];
  const parsedChapters = parseChapters(files.chapters.file, files.chapters.text);
  problems.push(...parsedChapters.problems);
  const chapters = { value: parsedChapters.value?.chapters };
  const chapterIds = new Set((chapters.value ?? []).map((c) => c.id));
  const order = new Map((chapters.value ?? []).map((c) => [c.id, c.order]));
  const labs: { lab: Lab; file: string }[] = [];
  for (const f of files.labs) {
    const r = parseLab(f.file, f.text, f.readSibling);
    problems.push(...r.problems);
    if (r.value) labs.push({ lab: r.value, file: f.file });
  }
  const quizzes: { quiz: Quiz; file: string }[] = [];
  for (const f of files.quizzes) {
    const r = parseQuiz(f.file, f.text, parsedChapters.value?.quizDefaults);
    problems.push(...r.problems);
    if (r.value) quizzes.push({ quiz: r.value, file: f.file });
  }
  const labIds = new Set<string>();
  for (const { lab, file } of labs) {
    if (labIds.has(lab.id)) problems.push({ file, line: 1, column: 1, message: `duplicate lab id "${lab.id}"` });
    labIds.add(lab.id);
    if (chapters.value && !chapterIds.has(lab.chapter))
      problems.push({ file, line: 1, column: 1, message: `chapter "${lab.chapter}" is not in ${files.chapters.file}` });
  }
  for (const { lab, file } of labs) {
    for (const p of lab.prerequisites)
      if (!labIds.has(p)) problems.push({ file, line: 1, column: 1, message: `prerequisite "${p}" is not a lab` });
  }
  const quizIds = new Set<string>();
  for (const { quiz, file } of quizzes) {
    if (quizIds.has(quiz.id)) problems.push({ file, line: 1, column: 1, message: `duplicate quiz id "${quiz.id}"` });
    quizIds.add(quiz.id);
    if (chapters.value && !chapterIds.has(quiz.chapter))
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `chapter "${quiz.chapter}" is not in ${files.chapters.file}`,
      });
  }
  for (const c of chapters.value ?? []) {
    if (!quizzes.some((q) => q.quiz.chapter === c.id))
      problems.push({ file: files.chapters.file, line: 1, column: 1, message: `chapter "${c.id}" has no quiz` });
  }
  if (problems.length > 0 || !chapters.value) return { problems };
  const sorted = labs
    .map((l) => l.lab)
    .sort(
      (a, b) =>
        (order.get(a.chapter) ?? 0) - (order.get(b.chapter) ?? 0) || a.order - b.order || a.id.localeCompare(b.id),
    );
  const sources: Record<string, string> = {};
  for (const l of labs) sources[l.lab.id] = l.file;
  for (const q of quizzes) sources[q.quiz.id] = q.file;
  return {
    value: { chapters: chapters.value, labs: sorted, quizzes: quizzes.map((q) => q.quiz), sources },
    problems: [],
  };
}
