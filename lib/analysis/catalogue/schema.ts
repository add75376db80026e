import * as z from 'zod/mini';
import { CATEGORIES, SIDES } from '../types';

/**
 * One skill of the catalogue. The catalogue is data: data/*.json, one hand-curated file per
 * kind, mainstream.json (hand-curated, every kind), one hand-curated file per field of work
 * (networking.json, security.json, enterprise.json...: every kind) and generated.json, all in the
 * compact form of ./compact.ts; this schema and data.test.ts keep it honest.
 *
 * Matching rules the data can rely on (implemented by the matcher, not repeated in the data):
 * case, separators ("CI / CD", "ci-cd", "CI/CD"), and the English plural of the last word
 * ("feature stores") are normalised. `aliases` list only genuinely different surface forms
 * (k8s, sklearn, Postgres, GCP, W&B...).
 */
export const KINDS = [
  'language',
  'ml-framework',
  'ml-library',
  'ml-concept',
  'mlops',
  'serving',
  'llm',
  'cloud',
  'database',
  'data-tool',
  'infra',
  'practice',
  'viz',
  /** application and web frameworks and libraries (Angular, Laravel, Redux): engineering, not ML */
  'framework',
  /** developer and business tools (build, test, IDE, tracking, design, office: Maven, Jest, Jira) */
  'tool',
] as const;
export type Kind = (typeof KINDS)[number];

export const SkillEntrySchema = z.object({
  /** kebab-case, stable: stored in profiles and history */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(1)),
  aliases: z.array(z.string().check(z.minLength(1))),
  category: z.enum(CATEGORIES),
  side: z.enum(SIDES),
  kind: z.enum(KINDS),
  /**
   * The name or an alias is also an ordinary word, a person's name or a substring of another
   * term (Go, R, C, Spark, Excel, Rust, Swift, Julia, Ray, Flask, Airflow, Snowflake, Shell,
   * Spring, Elastic, Looker, Triton, S3...). The matcher then demands context: see
   * ../matcher/ambiguity.ts for the rules.
   */
  ambiguous: z.optional(z.boolean()),
});
export type SkillEntry = z.infer<typeof SkillEntrySchema>;

export const CatalogueSchema = z.array(SkillEntrySchema);
