import type { Category, ListedAs, Requirements, Side, SkillSummary } from '../../lib/analysis/types';
import type { Level } from '../../lib/profile/levels';
import type { OwnSkill } from '../../lib/profile/own-skills';
import { emptyProfile, type Profile } from '../../lib/profile/schema';

/** Small builders shared by the fit tests. */

export function skill(
  id: string,
  category: Category,
  listedAs: ListedAs = 'required',
  side?: Side,
): SkillSummary {
  return {
    id,
    name: id.toUpperCase(),
    category,
    side: side ?? (id.startsWith('ml') ? 'ml' : 'engineering'),
    count: 1,
    listedAs,
  };
}

export function profileWith(levels: Record<string, Level>, extra: Partial<Profile> = {}): Profile {
  return {
    ...emptyProfile(),
    skills: Object.entries(levels).map(([s, level]) => ({ skill: s, level })),
    ...extra,
  };
}

export const NO_REQUIREMENTS: Requirements = { years: null, degree: null };

/** A posting's skills with one of each category, both sides and both listings. */
export const SAMPLE_SKILLS: readonly SkillSummary[] = [
  { id: 'python', name: 'Python', category: 'core', side: 'engineering', count: 2, listedAs: 'required' },
  { id: 'pytorch', name: 'PyTorch', category: 'core', side: 'ml', count: 1, listedAs: 'required' },
  {
    id: 'sql',
    name: 'SQL',
    category: 'underemphasized',
    side: 'engineering',
    count: 1,
    listedAs: 'required',
  },
  {
    id: 'spark',
    name: 'Spark',
    category: 'nice-to-have',
    side: 'engineering',
    count: 1,
    listedAs: 'preferred',
  },
];

/** An own skill (not in the catalogue) whose alias is a catalogue name. */
export const RUST_MACROS: OwnSkill = {
  id: 'own:rust-macros',
  name: 'Rust macros',
  aliases: ['Torch'],
  category: 'core',
  side: 'engineering',
  level: 'expert',
};

/** RUST_MACROS as the engine reports it found in a posting. */
export const RUST_MACROS_FOUND: SkillSummary = {
  ...skill('own:rust-macros', 'core', 'required', 'engineering'),
  name: 'Rust macros',
};
