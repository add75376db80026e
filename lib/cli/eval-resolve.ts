import { canonicalSkillId } from '../analysis/catalogue/redirects';
import type { RoleId } from '../analysis/types';
import { type CorpusPosting, type Forbidden, type Gold, isCompleteGold } from './eval-gold';

/**
 * Gold in either format (./eval-gold.ts) turned into catalogue ids, the form the scorer reads.
 * `resolve` maps an id, name or alias to a catalogue id (lib/profile/resolve-skill.ts in
 * practice), undefined when the catalogue has no such skill.
 */
export type ResolveId = (text: string) => string | undefined;

export interface GoldSkill {
  /** As the gold writes it: an id (old format) or the ad's name for it. */
  label: string;
  /** Catalogue id; null when the catalogue lacks the skill (a recall miss, "not in catalogue"). */
  id: string | null;
  /** A named technology (names format, not listed in `concepts`); null when gold does not say. */
  technology: boolean | null;
}

export interface ResolvedGold {
  role: RoleId;
  /** Gold lists every skill of the posting: every highlight is judged (precision). */
  complete: boolean;
  /** One entry per distinct skill: two names of one catalogue skill count once. */
  skills: GoldSkill[];
  required: string[];
  preferredOnly: string[];
  /** A skill-bound entry names the skill by its id today (a merged id is redirected). */
  mustNotHighlight: Forbidden[];
}

function idsOf(labels: readonly string[], byLabel: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  for (const l of labels) {
    const id = byLabel.get(l);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export function resolveGold(gold: Gold, resolve: ResolveId): ResolvedGold {
  const complete = isCompleteGold(gold);
  const byLabel = new Map<string, string | null>();
  const skills: GoldSkill[] = [];
  const seen = new Set<string>();
  const concepts = gold.concepts ? new Set(gold.concepts) : null;
  for (const s of gold.skills) {
    const label = typeof s === 'string' ? s : s.skill;
    const technology = concepts ? !concepts.has(label) : null;
    // An old-format id must be an id (or one merged into it since), not someone's alias that
    // happens to resolve.
    const found = resolve(label);
    const id = found !== undefined && (complete || found === canonicalSkillId(label)) ? found : null;
    byLabel.set(label, id);
    if (id === null) skills.push({ label, id, technology });
    else if (!seen.has(id)) {
      seen.add(id);
      skills.push({ label, id, technology });
    }
  }
  const required = idsOf(gold.required, byLabel);
  const preferredOnly = idsOf(gold.preferredOnly, byLabel).filter((id) => !required.includes(id));
  return {
    role: gold.role,
    complete,
    skills,
    required,
    preferredOnly,
    mustNotHighlight: gold.mustNotHighlight.map((f) =>
      typeof f === 'string' ? f : { text: f.text, skill: canonicalSkillId(f.skill) },
    ),
  };
}

/** Problems that make one posting's gold unscorable or inconsistent. */
export function goldErrors(p: CorpusPosting, resolve: ResolveId): string[] {
  const where = `${p.set}/${p.name}`;
  const errors: string[] = [];
  const complete = isCompleteGold(p.gold);
  const labels = new Set<string>();
  for (const s of p.gold.skills) {
    const label = typeof s === 'string' ? s : s.skill;
    // Names the catalogue lacks are recall misses; an old-format id must exist.
    if (!complete && resolve(label) !== canonicalSkillId(label))
      errors.push(`${where}: unknown gold skill id "${label}"`);
    if (labels.has(label)) errors.push(`${where}: gold skill "${label}" listed twice`);
    labels.add(label);
  }
  for (const [list, values] of [
    ['preferredOnly', p.gold.preferredOnly],
    ['required', p.gold.required],
  ] as const) {
    for (const l of values)
      if (!labels.has(l)) errors.push(`${where}: ${list} names "${l}", which is not a gold skill`);
  }
  for (const l of p.gold.concepts ?? []) {
    if (!labels.has(l)) errors.push(`${where}: concepts names "${l}", which is not a gold skill`);
  }
  for (const l of p.gold.preferredOnly) {
    if (p.gold.required.includes(l)) errors.push(`${where}: "${l}" is both required and preferredOnly`);
  }
  for (const f of p.gold.mustNotHighlight) {
    const text = typeof f === 'string' ? f : f.text;
    if (!p.text.includes(text)) errors.push(`${where}: mustNotHighlight "${text}" is not in the text`);
    if (typeof f !== 'string' && resolve(f.skill) !== canonicalSkillId(f.skill))
      errors.push(`${where}: unknown skill id "${f.skill}"`);
  }
  return errors;
}
