/**
 * The keys a JSON text repeats within one object: JSON.parse keeps the last silently, but kube-apiserver's strict
 * decoder (sigs.k8s.io/json DisallowDuplicateFields) reports each as `duplicate field "metadata.name"`. Only raw
 * bodies can carry them: kubectl's own JSON never repeats a key. The text is JSON already parsed once; the scan is
 * iterative, so nesting costs no stack.
 */
export type KeyPath = readonly (string | number)[];

interface Frame {
  path: KeyPath;
  /** An object's keys so far (its current one last), or undefined for an array. */
  keys: Set<string> | undefined;
  key: string | number;
}

export function repeatedKeys(text: string): KeyPath[] {
  const out: KeyPath[] = [];
  const frames: Frame[] = [];
  let expectKey = false;
  const childPath = (): KeyPath => {
    const top = frames[frames.length - 1];
    return top ? [...top.path, top.key] : [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      const object = c === '{';
      frames.push({ path: childPath(), keys: object ? new Set() : undefined, key: object ? '' : 0 });
      expectKey = object;
    } else if (c === '}' || c === ']') {
      frames.pop();
      expectKey = false;
    } else if (c === ',') {
      const top = frames[frames.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.key = (top.key as number) + 1;
    } else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = frames[frames.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) out.push([...top.path, key]);
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
    }
  }
  return out;
}
