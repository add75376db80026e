import { createCatalogue } from '../../entrypoints/options/catalogue';
import type { SkillEntry } from '../../lib/analysis/catalogue/index';
import { normaliseName } from '../../lib/fit/held-levels';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import { catalogueLookups, createLookups } from '../../lib/profile/catalogue-lookups';
import { catalogueView, catalogueViewData, createCatalogueView } from '../../lib/profile/catalogue-view';
import type { SkillCatalogue } from '../../lib/profile/skill-ref';

/**
 * The options page's catalogue for component tests: the page's own client
 * (entrypoints/options/catalogue.ts) over a send that answers as the background does, a
 * microtask later, from `entries` (the shipped catalogue when none), and the view of the same
 * entries. `sent` lists the requests; `fail` makes every later one go unanswered.
 */
export function testCatalogue(entries?: readonly SkillEntry[]): {
  catalogue: SkillCatalogue;
  sent: Array<{ type: string }>;
  fail(on?: boolean): void;
} {
  const lookups = entries ? createLookups(entries) : catalogueLookups();
  const own = entries ? createCatalogueView(catalogueViewData(entries, normaliseName)) : null;
  const view = () => own ?? catalogueView();
  const sent: Array<{ type: string }> = [];
  let failing = false;
  const send = (async (message: { type: string } & Record<string, unknown>) => {
    sent.push(message);
    await Promise.resolve();
    if (failing) throw new Error('Could not establish connection. Receiving end does not exist.');
    const m = message as never as PageToBackground[keyof PageToBackground]['request'];
    if (m.type === 'search-skills') return { suggestions: lookups.suggest(m.text, m.exclude) };
    if (m.type === 'resolve-skills') return { skills: lookups.resolve(m.texts) };
    throw new Error(`unexpected message ${m.type}`);
  }) as Send<PageToBackground>;
  return {
    catalogue: createCatalogue(send, view),
    sent,
    fail: (on = true) => {
      failing = on;
    },
  };
}
