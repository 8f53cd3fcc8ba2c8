/**
 * Grade exports, streamed: CSV, JSON, the Canvas gradebook, Moodle's grade import and the long format.
 * Every CSV goes through csv-stringify: RFC 4180 quoting, CRLF line ends, an optional UTF-8 BOM (Excel reads
 * accents right only with it), and `escape_formulas` so a name starting with `=`, `+`, `-` or `@` is never run
 * as a formula; csv-stringify leaves numbers alone, so negative and decimal points stay numbers.
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { GradeItem, ItemGrade } from '../labs/grading.js';
import type { Db } from '../db/client.js';
import type { Actor, RequestContext } from './actor.js';
import type { Course } from './course.js';
import { auditExport, gradebookHead, gradebookRows, type GradebookHead, type GradebookRow } from './grades.js';

export const EXPORT_FORMATS = ['csv', 'json', 'canvas', 'moodle', 'long'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** Start CSV files with a UTF-8 byte order mark. */
  bom: boolean;
  /** Moodle: grades on each item's own scale (`points`) or out of 100 (`percent`). */
  moodleScale: 'points' | 'percent';
}

export interface GradeExport {
  filename: string;
  contentType: string;
  body: Readable;
}

type Cell = string | number | null;
type RowSource = AsyncIterable<GradebookRow>;

const num = (n: number | null): Cell => n;

/** Canvas treats columns named like "Current Score", "Final Points" or "Total" as read-only: never emit those words. */
const CANVAS_RESERVED: [RegExp, string][] = [
  [/current/gi, 'Curr.'],
  [/final/gi, 'Fin.'],
  [/total/gi, 'Tot.'],
  [/points/gi, 'Pts'],
];

export function canvasTitle(item: GradeItem, assignmentId: string | undefined): string {
  let title = `${item.kind === 'lab' ? 'Lab' : 'Quiz'}: ${item.title}`;
  for (const [word, replacement] of CANVAS_RESERVED) title = title.replace(word, replacement);
  return assignmentId ? `${title} (${assignmentId})` : title;
}

/** Moodle's "First name" and "Last name" from one name: the first word, then the rest. */
export function splitName(name: string): [string, string] {
  const trimmed = name.trim();
  const at = trimmed.search(/\s/);
  return at < 0 ? [trimmed, ''] : [trimmed.slice(0, at), trimmed.slice(at).trim()];
}

function feedback(item: GradeItem, g: ItemGrade): string {
  if (g.status === 'not_started') return item.kind === 'lab' ? 'Not started' : 'Not submitted';
  if (item.kind === 'quiz') return `${g.attempts} attempt${g.attempts === 1 ? '' : 's'}`;
  const hints = g.hints > 0 ? `, ${g.hints} hint${g.hints === 1 ? '' : 's'}` : '';
  return `${g.status === 'completed' ? (g.late ? 'Completed late' : 'Completed') : 'In progress'}${hints}`;
}

async function* csvRows(head: GradebookHead, rows: RowSource): AsyncGenerator<Cell[]> {
  yield [
    'student_id',
    'email',
    'name',
    ...head.items.map((i) => i.id),
    'lab_points',
    'quiz_points',
    'total_points',
    'percent',
  ];
  const labMax = head.items.filter((i) => i.kind === 'lab').reduce((s, i) => s + i.maxPoints, 0);
  const quizMax = head.items.filter((i) => i.kind === 'quiz').reduce((s, i) => s + i.maxPoints, 0);
  // The maxima, as gradebooks show them: a row above the students.
  yield ['', '', 'Points possible', ...head.items.map((i) => i.maxPoints), labMax, quizMax, labMax + quizMax, 100];
  for await (const { student, grades: g } of rows)
    yield [
      student.id,
      student.email,
      student.name,
      ...g.items.map((x) => num(x.points)),
      g.labPoints,
      g.quizPoints,
      g.totalPoints,
      g.percent,
    ];
}

async function* canvasRows(head: GradebookHead, rows: RowSource): AsyncGenerator<Cell[]> {
  const ids = head.settings.canvasAssignmentIds;
  yield [
    'Student',
    'ID',
    'SIS User ID',
    'SIS Login ID',
    'Section',
    ...head.items.map((i) => canvasTitle(i, ids[i.id])),
  ];
  yield ['    Points Possible', '', '', '', '', ...head.items.map((i) => i.maxPoints)];
  // Canvas matches students by SIS Login ID (the email they log in with); it needs both SIS columns or neither.
  for await (const { student, grades } of rows)
    yield [student.name, '', '', student.email, head.cohort.name, ...grades.items.map((x) => num(x.points))];
}

async function* moodleRows(head: GradebookHead, rows: RowSource, scale: 'points' | 'percent'): AsyncGenerator<Cell[]> {
  yield [
    'First name',
    'Last name',
    'ID number',
    'Email address',
    ...head.items.flatMap((i) => [i.title, `${i.title} (Feedback)`]),
  ];
  const value = (g: ItemGrade): Cell => {
    if (g.points === null) return '-';
    if (scale === 'points' || g.maxPoints === 0) return Math.min(g.points, g.maxPoints);
    return Math.min(100, Math.round((10000 * g.points) / g.maxPoints) / 100);
  };
  for await (const { student, grades } of rows) {
    const [first, last] = splitName(student.name);
    yield [
      first,
      last,
      student.id,
      student.email,
      ...grades.items.flatMap((g, i) => [value(g), feedback(head.items[i]!, g)]),
    ];
  }
}

async function* longRows(head: GradebookHead, rows: RowSource): AsyncGenerator<Cell[]> {
  yield [
    'item_id',
    'item_title',
    'student_email',
    'student_id',
    'submitted_at',
    'points_awarded',
    'points_available',
    'status',
  ];
  for await (const { student, grades } of rows)
    for (const [i, g] of grades.items.entries())
      yield [
        head.items[i]!.id,
        head.items[i]!.title,
        student.email,
        student.id,
        g.submittedAt?.toISOString() ?? '',
        num(g.points),
        g.maxPoints,
        g.late ? 'completed_late' : g.status,
      ];
}

/** The JSON export: `{ cohort, settings, items, students: [...] }`, written one student at a time. */
async function* jsonChunks(head: GradebookHead, rows: RowSource): AsyncGenerator<string> {
  const { cohort, items, settings } = head;
  const open = JSON.stringify({ cohort, settings, items });
  yield `${open.slice(0, -1)},"students":[`;
  let first = true;
  for await (const { student, grades: g } of rows) {
    const entry = {
      id: student.id,
      name: student.name,
      email: student.email,
      grades: Object.fromEntries(
        g.items.map((x) => [
          x.itemId,
          {
            points: x.points,
            status: x.status,
            late: x.late,
            submittedAt: x.submittedAt?.toISOString() ?? null,
          },
        ]),
      ),
      labPoints: g.labPoints,
      quizPoints: g.quizPoints,
      totalPoints: g.totalPoints,
      totalMax: g.totalMax,
      percent: g.percent,
    };
    yield `${first ? '' : ','}\n${JSON.stringify(entry)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** The export's bytes as a stream; rows are read from the database as the consumer pulls. */
export function renderExport(head: GradebookHead, rows: RowSource, options: ExportOptions): Readable {
  if (options.format === 'json') return Readable.from(jsonChunks(head, rows));
  const source =
    options.format === 'csv'
      ? csvRows(head, rows)
      : options.format === 'canvas'
        ? canvasRows(head, rows)
        : options.format === 'moodle'
          ? moodleRows(head, rows, options.moodleScale)
          : longRows(head, rows);
  const csv = stringify({
    bom: options.bom,
    escape_formulas: true,
    record_delimiter: 'windows',
    // With a record_delimiter set, csv-stringify quotes a field with a bare \n only when told to (RFC 4180 wants it).
    quote_record_delimiter: true,
    // Moodle's "no grade" is a lone dash: not a formula, and Moodle would not read `'-`.
    cast: { string: (value) => (value === '-' ? { value, escape_formulas: false } : value) },
  });
  const input = Readable.from(source);
  input.on('error', (err) => csv.destroy(err));
  return input.pipe(csv);
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'cohort'
  );
}

/** A cohort's grades in one format, audited; the caller pipes `body` to where it goes. */
export async function exportGrades(
  db: Db,
  course: Course,
  actor: Actor,
  input: { cohortId: string; options: ExportOptions; viaToken?: boolean; context?: RequestContext },
): Promise<GradeExport> {
  const head = await gradebookHead(db, course, actor, input, 'exportScores');
  const { format } = input.options;
  await auditExport(db, actor, {
    cohortId: head.cohort.id,
    format,
    viaToken: input.viaToken ?? false,
    context: input.context,
  });
  const extension = format === 'json' ? 'json' : 'csv';
  return {
    filename: `kubelab-grades-${slug(head.cohort.name)}-${format}.${extension}`,
    contentType: format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    body: renderExport(head, gradebookRows(db, course, head), input.options),
  };
}
