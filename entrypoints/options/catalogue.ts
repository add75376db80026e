import { sendFromPage } from '../../app/messaging/page';
import { MAX_ID_CHARS, MAX_LINE_CHARS, MAX_LOOKUPS } from '../../lib/messages/limits';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import type { SkillCatalogue, SkillRef } from '../../lib/profile/skill-ref';

/**
 * The options page's catalogue: the background holds it (it ships once, in the background's
 * engine) and answers each lookup by message. Answers are kept for the page's life, so a
 * skill's name is asked once; a suggestion's skill counts as asked, so a skill just added
 * from the picker draws at once. Lists longer than one message allows go in several.
 */

/** The message that says the background did not answer, for the page to show. */
export const UNAVAILABLE = 'the extension’s background did not answer; reload this page to try again';

export class CatalogueUnavailable extends Error {
  constructor(cause: unknown) {
    super(UNAVAILABLE, { cause });
    this.name = 'CatalogueUnavailable';
  }
}

export function createCatalogue(send: Send<PageToBackground> = sendFromPage): SkillCatalogue {
  const byId = new Map<string, SkillRef | null>();
  const byText = new Map<string, SkillRef | null>();
  const ask = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw new CatalogueUnavailable(error);
    }
  };
  /** Asks about the keys not yet known, MAX_LOOKUPS a message, then answers from `cache`. */
  async function lookUp(
    keys: readonly string[],
    cache: Map<string, SkillRef | null>,
    request: (batch: string[]) => Promise<ReadonlyArray<SkillRef | null>>,
  ): Promise<Array<SkillRef | null>> {
    const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
    for (let i = 0; i < missing.length; i += MAX_LOOKUPS) {
      const batch = missing.slice(i, i + MAX_LOOKUPS);
      const answers = await ask(() => request(batch));
      for (const [j, key] of batch.entries()) {
        const skill = answers[j] ?? null;
        cache.set(key, skill);
        if (skill) byId.set(skill.id, skill);
      }
    }
    return keys.map((k) => cache.get(k) ?? null);
  }
  return {
    async search(text, exclude) {
      const trimmed = text.trim();
      if (!trimmed) return [];
      const { suggestions } = await ask(() =>
        send({
          type: 'search-skills',
          text: trimmed.slice(0, MAX_LINE_CHARS),
          exclude: exclude.filter((id) => id.length <= MAX_ID_CHARS).slice(0, MAX_LOOKUPS),
        }),
      );
      for (const s of suggestions) byId.set(s.skill.id, s.skill);
      return suggestions;
    },
    resolve(texts) {
      // Longer than a name can be: names nothing, without asking.
      for (const t of texts) if (t.length > MAX_LINE_CHARS) byText.set(t, null);
      return lookUp(
        texts,
        byText,
        async (batch) => (await send({ type: 'resolve-skills', texts: batch })).skills,
      );
    },
    byIds(ids) {
      for (const id of ids) if (id.length > MAX_ID_CHARS) byId.set(id, null);
      return lookUp(ids, byId, async (batch) => (await send({ type: 'skills-by-id', ids: batch })).skills);
    },
    known: (id) => byId.get(id),
  };
}
