/**
 * A sliding-window count per key (site, tab): `allow` says whether one more event fits under
 * every key's limit and, if so, counts it under each. Memory only: the background worker that
 * receives a page's messages stays alive while they keep coming.
 */
export interface RateLimit {
  allow(keys: readonly string[], now: number): boolean;
}

export function createRateLimit(max: number, windowMs: number): RateLimit {
  const seen = new Map<string, number[]>();
  return {
    allow(keys, now) {
      const recent = keys.map((key) => {
        const times = (seen.get(key) ?? []).filter((t) => now - t < windowMs);
        if (times.length > 0) seen.set(key, times);
        else seen.delete(key);
        return times;
      });
      if (recent.some((times) => times.length >= max)) return false;
      keys.forEach((key, i) => {
        seen.set(key, [...(recent[i] ?? []), now]);
      });
      return true;
    },
  };
}
