// Checks grade files the way the gradebooks that import them do (Canvas's gradebook importer, Moodle's grade
// import), on rows parsed by csv-parse. Each check throws with the rule that failed.
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
  const rows: unknown = parse(text, { bom: true, relax_column_count: false });
  return rows as string[][];
}

const isNumber = (cell: string) => cell !== '' && Number.isFinite(Number(cell)) && /^-?\d+(\.\d+)?$/.test(cell);

/** Canvas: the header as its importer reads it, the Points Possible row, numbers or blanks, no read-only titles. */
export function checkCanvas(rows: string[][]): { items: string[]; maxima: number[]; students: string[][] } {
  const [header, points, ...students] = rows;
  if (!header || !points) throw new Error('Canvas: needs a header and a Points Possible row');
  if (!header[0]!.includes('Student')) throw new Error('Canvas: row[0] must contain "Student"');
  if (!header[1]!.includes('ID')) throw new Error('Canvas: row[1] must contain "ID"');
  const section = header.indexOf('Section');
  if (section < 0) throw new Error('Canvas: no Section column');
  if (header.includes('SIS User ID') !== header.includes('SIS Login ID'))
    throw new Error('Canvas: SIS User ID and SIS Login ID come together or not at all');
  const studentColumns = header.slice(0, section + 1);
  if (studentColumns[studentColumns.length - 1] !== 'Section')
    throw new Error('Canvas: the last student column must be Section');
  const items = header.slice(section + 1);
  for (const title of items)
    if (/current|final|total|points/i.test(title))
      throw new Error(`Canvas: "${title}" would be read as a read-only column`);
  if (points[0] !== '    Points Possible') throw new Error('Canvas: second row must start with "    Points Possible"');
  if (points.slice(1, section + 1).some((c) => c !== '')) throw new Error('Canvas: Points Possible row: blanks first');
  const maxima = points.slice(section + 1).map(Number);
  if (!points.slice(section + 1).every(isNumber)) throw new Error('Canvas: every item needs its points possible');
  for (const row of students) {
    if (row.length !== header.length) throw new Error('Canvas: ragged row');
    row.slice(section + 1).forEach((cell, i) => {
      if (cell !== '' && !isNumber(cell)) throw new Error(`Canvas: "${cell}" is not a score`);
      if (cell !== '' && Number(cell) > maxima[i]!) throw new Error(`Canvas: ${cell} is above ${maxima[i]}`);
    });
  }
  return { items, maxima, students };
}

/** Moodle: its column names, item + (Feedback) pairs, `-` or a number no higher than the item's maximum. */
export function checkMoodle(rows: string[][], maxima: number[]): { items: string[]; students: string[][] } {
  const [header, ...students] = rows;
  if (!header) throw new Error('Moodle: no header');
  if (header.slice(0, 4).join(',') !== 'First name,Last name,ID number,Email address')
    throw new Error(`Moodle: header starts ${header.slice(0, 4).join(',')}`);
  if (header.some((h) => /last downloaded from this course/i.test(h)))
    throw new Error('Moodle: a "Last downloaded from this course" column makes the import refuse');
  const rest = header.slice(4);
  if (rest.length !== 2 * maxima.length) throw new Error('Moodle: one grade and one feedback column per item');
  const items = rest.filter((_, i) => i % 2 === 0);
  items.forEach((item, i) => {
    if (rest[2 * i + 1] !== `${item} (Feedback)`) throw new Error(`Moodle: no feedback column after "${item}"`);
  });
  for (const row of students) {
    if (row.length !== header.length) throw new Error('Moodle: ragged row');
    items.forEach((_, i) => {
      const cell = row[4 + 2 * i]!;
      if (cell === '-') return;
      if (!isNumber(cell)) throw new Error(`Moodle: "${cell}" is not a grade`);
      if (Number(cell) > maxima[i]!) throw new Error(`Moodle: ${cell} is above the item's maximum ${maxima[i]}`);
    });
  }
  return { items, students };
}

/** The long format's columns, as GitHub Classroom and spreadsheet pivots expect them. */
export const LONG_COLUMNS = [
  'item_id',
  'item_title',
  'student_email',
  'student_id',
  'submitted_at',
  'points_awarded',
  'points_available',
  'status',
];
