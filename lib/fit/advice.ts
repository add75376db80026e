import type { Side } from '../analysis/types';
import type { Background } from '../profile/schema';
import type { FitItem } from './types';

/**
 * Advice in the product's own words, from the seed article's account of each background:
 * what usually transfers, which side is usually the gap, and the article's closing point
 * that the way in is to grow the weaker side rather than deepen the stronger one.
 */

interface BackgroundNote {
  /** What carries over into ML engineering. */
  strength: string;
  /** The side the gap usually sits on for this background. */
  usualGap: Side;
}

const NOTES: Record<Background, BackgroundNote> = {
  'backend-engineer': {
    strength: 'Your production skills (APIs, deployment, testing, monitoring) are the hardest part to teach.',
    usualGap: 'ml',
  },
  'data-scientist': {
    strength: 'Your modelling knowledge carries over directly.',
    usualGap: 'engineering',
  },
  'data-engineer': {
    strength: 'Your pipeline and infrastructure skills carry over directly.',
    usualGap: 'ml',
  },
  research: {
    strength: 'Deep ML knowledge is a real advantage here.',
    usualGap: 'engineering',
  },
  'phd-graduate': {
    strength: 'Your ML and quantitative depth is an advantage.',
    usualGap: 'engineering',
  },
  other: {
    strength: 'The role needs both ML knowledge and engineering skill.',
    usualGap: 'ml',
  },
};

/** What to do about each side, whatever the background. */
const SIDE_STEP: Record<Side, string> = {
  ml: 'build ML foundations (how models learn, overfitting, evaluation) and take one model all the way to deployment',
  engineering: 'write tested production code, design an API and ship a model as a service',
};

const SIDE_NAME: Record<Side, string> = { ml: 'ML', engineering: 'engineering' };

function names(items: readonly FitItem[]): string {
  return items.map((i) => i.name).join(', ');
}

export function adviceFor(args: {
  background: Background | null;
  weakerSide: Side | null;
  missing: readonly FitItem[];
  skillCount: number;
  /** The posting names skills of both sides (otherwise "even" means nothing). */
  bothSides: boolean;
  /** What the advice is about: one posting by default; the history's insights pass "these postings". */
  scope?: string;
  /** Skills held, and held below expert (absent: not known, the wording stays general). */
  held?: number;
  belowExpert?: number;
}): string {
  const { background, weakerSide, missing, skillCount, bothSides } = args;
  const scope = args.scope ?? 'this posting';
  if (skillCount === 0)
    return 'This posting names no skills we recognise, so there is nothing to compare yet.';
  const note = background ? NOTES[background] : null;
  const lead = note ? `${note.strength} ` : '';
  if (args.held === 0) {
    const top = missing.slice(0, 3);
    return `${lead}None of the skills ${scope} names are in your profile yet. The biggest gains: ${names(top)}.`;
  }
  if (missing.length === 0 && weakerSide === null) {
    return args.belowExpert === 0
      ? `${lead}You hold every skill ${scope} names, all at expert level.`
      : `${lead}You hold every skill ${scope} names; deepen the ones below expert.`;
  }
  if (weakerSide === null) {
    const top = missing.slice(0, 3);
    const gap = top.length ? ` The biggest gains: ${names(top)}.` : '';
    const even = bothSides ? 'Both sides are evenly covered here.' : 'This posting asks for one side only.';
    return `${lead}${even}${gap}`;
  }
  const topOfSide = missing.filter((m) => m.side === weakerSide).slice(0, 3);
  const usual =
    note && background !== 'other'
      ? note.usualGap === weakerSide
        ? ' — the usual gap from your background'
        : ' — not the usual gap for your background'
      : '';
  const gap = topOfSide.length ? ` Start with ${names(topOfSide)}.` : '';
  return `${lead}Your ${SIDE_NAME[weakerSide]} side is thinner for ${scope}${usual}: ${SIDE_STEP[weakerSide]}.${gap}`;
}
