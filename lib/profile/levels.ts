/**
 * Skill levels, in a module of their own with no schema library: the content script's
 * message guards and the on-page hover card read them too, and the page's bundle must stay
 * free of zod.
 */
export const LEVELS = ['learning', 'working', 'expert'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  learning: 'Learning',
  working: 'Working',
  expert: 'Expert',
};
