import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { CATEGORIES, ROLE_IDS } from '../analysis/types';
import { fromPlainText } from './posting-source';

/**
 * The evaluation corpus on disk: tests/corpus/<set>/NN-slug.txt beside NN-slug.gold.json.
 * Gold comes in two formats:
 * - ids (the first postings): `skills` are `{ skill: id, category }` entries naming the skills
 *   the posting must yield, `required` / `preferredOnly` ids; other skills found are not judged.
 * - names (the later postings, written by readers who never ran the engine): `skills` lists
 *   EVERY skill the ad asks for, as the ad names it ("Spring Boot", "REST APIs"), and every
 *   highlight is judged against it. Names resolve to catalogue skills (./gold-names.ts,
 *   ./eval-resolve.ts); a name the catalogue lacks is a recall miss, not a gold error.
 * Gold labels are checked before any scoring: a label that cannot be scored (an unknown id, a
 * must-not-highlight string absent from the text) would silently inflate the figures.
 */

export const CORPUS_SETS = ['tune', 'heldout'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** A string no mention may overlap, or one no mention OF THAT SKILL may overlap ("JavaScript" vs java). */
const ForbiddenSchema = z.union([
  z.string().check(z.minLength(1)),
  z.object({ text: z.string(), skill: z.string() }),
]);
export type Forbidden = z.infer<typeof ForbiddenSchema>;

/** Old-format entry. Its category is the catalogue's, copied: kept in the files, not scored. */
const IdSkillSchema = z.object({ skill: z.string(), category: z.enum(CATEGORIES) });

export const GoldSchema = z.object({
  role: z.enum(ROLE_IDS),
  skills: z.union([z.array(IdSkillSchema), z.array(z.string().check(z.minLength(1)))]),
  /**
   * Names format: the `skills` that are concepts or practices (CI/CD, microservices, NDCG)
   * rather than named technologies; the rest are what "technology recall" is measured on.
   */
  concepts: z.optional(z.array(z.string())),
  mustNotHighlight: z.array(ForbiddenSchema),
  preferredOnly: z.array(z.string()),
  required: z.array(z.string()),
});
export type Gold = z.infer<typeof GoldSchema>;

/** Does this gold name every skill of its posting (names format), so that every highlight is judged? */
export function isCompleteGold(gold: Gold): boolean {
  return gold.skills.some((s) => typeof s === 'string');
}

export interface CorpusPosting {
  set: CorpusSet;
  name: string;
  text: string;
  title: string | null;
  company: string | null;
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
      postings.push({
        set,
        name,
        text: source.text,
        title: source.title,
        company: source.company,
        gold: parsed.data,
      });
    }
    for (const file of files.filter((f) => f.endsWith('.gold.json'))) {
      if (!files.includes(file.replace(/\.gold\.json$/, '.txt')))
        errors.push(`${set}/${file}: no posting text`);
    }
  }
  return { postings, errors };
}
