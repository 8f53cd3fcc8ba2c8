/**
 * Kubernetes' `$(VAR)` expansion in env values, `command` and `args`, as the kubelet does it
 * (k8s.io/kubernetes third_party/forked/golang/expansion/expand.go): `$$` is a literal `$`, a
 * reference to an unknown variable (or one never closed) is left as written, and a `$` before any
 * other character is copied with it.
 */

/** The first of `maps` holding `name`, or the reference as written (expansion.MappingFuncFor). */
export function mappingFor(...maps: readonly ReadonlyMap<string, string>[]): (name: string) => string {
  return (name) => {
    for (const vars of maps) {
      const value = vars.get(name);
      if (value !== undefined) return value;
    }
    return `$(${name})`;
  };
}

export function expand(input: string, mapping: (name: string) => string): string {
  if (!input.includes('$')) return input;
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === '$') out += '$';
    else if (next === '(') {
      const close = input.indexOf(')', cursor + 2);
      if (close < 0) out += '$(';
      else {
        out += mapping(input.slice(cursor + 2, close));
        advance = close - cursor;
      }
    } else out += `$${next ?? ''}`;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
