import type { Background } from './schema';

/** Words the options page shows for each background (levels are named in ./levels.ts). */

export const BACKGROUND_LABELS: Record<Background, string> = {
  'backend-engineer': 'Backend / software engineer',
  'data-scientist': 'Data scientist',
  'data-engineer': 'Data engineer',
  research: 'Research scientist / engineer',
  'phd-graduate': 'PhD graduate',
  other: 'Other',
};

/** One line per background for the onboarding: what usually carries over, what to add. */
export const BACKGROUND_HINTS: Record<Background, string> = {
  'backend-engineer': 'Engineering side covered; the ML side is usually the gap.',
  'data-scientist': 'Modelling covered; deployment and software practice are usually the gap.',
  'data-engineer': 'Pipelines and SQL covered; model training and serving are usually the gap.',
  research: 'Deep ML knowledge; production engineering is usually the gap.',
  'phd-graduate': 'Strong fundamentals; industry tooling and deployment are usually the gap.',
  other: 'Start from the skills you have; the fit view shows what to add.',
};
