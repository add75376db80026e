import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../analysis/catalogue/index';
import { parseProfileImport } from './import';
import { normalizeSkillText, resolveSkill } from './resolve-skill';

/** Against the shipped catalogue: typed text must resolve to one skill, never to a guess. */
describe('resolving against the shipped catalogue', () => {
  it('no two skills share an id, name or alias once case and separators are ignored', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of CATALOGUE) {
      for (const text of [skill.id, skill.name, ...skill.aliases]) {
        const key = normalizeSkillText(text);
        const other = owner.get(key);
        if (other && other !== skill.id) clashes.push(`${text}: ${other} / ${skill.id}`);
        owner.set(key, skill.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every skill resolves from its id, name and aliases', () => {
    for (const skill of CATALOGUE) {
      for (const text of [skill.id, skill.name, ...skill.aliases])
        expect(resolveSkill(text)?.id, text).toBe(skill.id);
    }
  });

  it('imports the README’s minimal hand-written file', () => {
    const text =
      '{ "skills": [ { "skill": "pytorch", "level": "expert" }, { "skill": "SQL", "level": "working" } ] }';
    const result = parseProfileImport(text);
    expect(result.ok && result.profile.skills).toEqual([
      { skill: 'pytorch', level: 'expert' },
      { skill: 'sql', level: 'working' },
    ]);
  });
});
