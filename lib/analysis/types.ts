/**
 * The engine's public contract. Everything that reads an analysis (content script,
 * background, popup, fit, history, CLI) codes against these types only.
 * Meanings as README.md ("How a posting is read") gives them: category is a property of the skill,
 * listedAs a property of one mention, side the half of the skill set it belongs to.
 */

export const CATEGORIES = ['core', 'underemphasized', 'nice-to-have'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Words shown for each category (popup, chip, options page, CLI). */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  core: 'Core',
  underemphasized: 'Underemphasized',
  'nice-to-have': 'Nice to have',
};

/** One line per category: what it means for the role. */
export const CATEGORY_HINTS: Readonly<Record<Category, string>> = {
  core: 'What the role genuinely needs',
  underemphasized: 'Needed in practice, often left out of postings',
  'nice-to-have': 'Helps, rarely decides',
};

export const SIDES = ['ml', 'engineering'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_LABELS: Readonly<Record<Side, string>> = {
  ml: 'ML',
  engineering: 'Engineering',
};

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

/** How each role is named, capitalised as a heading; `inSentence` gives the running-text form. */
export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  'ml-engineer': 'ML engineer',
  'data-scientist': 'Data scientist',
  'data-engineer': 'Data engineer',
  'research-scientist': 'Research scientist',
  'data-analyst': 'Data analyst',
  'backend-engineer': 'Backend engineer',
  'frontend-engineer': 'Frontend engineer',
  devops: 'DevOps / SRE',
  'product-manager': 'Product manager',
  other: 'Other role',
};

/**
 * A label inside a sentence: the first letter lower-cased unless the first word is a name
 * or an acronym with other capitals ("Data scientist" → "data scientist"; "ML engineer" and
 * "DevOps / SRE" stay).
 */
export function inSentence(label: string): string {
  const first = label.split(' ', 1)[0] ?? '';
  return /[A-Z]/.test(first.slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

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
