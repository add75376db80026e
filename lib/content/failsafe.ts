/**
 * Pieces fail independently: a throwing adapter or UI part is caught at its boundary, logged
 * once under its name (never an error-level entry: the page's console stays clean), and the
 * rest of the content script carries on with "no annotation" for that piece.
 */
const reported = new Set<string>();

export function reportOnce(piece: string, error: unknown): void {
  if (reported.has(piece)) return;
  reported.add(piece);
  console.warn(`[ML Fit] ${piece} failed; carrying on without it.`, error);
}

export function guard<T>(piece: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    reportOnce(piece, error);
    return fallback;
  }
}

export async function guardAsync<T>(piece: string, run: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    reportOnce(piece, error);
    return fallback;
  }
}
