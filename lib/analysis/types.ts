/**
 * The engine's public contract. Everything that reads an analysis (content script,
 * background, popup, fit, history, CLI) codes against these types only.
 * Meanings as README.md ("How a posting is read") gives them: category is a property of the skill,
 * listedAs a property of one mention, side the half of the skill set it belongs to.
 */

export const CATEGORIES = ['core', 'underemphasized', 'nice-to-have'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SIDES = ['ml', 'engineering'] as const;
export type Side = (typeof SIDES)[number];

/** Strongest first: a skill's listedAs is the strongest of its mentions. */
export const LISTED_AS = ['required', 'preferred', 'unspecified'] as const;
export type ListedAs = (typeof LISTED_AS)[number];

export const ROLE_IDS = [
  'ml-engineer',
  'data-scientist',
  'data-engineer',
  'research-scientist',
  'data-analyst',
  'backend-engineer',
  'frontend-engineer',
  'devops',
  'product-manager',
  'other',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RoleVerdict {
  id: RoleId;
  /** 0..1 */
  confidence: number;
  /** Human-readable, shown in the UI ("Title says “Machine Learning Engineer”"). */
  reasons: string[];
}

export interface Mention {
  /** UTF-16 offsets into the analysed text: text.slice(start, end) === mention.text */
  start: number;
  end: number;
  text: string;
  /** Catalogue id */
  skill: string;
  name: string;
  category: Category;
  listedAs: ListedAs;
  /** One of the user's own skills (AnalyzeOptions.extraSkills): counted, never painted in the page. */
  own?: true;
}

export interface SkillSummary {
  id: string;
  name: string;
  category: Category;
  side: Side;
  count: number;
  /** Strongest listedAs over the skill's mentions. */
  listedAs: ListedAs;
}

export const DEGREES = ['bachelor', 'master', 'phd'] as const;
export type Degree = (typeof DEGREES)[number];

export interface Requirements {
  /** Years of experience asked; null when the posting names none. */
  years: { min: number; max?: number } | null;
  /** Lowest degree level the posting asks for; null when none. */
  degree: Degree | null;
}

export interface Analysis {
  isMlEngineer: boolean;
  role: RoleVerdict;
  mentions: Mention[];
  skills: SkillSummary[];
  requirements: Requirements;
}

export interface PostingInput {
  text: string;
  title?: string;
  /** The hiring company, when the page names it: words of its name are never skills ("Acme Robotics"). */
  company?: string;
}
