import { CUE_CODE } from '../cues';
import type { Cue } from '../matcher/scan';
import type { SectionSpan } from '../sections/headers';
import type { Requirements } from '../types';
import { findDegree } from './degree';
import { findYears } from './years';

function kindAt(spans: readonly SectionSpan[], pos: number): SectionSpan['kind'] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as SectionSpan).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo]?.kind ?? 'other';
}

/**
 * Years and degree asked. Of several years figures, one in a requirements section counts first,
 * then one in the duties or a general section (a figure in "About us" may be the company's), then a
 * preferred one; and of those the first: postings lead with the overall figure and then narrow
 * it ("5+ years of software engineering, 2+ years on ML systems" asks 5, not 2).
 */
export function readRequirements(
  text: string,
  cues: readonly Cue[],
  spans: readonly SectionSpan[],
): Requirements {
  const found = findYears(text, cues, CUE_CODE.years);
  const y =
    found.find((f) => kindAt(spans, f.pos) === 'requirements') ??
    found.find((f) => {
      const kind = kindAt(spans, f.pos);
      return kind === 'other' || kind === 'duties';
    }) ??
    found[0];
  const years: Requirements['years'] = y
    ? y.max === undefined
      ? { min: y.min }
      : { min: y.min, max: y.max }
    : null;
  return { years, degree: findDegree(text, cues, CUE_CODE.degree) };
}
