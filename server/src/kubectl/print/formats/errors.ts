/** An error whose message kubectl prints after `error: `. */
export class PrintError extends Error {}
