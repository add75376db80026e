/**
 * Largest-remainder rounding: integers that add up to `total` exactly, each within 1 of
 * its real share. This is what lets the popup list per-skill points that sum to the score.
 * Ties go to the earlier entry so the result is deterministic.
 */
export function largestRemainder(shares: readonly number[], total: number): number[] {
  const floors = shares.map((s) => Math.floor(s + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, frac: s - (floors[i] ?? 0) }))
    .filter((e) => e.frac > 1e-9)
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
