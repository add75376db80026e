import type { SkillResolver } from './resolve-skill';
import type { SkillLookup, SkillRef } from './skill-ref';

/**
 * Runs a synchronous edit that resolves skill names (an import, a typed skill, an own skill's
 * catalogue twin) where the catalogue is elsewhere: the options page asks the background, in
 * one batch, for every name the edit asked about, then runs it again with the answers, until
 * it asks about nothing new. The edits stay pure and synchronous (./import.ts,
 * ./typed-skill.ts); `lookup` is the page's message to the background and may reject.
 */

/** Names already answered: text → skill, or null when it names none. */
export type ResolvedNames = ReadonlyMap<string, SkillRef | null>;

/** A resolver from answers; a text not among them names nothing. */
export function resolverOf(answers: ResolvedNames): SkillResolver {
  return (text) => answers.get(text) ?? undefined;
}

/**
 * Calls `run` with a resolver over the answers so far, asks `lookup` about the texts it asked
 * for and had no answer to, and repeats; resolves to the run that asked about nothing new, with
 * a resolver over every answer (to apply the same edit to a newer profile). An edit asks about
 * what it read and what the answers made of it, so a few rounds suffice; past `maxRounds` the
 * last run stands, with the names still unasked as naming nothing. Rejects when `lookup` does.
 */
export async function resolveThen<T>(
  run: (resolve: SkillResolver) => T,
  lookup: SkillLookup,
  options: { known?: ResolvedNames; maxRounds?: number } = {},
): Promise<{ result: T; resolve: SkillResolver }> {
  const answers = new Map(options.known ?? []);
  const maxRounds = options.maxRounds ?? 4;
  for (let round = 0; ; round++) {
    const asked = new Set<string>();
    const result = run((text) => {
      if (!answers.has(text)) asked.add(text);
      return answers.get(text) ?? undefined;
    });
    if (asked.size === 0 || round >= maxRounds) return { result, resolve: resolverOf(answers) };
    const texts = [...asked];
    const found = await lookup(texts);
    for (const [i, text] of texts.entries()) answers.set(text, found[i] ?? null);
  }
}
