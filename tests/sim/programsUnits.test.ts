/**
 * The pieces under containers' programs: kubelet's `$(VAR)` expansion
 * (kubernetes third_party/forked/golang/expansion/expand.go and its expand_test.go cases) and the
 * container log's rotation at the kubelet's containerLogMaxSize (10 MiB).
 */
import { expand, mappingFor } from '../../server/src/sim/node/kubelet/expansion';
import { ContainerLog, CONTAINER_LOG_MAX_BYTES } from '../../server/src/sim/node/programs';

describe('$(VAR) expansion', () => {
  const mapping = mappingFor(
    new Map([
      ['VAR_A', 'A'],
      ['VAR_B', 'B'],
      ['VAR_EMPTY', ''],
    ]),
  );
  it.each([
    ['$(VAR_A)', 'A'],
    ['___$(VAR_B)___', '___B___'],
    ['$(VAR_A)-$(VAR_A)', 'A-A'],
    ['$(VAR_EMPTY)', ''],
    ['$(VAR_DNE)', '$(VAR_DNE)'],
    ['$$(VAR_A)', '$(VAR_A)'],
    ['$$$(VAR_A)', '$A'],
    ['$$$$(VAR_A)', '$$(VAR_A)'],
    ['$(VAR_A', '$(VAR_A'],
    ['$VAR_A', '$VAR_A'],
    ['foo$', 'foo$'],
    ['$()', '$()'],
    ['$(VAR_A)$$', 'A$'],
  ])('%s → %s', (input, expected) => {
    expect(expand(input, mapping)).toBe(expected);
  });

  it('looks in each map in turn (declared variables, then the service variables)', () => {
    const m = mappingFor(
      new Map([['X', 'declared']]),
      new Map([
        ['X', 'service'],
        ['Y', 'service'],
      ]),
    );
    expect(expand('$(X) $(Y)', m)).toBe('declared service');
  });
});

describe('container log', () => {
  it('keeps lines with the time they began, an unfinished line last', () => {
    const log = new ContainerLog();
    log.write(1, 'a\nb');
    log.write(2, 'c\n');
    log.write(3, 'd');
    expect(log.lines()).toEqual([
      { at: 1, text: 'a' },
      { at: 1, text: 'bc' },
      { at: 3, text: 'd' },
    ]);
  });

  it('rotates past 10 MiB: the current file starts afresh', () => {
    const log = new ContainerLog();
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < CONTAINER_LOG_MAX_BYTES / 1024; i++) log.write(i, line);
    expect(log.lines()).toHaveLength(CONTAINER_LOG_MAX_BYTES / 1024);
    log.write(99_999, line);
    expect(log.lines()).toEqual([]);
    log.write(100_000, 'after\n');
    expect(log.lines()).toEqual([{ at: 100_000, text: 'after' }]);
  });
});
