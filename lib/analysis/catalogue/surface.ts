/**
 * The matcher's surface-form equivalence, as the catalogue's checks use it: case, runs of
 * separators (- / . _ space) and a plural ending on the last word don't count. The plural rule
 * is cruder than the matcher's on purpose: stripping more can only make the checks stricter; but
 * "es" is no ending of a one-letter word ("M" is no singular of "MES").
 * Two names or aliases with the same key would be one surface form to the matcher.
 */
export function surfaceKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[-/._\s]+/g, ' ')
    .trim()
    .replace(/(?:(?<=\S\S)es|s)$/, '');
}
