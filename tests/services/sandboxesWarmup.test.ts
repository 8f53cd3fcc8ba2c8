import { Course } from '../../server/src/services/course';
import { warmUp } from '../../server/src/services/sandboxesWarmup';

// A worker's warm-up only helps while every line of its script still does what it did: a renamed flag or a lab
// without a running cluster would make it exercise error paths instead of kubectl's printers and evaluators.
it('plays its whole script without a failing line', () => {
  const result = warmUp(Course.load(undefined), 1);
  expect(result.failed).toEqual([]);
  expect(result.ms).toBeGreaterThan(0);
});
