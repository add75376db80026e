import type { Kind, SkillEntry } from './schema';

/**
 * The compact data files (data/mainstream.json, hand-curated, and data/generated.json, written
 * by scripts/catalogue/generate.ts) cost a third of the verbose form in the release zip's
 * background, under a size budget: skills are
 * grouped by category, side and kind, and each skill is one string, "Name|alias|alias", with a
 * leading "~" when it is ambiguous. Its id is derived from its name by skillId(), unless the
 * string starts with "id=" ("spring=Spring Boot|Spring"): ids are stored in profiles and history,
 * so they never change once given; when two skills prove one product, the id that goes stays
 * in ./redirects.ts.
 */
export interface CompactGroup {
  category: SkillEntry['category'];
  side: SkillEntry['side'];
  kind: Kind;
  skills: string[];
}

export interface CompactCatalogue {
  about: string;
  sources?: Record<string, string>;
  groups: CompactGroup[];
}

const AMBIGUOUS_MARK = '~';
const SEPARATOR = '|';
const ID_MARK = '=';

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
export function decodeSkill(encoded: string, group: Omit<CompactGroup, 'skills'>): SkillEntry {
  const ambiguous = encoded.startsWith(AMBIGUOUS_MARK);
  const [head = '', ...aliases] = (ambiguous ? encoded.slice(1) : encoded).split(SEPARATOR);
  const eq = head.indexOf(ID_MARK);
  const name = eq < 0 ? head : head.slice(eq + 1);
  return {
    id: eq < 0 ? skillId(name) : head.slice(0, eq),
    name,
    aliases,
    category: group.category,
    side: group.side,
    kind: group.kind,
    ...(ambiguous ? { ambiguous: true } : {}),
  };
}

export function encodeSkill(
  entry: Pick<SkillEntry, 'name' | 'aliases' | 'ambiguous'> & { id?: string },
): string {
  const id = entry.id !== undefined && entry.id !== skillId(entry.name) ? `${entry.id}${ID_MARK}` : '';
  return (entry.ambiguous ? AMBIGUOUS_MARK : '') + id + [entry.name, ...entry.aliases].join(SEPARATOR);
}

export function expandCompact(data: CompactCatalogue): SkillEntry[] {
  return data.groups.flatMap(({ skills, ...group }) => skills.map((s) => decodeSkill(s, group)));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical text of a compact file: groups sorted by kind, category and side, skills by id,
 * one skill per line, so that diffs read per skill and a re-run of the generator is stable.
 */
export function stringifyCompact(data: CompactCatalogue): string {
  const groups = [...data.groups]
    .sort((a, b) => byText(`${a.kind} ${a.category} ${a.side}`, `${b.kind} ${b.category} ${b.side}`))
    .map((g) => {
      const skills = [...g.skills].sort((a, b) => byText(decodeSkill(a, g).id, decodeSkill(b, g).id));
      const head = JSON.stringify({ category: g.category, side: g.side, kind: g.kind }).slice(0, -1);
      return `    ${head}, "skills": [\n${skills.map((s) => `      ${JSON.stringify(s)}`).join(',\n')}\n    ]}`;
    });
  const sources = data.sources ? `  "sources": ${JSON.stringify(data.sources)},\n` : '';
  return `{\n  "about": ${JSON.stringify(data.about)},\n${sources}  "groups": [\n${groups.join(',\n')}\n  ]\n}\n`;
}
