export { createShellSession, restoreShellSession, ShellSession } from './session.js';
