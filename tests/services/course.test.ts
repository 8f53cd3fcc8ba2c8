// The course is validated when the server starts: a broken labs/ folder stops the start with every problem listed,
// before the database is even reached.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start } from '../../server/src/main';
import { CatalogueError, Course } from '../../server/src/services/course';

const LABS = path.resolve(__dirname, '../../labs');

function brokenCourse(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kubelab-course-'));
  cpSync(LABS, dir, { recursive: true });
  // A lab naming a chapter that does not exist, and a chapter file that is not YAML.
  writeFileSync(path.join(dir, 'chapters.yaml'), 'chapters:\n  - id: containers\n    order: [\n');
  return dir;
}

it('loads and indexes the course in labs/', () => {
  const course = Course.load(LABS);
  expect(course.labs.length).toBeGreaterThanOrEqual(12);
  expect(course.findLab(course.labs[0]!.id)).toBe(course.labs[0]);
  expect(() => course.findLab('no-such-lab')).toThrow('Lab not found');
  expect(course.hasLab('no-such-lab')).toBe(false);
});

it('refuses a broken course with every problem as file:line:column', () => {
  const dir = brokenCourse();
  try {
    let error: unknown;
    try {
      Course.load(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).message).toMatch(/chapters\.yaml:\d+:\d+: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('stops the server start before the database when the course is broken', async () => {
  const dir = brokenCourse();
  try {
    const started = start({
      // No database answers here: the course must fail first.
      env: { NODE_ENV: 'test', LABS_DIR: dir, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', PORT: '0' },
      log: () => undefined,
    });
    await expect(started).rejects.toBeInstanceOf(CatalogueError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
