/**
 * A pure function of a string, with its recent answers kept: labels and header lines repeat
 * across postings ("Requirements:", "Must have"). The store is emptied once it holds `limit`
 * answers, so a long session of pages never grows it without bound.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit = 2000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
