// kubelab export: a cohort's grades as a file, in any of the Grades page's formats.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { Course } from '../services/course.js';
import { findCohortByReference } from '../services/cohorts.js';
import { EXPORT_FORMATS, exportGrades } from '../services/gradeExport.js';
import { SYSTEM_ACTOR } from '../services/system.js';
import { parseFlags, validateFlags } from './args.js';
import { write, type CliCommand } from './command.js';
import { withDatabase } from './database.js';

export const exportCommand: CliCommand = {
  help: `Usage: kubelab export --cohort COHORT --format csv|json|canvas|moodle|long [--out FILE] [--bom] [--scale points|percent]

Writes a cohort's grades: one row per student, one column per lab and quiz of the course (in course
order, every item whether touched or not), under the cohort's grading scheme. The export is audited.

Formats:
  csv      stable column ids (lab:<id>, quiz:<id>), a "Points possible" row, totals and percent
  json     the same as data: items with maxima, then one object per student
  canvas   a Canvas gradebook import (Student, ID, SIS User ID, SIS Login ID, Section, items…)
  moodle   a Moodle grade import (First name, Last name, ID number, Email address, item, item (Feedback)…)
  long     one row per student and item (item_id, item_title, student_email, … status)

Options:
  --cohort COHORT   the cohort's id, join code, or exact name
  --format FORMAT   one of the formats above
  --out FILE        write here instead of standard output
  --bom             start CSV files with a UTF-8 byte order mark (Excel then reads accents right)
  --scale SCALE     moodle only: grades in points on each item's scale (default) or percent

Example:
  npm run kubelab -- export --cohort "Spring 2026" --format canvas --out grades.csv`,

  async run(args, io) {
    const flags = parseFlags(args, {
      cohort: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      bom: { type: 'boolean' },
      scale: { type: 'string' },
    });
    const input = validateFlags(
      z.object({
        cohort: z.string().trim().min(1),
        format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
        out: z.string().min(1).optional(),
        bom: z.boolean().optional(),
        scale: z.enum(['points', 'percent']).optional(),
      }),
      flags,
    );
    const course = Course.load(loadConfig(io.env).labsDir);
    const { name, file } = await withDatabase(io, async (db) => {
      const cohort = await findCohortByReference(db, SYSTEM_ACTOR, input.cohort);
      const file = await exportGrades(db, course, SYSTEM_ACTOR, {
        cohortId: cohort.id,
        options: { format: input.format, bom: input.bom ?? false, moodleScale: input.scale ?? 'points' },
      });
      // Stream while the database is open: rows are read as the file is written.
      if (input.out) await pipeline(file.body, createWriteStream(input.out));
      else await pipeline(file.body, io.stdout, { end: false });
      return { name: cohort.name, file };
    });
    if (input.out)
      write(io.stderr, `Wrote the ${input.format} grades of "${name}" to ${input.out} (${file.filename}).`);
    return 0;
  },
};
