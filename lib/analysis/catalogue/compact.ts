import type { Kind, SkillEntry } from './schema';

/**
 * The generated part of the catalogue (data/generated.json, written by
 * scripts/catalogue/generate.ts) is stored compactly, because the catalogue ships twice in the
 * release zips (background and options page) under a size budget: skills are grouped by
 * category, side and kind, and each skill is one string, "Name|alias|alias", with a leading "~"
 * when it is ambiguous. Its id is derived from its name by skillId(), so ids stay stable as long
 * as the name does.
 */
export interface GeneratedGroup {
  category: SkillEntry['category'];
  side: SkillEntry['side'];
  kind: Kind;
  skills: string[];
}

export interface GeneratedCatalogue {
  about: string;
  sources: Record<string, string>;
  groups: GeneratedGroup[];
}

const AMBIGUOUS_MARK = '~';
const SEPARATOR = '|';

/** Kebab-case id of a name: "C++" → "cpp", ".NET MAUI" → "dotnet-maui", "F#" → "fsharp". */
export function skillId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/\+/g, 'plus')
    .replace(/&/g, 'and')
    .replace(/(^|[^a-z0-9])\.(?=[a-z])/g, '$1dot')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "~Name|alias" → entry fields; the inverse of encodeSkill. */
export function decodeSkill(encoded: string, group: Omit<GeneratedGroup, 'skills'>): SkillEntry {
  const ambiguous = encoded.startsWith(AMBIGUOUS_MARK);
  const [name = '', ...aliases] = (ambiguous ? encoded.slice(1) : encoded).split(SEPARATOR);
  return {
    id: skillId(name),
    name,
    aliases,
    category: group.category,
    side: group.side,
    kind: group.kind,
    ...(ambiguous ? { ambiguous: true } : {}),
  };
}

export function encodeSkill(entry: Pick<SkillEntry, 'name' | 'aliases' | 'ambiguous'>): string {
  return (entry.ambiguous ? AMBIGUOUS_MARK : '') + [entry.name, ...entry.aliases].join(SEPARATOR);
}

export function expandGenerated(data: GeneratedCatalogue): SkillEntry[] {
  return data.groups.flatMap(({ skills, ...group }) => skills.map((s) => decodeSkill(s, group)));
}
