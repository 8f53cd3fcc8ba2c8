/**
 * Commands that handle their input a line at a time, so that reading a pipe still being written
 * (`kubectl get pods -w | grep web`, `tail -f log | cut -d' ' -f1`) they print as the lines come: the same
 * output, batch by batch, as on the whole input. Options that count, number or look around lines (grep -c,
 * -n, -A) need the whole input; so do commands such as sort and wc.
 */
const FILTERS: Readonly<Record<string, RegExp>> = {
  // grep's flags that keep it line by line: -i -v -E -F -w -o -H -h, with -e PATTERN.
  grep: /^-[ivEFwoHh]+$|^-e$|^--(ignore-case|invert-match|extended-regexp|fixed-strings|word-regexp|only-matching)$/,
  cat: /^$/,
  cut: /^-[dfcb].*$|^--(delimiter|fields|characters|bytes)(=.*)?$/,
  tr: /^-[ds]+$/,
  rev: /^$/,
};

export function isLineFilter(name: string, args: readonly string[]): boolean {
  const allowed = FILTERS[name];
  if (!allowed) return false;
  return args.every((arg, i) => !arg.startsWith('-') || arg === '-' || allowed.test(arg) || args[i - 1] === '-e');
}
