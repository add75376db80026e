import { CUE_CODE } from '../cues';
import type { Cue } from '../matcher/scan';
import type { SectionSpan } from '../sections/headers';
import type { Requirements } from '../types';
import { findDegree } from './degree';
import { type YearsFound, yearsAt } from './years';

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
  /** The scan's "years" cue words, and its "degree" ones, each in text order. */
  yearsCues: readonly Cue[],
  degreeCues: readonly Cue[],
  spans: readonly SectionSpan[],
): Requirements {
  // Figures are read in text order up to the first in a requirements section, which wins over
  // those before it: on a long page the rest is never read.
  let y: YearsFound | undefined;
  let general: YearsFound | undefined;
  let first: YearsFound | undefined;
  for (let i = 0; i < yearsCues.length; i++) {
    const f = yearsAt(text, yearsCues[i] as Cue);
    if (!f) continue;
    const kind = kindAt(spans, f.pos);
    if (kind === 'requirements') {
      y = f;
      break;
    }
    first ??= f;
    if (general === undefined && (kind === 'other' || kind === 'duties')) general = f;
  }
  y ??= general ?? first;
  const years: Requirements['years'] = y
    ? y.max === undefined
      ? { min: y.min }
      : { min: y.min, max: y.max }
    : null;
  return { years, degree: findDegree(text, degreeCues, CUE_CODE.degree) };
}
