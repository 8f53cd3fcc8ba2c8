// Tests are composition roots too: they build the services as main.ts does, on the real course in labs/.
import { testConfig, type Config } from '../../server/src/config';
import { Course } from '../../server/src/services/course';
import { createServices, type Services, type ServicesDeps } from '../../server/src/services/index';
import { createLogger } from '../../server/src/logger';
import { testDb } from './db';

let course: Course | undefined;

/** The course in labs/, read once per test file. */
export function testCourse(): Course {
  course ??= Course.load();
  return course;
}

/** The services on this test file's database (or `overrides.db`). */
export function testServices(config: Config = testConfig(), overrides: Partial<ServicesDeps> = {}): Services {
  return createServices({
    db: overrides.db ?? testDb(),
    course: testCourse(),
    sessions: { secret: config.sessionSecret, ttlHours: config.sessionTtlHours },
    onError: (err) => {
      throw err;
    },
    ...(overrides.progress ? { progress: overrides.progress } : {}),
  });
}

/** For apps whose log no test reads. */
export const silentLogger = createLogger({ level: 'silent' });
