// Every command's --help, byte for byte as kubectl v1.32 prints it (recorded by tests/golden/help/record.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEnvironment } from '../../server/src/kubectl/environment';
import { commandPaths, helpFile, UNKNOWN_FLAG } from './help/paths';

const env = createEnvironment({ virtualTime: true, cluster: { state: 'Running' } });

it.each(commandPaths())('%s --help', (command) => {
  const recorded = readFileSync(path.join(__dirname, 'help', helpFile(command)), 'utf8');
  expect(env.run(`${command} --help`).output).toBe(recorded);
});

const unknownFlag = JSON.parse(readFileSync(path.join(__dirname, 'help', 'unknown-flag.json'), 'utf8')) as Record<
  string,
  { output: string; exit: number }
>;

it.each(commandPaths())(`%s ${UNKNOWN_FLAG}`, (command) => {
  const ran = env.run(`${command} ${UNKNOWN_FLAG}`);
  expect({ output: ran.output, exit: ran.exitCode }).toEqual(unknownFlag[command]);
});
