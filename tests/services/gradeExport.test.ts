// Export fixtures: hostile and international names, negative and decimal scores, each format checked by a
// parser as the importing gradebook would (csv-parse, then the Canvas and Moodle rules), RFC 4180 and the BOM.
import { buffer } from 'node:stream/consumers';
import type { GradeItem, ItemGrade, StudentGrades } from '../../server/src/labs/grading';
import { canvasTitle, renderExport, splitName, type ExportOptions } from '../../server/src/services/gradeExport';
import type { GradebookHead, GradebookRow } from '../../server/src/services/grades';
import { checkCanvas, checkMoodle, LONG_COLUMNS, parseCsv } from '../support/gradebookFiles';

const items: GradeItem[] = [
  { id: 'lab:first', kind: 'lab', sourceId: 'first', title: 'First steps, with "quotes"', chapter: 'c', maxPoints: 4 },
  { id: 'quiz:final', kind: 'quiz', sourceId: 'final', title: 'Final Points Total', chapter: 'c', maxPoints: 10 },
  { id: 'lab:current', kind: 'lab', sourceId: 'current', title: 'Current state', chapter: 'd', maxPoints: 3 },
];
const head: GradebookHead = {
  cohort: { id: '00000000-0000-4000-8000-000000000001', name: 'Spring, 2026 "B"' },
  items,
  settings: {
    labWeight: 50,
    quizWeight: 50,
    hintPenalty: 0.25,
    quizAttempt: 'best',
    canvasAssignmentIds: { 'quiz:final': '4711' },
    quizDueDates: {},
  },
  labDueDates: new Map(),
};

const NAMES = [
  'Zoë Ñúñez',
  'Smith, John "Jack"',
  'Multi\nLine Name',
  '=HYPERLINK("http://evil")',
  '+1 555 0100',
  '-rm -rf',
  '@SUM(A1:A9)',
  'Kim 🚀 Lee',
  'Plato',
];

function grade(itemId: string, points: number | null, maxPoints: number): ItemGrade {
  return {
    itemId,
    points,
    maxPoints,
    status: points === null ? 'not_started' : 'in_progress',
    submittedAt: points === null ? null : new Date('2026-02-03T04:05:06.789Z'),
    hints: 1,
    attempts: points === null ? 0 : 2,
    late: false,
  };
}

function rows(): GradebookRow[] {
  return NAMES.map((name, i) => {
    // Negative (a penalty beyond zero, as another tool might compute), decimal and missing scores.
    const points = [i === 0 ? -1.5 : 2.25, i === 1 ? null : 7.5, i % 2 === 0 ? 3 : null];
    const g: StudentGrades = {
      // The third student completed the last lab after its due date.
      items: items.map((it, j) =>
        i === 2 && j === 2
          ? { ...grade(it.id, points[j]!, it.maxPoints), status: 'completed' as const, late: true }
          : grade(it.id, points[j]!, it.maxPoints),
      ),
      labPoints: 5.25,
      labMax: 7,
      quizPoints: 7.5,
      quizMax: 10,
      totalPoints: 12.75,
      totalMax: 17,
      percent: -0.5 + i,
    };
    return {
      student: {
        id: `00000000-0000-4000-8000-00000000010${i}`,
        name,
        email: `s${i}+tag@example.org`,
        enrolledAt: new Date('2026-01-01T00:00:00Z'),
      },
      grades: g,
    };
  });
}

async function render(options: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): Promise<string> {
  // An async source, as the database gives it.
  const source = async function* () {
    for (const row of rows()) yield await Promise.resolve(row);
  };
  // Bytes, then UTF-8 without dropping a BOM (stream/consumers' text() would drop it).
  const bytes = await buffer(renderExport(head, source(), { bom: false, moodleScale: 'points', ...options }));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('CSV', () => {
  it('is RFC 4180 with CRLF; names round-trip; formulas escaped in text cells only; numbers stay numbers', async () => {
    const csv = await render({ format: 'csv' });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    // Every line ends in CRLF; the only bare LF is inside the quoted multi-line name.
    const bare = csv.split('\r\n').filter((l) => l.includes('\n'));
    expect(bare).toHaveLength(1);
    expect(bare[0]).toContain('"Multi\nLine Name"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, maxima, ...students] = parseCsv(csv);
    expect(header).toEqual([
      'student_id',
      'email',
      'name',
      'lab:first',
      'quiz:final',
      'lab:current',
      'lab_points',
      'quiz_points',
      'total_points',
      'percent',
    ]);
    expect(maxima).toEqual(['', '', 'Points possible', '4', '10', '3', '7', '10', '17', '100']);
    expect(students.map((r) => r[2])).toEqual([
      'Zoë Ñúñez',
      'Smith, John "Jack"',
      'Multi\nLine Name',
      `'=HYPERLINK("http://evil")`,
      "'+1 555 0100",
      "'-rm -rf",
      "'@SUM(A1:A9)",
      'Kim 🚀 Lee',
      'Plato',
    ]);
    expect(students[0]!.slice(3)).toEqual(['-1.5', '7.5', '3', '5.25', '7.5', '12.75', '-0.5']);
    expect(students[1]!.slice(3, 6)).toEqual(['2.25', '', '']);
  });

  it('starts with a UTF-8 BOM when asked', async () => {
    const csv = await render({ format: 'csv', bom: true });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)[0]![0]).toBe('student_id');
  });
});

describe('JSON', () => {
  it('has stable item ids and numbers as numbers', async () => {
    const json = JSON.parse(await render({ format: 'json' })) as {
      cohort: { name: string };
      items: { id: string; maxPoints: number }[];
      students: { name: string; grades: Record<string, { points: number | null }>; percent: number }[];
    };
    expect(json.cohort.name).toBe('Spring, 2026 "B"');
    expect(json.items.map((i) => [i.id, i.maxPoints])).toEqual([
      ['lab:first', 4],
      ['quiz:final', 10],
      ['lab:current', 3],
    ]);
    expect(json.students.map((s) => s.name)).toEqual(NAMES);
    expect(json.students[0]!.grades['lab:first']!.points).toBe(-1.5);
    expect(json.students[1]!.grades['quiz:final']!.points).toBeNull();
    expect(json.students[0]!.percent).toBe(-0.5);
  });
});

describe('Canvas', () => {
  it('passes the Canvas importer rules, with mapped assignment ids and no read-only titles', async () => {
    const { items: titles, maxima, students } = checkCanvas(parseCsv(await render({ format: 'canvas', bom: true })));
    expect(titles).toEqual(['Lab: First steps, with "quotes"', 'Quiz: Fin. Pts Tot. (4711)', 'Lab: Curr. state']);
    expect(maxima).toEqual([4, 10, 3]);
    expect(students[0]).toEqual(['Zoë Ñúñez', '', '', 's0+tag@example.org', 'Spring, 2026 "B"', '-1.5', '7.5', '3']);
    expect(students[3]![0]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('never writes the reserved words, whatever their case', () => {
    const t = canvasTitle({ ...items[0]!, title: 'FINAL total of CURRENT points' }, undefined);
    expect(t).not.toMatch(/current|final|total|points/i);
  });
});

describe('Moodle', () => {
  it('passes the Moodle import rules: names split, "-" for no grade, never above the maximum', async () => {
    const { items: titles, students } = checkMoodle(parseCsv(await render({ format: 'moodle' })), [4, 10, 3]);
    expect(titles).toEqual(['First steps, with "quotes"', 'Final Points Total', 'Current state']);
    expect(students[0]!.slice(0, 4)).toEqual([
      'Zoë',
      'Ñúñez',
      '00000000-0000-4000-8000-000000000100',
      's0+tag@example.org',
    ]);
    expect(students[1]!.slice(4)).toEqual(['2.25', 'In progress, 1 hint', '-', 'Not submitted', '-', 'Not started']);
    expect(students[8]!.slice(0, 2)).toEqual(['Plato', '']);
  });

  it('as percentages: out of 100 per item', async () => {
    const { students } = checkMoodle(
      parseCsv(await render({ format: 'moodle', moodleScale: 'percent' })),
      [100, 100, 100],
    );
    expect(students[1]!.slice(4, 6)).toEqual(['56.25', 'In progress, 1 hint']);
  });

  it('splits names on the first space', () => {
    expect(splitName('  Ana María  de la Cruz ')).toEqual(['Ana', 'María  de la Cruz']);
    expect(splitName('Plato')).toEqual(['Plato', '']);
  });
});

describe('long format', () => {
  it('has one row per student and item with the columns pivots expect', async () => {
    const [header, ...body] = parseCsv(await render({ format: 'long' }));
    expect(header).toEqual(LONG_COLUMNS);
    expect(body).toHaveLength(NAMES.length * items.length);
    expect(body[2 * items.length + 2]!.slice(-1)).toEqual(['completed_late']);
    expect(body[0]).toEqual([
      'lab:first',
      'First steps, with "quotes"',
      's0+tag@example.org',
      '00000000-0000-4000-8000-000000000100',
      '2026-02-03T04:05:06.789Z',
      '-1.5',
      '4',
      'in_progress',
    ]);
    expect(body[4]).toEqual([
      'quiz:final',
      'Final Points Total',
      's1+tag@example.org',
      '00000000-0000-4000-8000-000000000101',
      '',
      '',
      '10',
      'not_started',
    ]);
  });
});
