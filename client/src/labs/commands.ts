import { createContext } from 'react';

/**
 * Types a command into the student's terminal and presses Enter; false when the terminal is not
 * connected. Provided by the lab page, used by the code blocks' run buttons.
 */
export type RunCommand = (command: string) => boolean;

export const RunCommandContext = createContext<RunCommand | null>(null);
