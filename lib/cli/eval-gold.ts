import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { CATEGORIES, ROLE_IDS } from '../analysis/types';
import { fromPlainText } from './posting-source';

/**
 * The evaluation corpus on disk: tests/corpus/<set>/NN-slug.txt beside NN-slug.gold.json.
 * Gold labels are checked before any scoring: a label naming a skill the catalogue lacks, or
 * a must-not-highlight string absent from the text, would silently inflate the figures.
 */

export const CORPUS_SETS = ['tune', 'heldout'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** A string no mention may overlap, or one no mention OF THAT SKILL may overlap ("JavaScript" vs java). */
const ForbiddenSchema = z.union([
  z.string().check(z.minLength(1)),
  z.object({ text: z.string(), skill: z.string() }),
]);
export type Forbidden = z.infer<typeof ForbiddenSchema>;

export const GoldSchema = z.object({
  role: z.enum(ROLE_IDS),
  skills: z.array(z.object({ skill: z.string(), category: z.enum(CATEGORIES) })),
  mustNotHighlight: z.array(ForbiddenSchema),
  preferredOnly: z.array(z.string()),
  required: z.array(z.string()),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface CorpusPosting {
  set: CorpusSet;
  name: string;
  text: string;
  title: string | null;
  gold: Gold;
}

export function loadCorpus(root: string): { postings: CorpusPosting[]; errors: string[] } {
  const postings: CorpusPosting[] = [];
  const errors: string[] = [];
  for (const set of CORPUS_SETS) {
    const dir = join(root, set);
    const files = readdirSync(dir).sort();
    for (const file of files.filter((f) => f.endsWith('.txt'))) {
      const name = file.slice(0, -'.txt'.length);
      const goldFile = `${name}.gold.json`;
      if (!files.includes(goldFile)) {
        errors.push(`${set}/${file}: no ${goldFile}`);
        continue;
      }
      let parsed: ReturnType<typeof GoldSchema.safeParse>;
      try {
        parsed = GoldSchema.safeParse(JSON.parse(readFileSync(join(dir, goldFile), 'utf8')));
      } catch (error) {
        errors.push(`${set}/${goldFile}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (!parsed.success) {
        errors.push(
          `${set}/${goldFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
        continue;
      }
      const source = fromPlainText(readFileSync(join(dir, file), 'utf8'));
      postings.push({ set, name, text: source.text, title: source.title, gold: parsed.data });
    }
    for (const file of files.filter((f) => f.endsWith('.gold.json'))) {
      if (!files.includes(file.replace(/\.gold\.json$/, '.txt')))
        errors.push(`${set}/${file}: no posting text`);
    }
  }
  return { postings, errors };
}

/** Problems with one posting's gold labels; `known` says whether a skill id is in the catalogue. */
export function goldErrors(p: CorpusPosting, known: (id: string) => boolean): string[] {
  const where = `${p.set}/${p.name}`;
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const { skill } of p.gold.skills) {
    if (!known(skill)) errors.push(`${where}: unknown gold skill id "${skill}"`);
    if (ids.has(skill)) errors.push(`${where}: gold skill "${skill}" listed twice`);
    ids.add(skill);
  }
  for (const [list, values] of [
    ['preferredOnly', p.gold.preferredOnly],
    ['required', p.gold.required],
  ] as const) {
    for (const id of values)
      if (!ids.has(id)) errors.push(`${where}: ${list} names "${id}", which is not a gold skill`);
  }
  for (const id of p.gold.preferredOnly) {
    if (p.gold.required.includes(id)) errors.push(`${where}: "${id}" is both required and preferredOnly`);
  }
  for (const f of p.gold.mustNotHighlight) {
    const text = typeof f === 'string' ? f : f.text;
    if (!p.text.includes(text)) errors.push(`${where}: mustNotHighlight "${text}" is not in the text`);
    if (typeof f !== 'string' && !known(f.skill)) errors.push(`${where}: unknown skill id "${f.skill}"`);
  }
  return errors;
}
