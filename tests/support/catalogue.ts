import { createCatalogue } from '../../entrypoints/options/catalogue';
import type { SkillEntry } from '../../lib/analysis/catalogue/index';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import { catalogueLookups, createLookups } from '../../lib/profile/catalogue-lookups';
import type { SkillCatalogue } from '../../lib/profile/skill-ref';

/**
 * The options page's catalogue for component tests: the page's own client
 * (entrypoints/options/catalogue.ts) over a send that answers as the background does, a
 * microtask later, from `entries` (the shipped catalogue when none). `sent` lists the
 * requests; `fail` makes every later one go unanswered.
 */
export function testCatalogue(entries?: readonly SkillEntry[]): {
  catalogue: SkillCatalogue;
  sent: Array<{ type: string }>;
  fail(on?: boolean): void;
} {
  const lookups = entries ? createLookups(entries) : catalogueLookups();
  const sent: Array<{ type: string }> = [];
  let failing = false;
  const send = (async (message: { type: string } & Record<string, unknown>) => {
    sent.push(message);
    await Promise.resolve();
    if (failing) throw new Error('Could not establish connection. Receiving end does not exist.');
    const m = message as never as PageToBackground[keyof PageToBackground]['request'];
    if (m.type === 'search-skills') return { suggestions: lookups.suggest(m.text, m.exclude) };
    if (m.type === 'resolve-skills') return { skills: lookups.resolve(m.texts) };
    if (m.type === 'skills-by-id') return { skills: lookups.byIds(m.ids) };
    throw new Error(`unexpected message ${m.type}`);
  }) as Send<PageToBackground>;
  return {
    catalogue: createCatalogue(send),
    sent,
    fail: (on = true) => {
      failing = on;
    },
  };
}
