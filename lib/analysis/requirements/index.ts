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
 * Years and degree asked. Of several years figures, those in a requirements section count
 * first, and of them the first: postings lead with the overall figure and then narrow it
 * ("5+ years of software engineering, 2+ of them on ML systems" asks 5, not 2).
 */
export function readRequirements(
  text: string,
  cues: readonly Cue[],
  spans: readonly SectionSpan[],
): Requirements {
  const found = findYears(text, cues, CUE_CODE.years);
  const firm = found.filter((y) => kindAt(spans, y.pos) !== 'preferred');
  const pool = firm.length ? firm : found;
  let years: Requirements['years'] = null;
  for (const y of pool) {
    if (!years || y.min < years.min)
      years = y.max === undefined ? { min: y.min } : { min: y.min, max: y.max };
  }
  return { years, degree: findDegree(text, cues, CUE_CODE.degree) };
}
