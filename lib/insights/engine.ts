import { bandFor, computeFit } from '../fit';
import { adviceFor } from '../fit/advice';
import type { FitEngine } from './prepare';

/** The real fit module, as the insights use it. */
export const fitEngine: FitEngine = {
  computeFit,
  bandOf: bandFor,
  advice: (background, side, start) =>
    adviceFor({
      background,
      weakerSide: side,
      missing: start,
      // Reached only when both sides have points to earn across the postings.
      skillCount: Math.max(1, start.length),
      bothSides: true,
      scope: 'these postings',
    }),
};
