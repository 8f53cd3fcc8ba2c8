// cobra suggests only commands the program has: an unknown word is never offered as its own correction, even when
// kubectl's root help lists a command this simulator does not implement.
import { createEnvironment } from '../../server/src/kubectl/environment';
import { kubectlProgram } from '../../server/src/kubectl/kubectl';

// Every name cobra may offer, as kubectl lists them (some this simulator does not implement).
const listed = kubectlProgram.suggestionOrder ?? [];

it.each(listed)('kubectl %s never suggests itself', (name) => {
  const env = createEnvironment({ virtualTime: true, cluster: { state: 'Running' } });
  const { output } = env.run(`kubectl ${name} --bogus-flag-for-test`);
  expect(output).not.toMatch(new RegExp(`Did you mean this\\?\\n(\\t\\S+\\n)*\\t${name}\\n`));
});

it('still suggests close commands it has', () => {
  const env = createEnvironment({ virtualTime: true, cluster: { state: 'Running' } });
  expect(env.run('kubectl crate').output).toBe(
    'Error: unknown command "crate" for "kubectl"\n\nDid you mean this?\n\tcreate\n\n',
  );
});
