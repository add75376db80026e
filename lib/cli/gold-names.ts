import { DEFAULT_MATCHER } from '../analysis/matcher/match';
import { scan } from '../analysis/matcher/scan';
import { resolveSkill } from '../profile/resolve-skill';

/**
 * A gold skill name → its catalogue id, for the scorer (./eval-resolve.ts). Gold names skills as
 * the ad words them: most resolve as a user's typed name does (lib/profile/resolve-skill.ts),
 * but many are the skill with the ad's own qualifier ("Multilingual NLP", "VPC design",
 * "Private DNS", "Secure SDLC"). Such a name names the one catalogue skill written inside it:
 * the catalogue's names are looked up in it, and when exactly one skill is named there, by a
 * name that is not also an ordinary word or a person's name (those need a sentence to decide:
 * "Go-live" is not Go), the gold names that skill. Two skills inside ("Python and SQL
 * scripting"), or none, and the name stays unresolved: a recall miss, "not in catalogue".
 */
export function goldSkillId(name: string): string | undefined {
  const direct = resolveSkill(name)?.id;
  if (direct !== undefined) return direct;
  const ids = new Set<string>();
  for (const c of scan(DEFAULT_MATCHER, name).candidates) {
    if (c.terminal.rule !== undefined) return undefined;
    ids.add(c.terminal.entry.id);
  }
  return ids.size === 1 ? (ids.values().next().value as string) : undefined;
}
