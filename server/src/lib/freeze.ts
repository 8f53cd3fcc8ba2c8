/**
 * Deep freezing, for the few values the simulator computes once and shares between clusters
 * (templates of the objects a fresh cluster starts with): frozen, a stray mutation throws instead
 * of leaking from one student's cluster into another's.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** A cache for pure functions of a small set of keys (a Kubernetes version, an image name). */
export function memoize<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = deepFreeze(fn(key));
      cache.set(key, v);
    }
    return v as V;
  };
}
