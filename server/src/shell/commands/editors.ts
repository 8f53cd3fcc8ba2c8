import { type Command } from '../command.js';
export const editorCommands: readonly Command[] = [];
