import { sendFromPage } from '../../app/messaging/page';
import { MAX_ID_CHARS, MAX_LINE_CHARS, MAX_LOOKUPS } from '../../lib/messages/limits';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import { type CatalogueView, catalogueView } from '../../lib/profile/catalogue-view';
import type { SkillCatalogue, SkillRef } from '../../lib/profile/skill-ref';

/**
 * The options page's catalogue: the background holds it (it ships once, in the background's
 * engine) and answers by message: the skill picker's suggestions and the skill each typed or
 * imported name is. Held skills' names, categories and sides come from the view the
 * background sent when the page started (./main.tsx, lib/profile/catalogue-view.ts), so the
 * profile draws without waiting. Names are asked once for the page's life; lists longer than
 * one message allows go in several.
 */

/** The message that says the background did not answer, for the page to show. */
export const UNAVAILABLE = 'the extension’s background did not answer; reload this page to try again';

export class CatalogueUnavailable extends Error {
  constructor(cause: unknown) {
    super(UNAVAILABLE, { cause });
    this.name = 'CatalogueUnavailable';
  }
}

export function createCatalogue(
  send: Send<PageToBackground> = sendFromPage,
  view: () => CatalogueView = catalogueView,
): SkillCatalogue {
  const byText = new Map<string, SkillRef | null>();
  const ask = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw new CatalogueUnavailable(error);
    }
  };
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
      return suggestions;
    },
    /** Asks about the texts not yet answered, MAX_LOOKUPS a message. */
    async resolve(texts) {
      // Longer than a name can be: names nothing, without asking.
      for (const t of texts) if (t.length > MAX_LINE_CHARS) byText.set(t, null);
      const missing = [...new Set(texts.filter((t) => !byText.has(t)))];
      for (let i = 0; i < missing.length; i += MAX_LOOKUPS) {
        const batch = missing.slice(i, i + MAX_LOOKUPS);
        const { skills } = await ask(() => send({ type: 'resolve-skills', texts: batch }));
        for (const [j, text] of batch.entries()) byText.set(text, skills[j] ?? null);
      }
      return texts.map((t) => byText.get(t) ?? null);
    },
    skillOf: (id) => view().skillOf(id),
  };
}
