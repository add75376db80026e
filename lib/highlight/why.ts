import type { Category, Side } from '../analysis/types';

/**
 * One line per category and side for the hover card: why this skill matters for an ML
 * engineer (README, "How a posting is read"; lib/analysis/README.md), in the product's own words.
 */
export const WHY: Record<Category, Record<Side, string>> = {
  core: {
    ml: 'Central to the job: building, evaluating and shipping models rests on it.',
    engineering: 'Core engineering: ML engineers ship software, so this is used daily.',
  },
  underemphasized: {
    ml: 'Often left out of postings, yet production models mostly run on managed cloud ML.',
    engineering:
      'Rarely stressed in postings, but the work needs it: data sits in SQL, models run in the cloud.',
  },
  'nice-to-have': {
    ml: 'A plus for this team; not something the role itself depends on.',
    engineering: 'Useful extra tooling; teams differ, so it seldom decides a hire.',
  },
};
