import type { OwnSkill } from './own-skills';
import type { Profile, ProfileSkill } from './schema';

/** What an import would change, for the preview shown before anything is written. */
export interface ProfileDiff {
  added: ProfileSkill[];
  removed: ProfileSkill[];
  changed: Array<{ skill: string; from: ProfileSkill; to: ProfileSkill }>;
  /** Legacy free-text names (a profile not yet parsed, see ./own-skills.ts migrateFreeText). */
  freeTextAdded: string[];
  freeTextRemoved: string[];
  /** Own skills by id: new, edited (name, aliases, category, side, level, years), removed. */
  ownAdded: OwnSkill[];
  ownChanged: OwnSkill[];
  ownRemoved: OwnSkill[];
  fields: Array<{
    field: 'background' | 'years' | 'targetRole';
    from: string | number | null;
    to: string | number | null;
  }>;
}

function sameSkill(a: ProfileSkill, b: ProfileSkill): boolean {
  return a.level === b.level && (a.years ?? null) === (b.years ?? null);
}

export function diffProfiles(before: Profile, after: Profile): ProfileDiff {
  const old = new Map(before.skills.map((s) => [s.skill, s]));
  const next = new Map(after.skills.map((s) => [s.skill, s]));
  const diff: ProfileDiff = {
    added: [],
    removed: [],
    changed: [],
    freeTextAdded: [],
    freeTextRemoved: [],
    ownAdded: [],
    ownChanged: [],
    ownRemoved: [],
    fields: [],
  };
  for (const skill of after.skills) {
    const was = old.get(skill.skill);
    if (!was) diff.added.push(skill);
    else if (!sameSkill(was, skill)) diff.changed.push({ skill: skill.skill, from: was, to: skill });
  }
  for (const skill of before.skills) if (!next.has(skill.skill)) diff.removed.push(skill);
  const lower = (list: string[]) => new Set(list.map((t) => t.toLowerCase()));
  const oldText = lower(before.freeText);
  const newText = lower(after.freeText);
  diff.freeTextAdded = after.freeText.filter((t) => !oldText.has(t.toLowerCase()));
  diff.freeTextRemoved = before.freeText.filter((t) => !newText.has(t.toLowerCase()));
  const oldOwn = new Map((before.ownSkills ?? []).map((s) => [s.id, s]));
  const newOwn = new Set((after.ownSkills ?? []).map((s) => s.id));
  for (const skill of after.ownSkills ?? []) {
    const was = oldOwn.get(skill.id);
    if (!was) diff.ownAdded.push(skill);
    else if (JSON.stringify(was) !== JSON.stringify(skill)) diff.ownChanged.push(skill);
  }
  for (const skill of before.ownSkills ?? []) if (!newOwn.has(skill.id)) diff.ownRemoved.push(skill);
  for (const field of ['background', 'years', 'targetRole'] as const) {
    if (before[field] !== after[field]) diff.fields.push({ field, from: before[field], to: after[field] });
  }
  return diff;
}

export function isEmptyDiff(diff: ProfileDiff): boolean {
  return (
    diff.added.length + diff.removed.length + diff.changed.length === 0 &&
    diff.freeTextAdded.length + diff.freeTextRemoved.length + diff.fields.length === 0 &&
    diff.ownAdded.length + diff.ownChanged.length + diff.ownRemoved.length === 0
  );
}
