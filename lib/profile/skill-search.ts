import { CATALOGUE, type SkillEntry } from '../analysis/catalogue/index';
import { normalizeSkillText } from './resolve-skill';

/**
 * Type-ahead over catalogue names and aliases for the skill picker. Ranking, best first:
 * exact name or alias, name prefix, alias prefix, a later word of the name starting with the
 * query, then anywhere in name or alias. Ties keep catalogue-name order.
 */

export interface SkillSuggestion {
  skill: SkillEntry;
  /** The alias that matched, when the name itself did not (shown as "k8s → Kubernetes"). */
  via?: string;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-_/.]+/)
    .filter(Boolean);
}

function rank(skill: SkillEntry, query: string, raw: string): { score: number; via?: string } | null {
  const name = normalizeSkillText(skill.name);
  const aliases = skill.aliases.map((a) => ({ alias: a, key: normalizeSkillText(a) }));
  if (name === query) return { score: 0 };
  const exactAlias = aliases.find((a) => a.key === query);
  if (exactAlias) return { score: 1, via: exactAlias.alias };
  if (name.startsWith(query)) return { score: 2 };
  const prefixAlias = aliases.find((a) => a.key.startsWith(query));
  if (prefixAlias) return { score: 3, via: prefixAlias.alias };
  if (words(skill.name).some((w) => w.startsWith(raw))) return { score: 4 };
  if (name.includes(query)) return { score: 5 };
  const inAlias = aliases.find((a) => a.key.includes(query));
  if (inAlias) return { score: 6, via: inAlias.alias };
  return null;
}

export function searchSkills(
  text: string,
  options: { limit?: number; exclude?: ReadonlySet<string>; catalogue?: readonly SkillEntry[] } = {},
): SkillSuggestion[] {
  const query = normalizeSkillText(text);
  if (!query) return [];
  const raw = text.trim().toLowerCase();
  const { limit = 8, exclude, catalogue = CATALOGUE } = options;
  const scored: Array<{ score: number; suggestion: SkillSuggestion }> = [];
  for (const skill of catalogue) {
    if (exclude?.has(skill.id)) continue;
    const hit = rank(skill, query, raw);
    if (hit) scored.push({ score: hit.score, suggestion: hit.via ? { skill, via: hit.via } : { skill } });
  }
  scored.sort((a, b) => a.score - b.score || a.suggestion.skill.name.localeCompare(b.suggestion.skill.name));
  return scored.slice(0, limit).map((s) => s.suggestion);
}

/** Does the text name this skill exactly (name, alias or id, ignoring case and separators)? */
export function namesSkill(skill: SkillEntry, text: string): boolean {
  const key = normalizeSkillText(text);
  return [skill.id, skill.name, ...skill.aliases].some((form) => normalizeSkillText(form) === key);
}
