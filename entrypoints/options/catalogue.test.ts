import { describe, expect, test } from 'vitest';
import { MAX_LINE_CHARS, MAX_LOOKUPS } from '../../lib/messages/limits';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import { catalogueLookups } from '../../lib/profile/catalogue-lookups';
import { CatalogueUnavailable, createCatalogue, UNAVAILABLE } from './catalogue';

type Request = PageToBackground[keyof PageToBackground]['request'];

/** A send answering as the background does, recording what was sent. */
function background(fail = false) {
  const sent: Request[] = [];
  const lookups = catalogueLookups();
  const send = (async (m: Request) => {
    sent.push(m);
    if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (m.type === 'search-skills') return { suggestions: lookups.suggest(m.text, m.exclude) };
    if (m.type === 'resolve-skills') return { skills: lookups.resolve(m.texts) };
    if (m.type === 'skills-by-id') return { skills: lookups.byIds(m.ids) };
    throw new Error(m.type);
  }) as Send<PageToBackground>;
  return { sent, send };
}

describe("the options page's catalogue client", () => {
  test('asks about each id once, answers in order, and knows what it was told', async () => {
    const { sent, send } = background();
    const catalogue = createCatalogue(send);
    expect(catalogue.known('pytorch')).toBeUndefined();
    expect((await catalogue.byIds(['pytorch', 'gone-skill', 'pytorch'])).map((s) => s?.name ?? null)).toEqual(
      ['PyTorch', null, 'PyTorch'],
    );
    expect(sent).toEqual([{ type: 'skills-by-id', ids: ['pytorch', 'gone-skill'] }]);
    expect(catalogue.known('pytorch')?.name).toBe('PyTorch');
    expect(catalogue.known('gone-skill')).toBeNull();
    await catalogue.byIds(['pytorch', 'sql']);
    expect(sent.at(-1)).toEqual({ type: 'skills-by-id', ids: ['sql'] });
  });

  test("a suggestion's and a resolved name's skill count as known: a skill added from them draws at once", async () => {
    const { sent, send } = background();
    const catalogue = createCatalogue(send);
    const [first] = await catalogue.search('  k8s ', ['python']);
    expect(sent).toEqual([{ type: 'search-skills', text: 'k8s', exclude: ['python'] }]);
    expect(first).toMatchObject({ skill: { id: 'kubernetes' }, via: 'k8s', exact: true });
    expect(catalogue.known('kubernetes')?.name).toBe('Kubernetes');
    await catalogue.resolve(['sklearn']);
    expect(catalogue.known('scikit-learn')?.category).toBe('core');
    await catalogue.byIds(['kubernetes', 'scikit-learn']);
    expect(sent.map((m) => m.type)).toEqual(['search-skills', 'resolve-skills']);
    expect(await catalogue.search('   ', [])).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  test('long lists go in messages of at most MAX_LOOKUPS; a text too long to be a name is not sent', async () => {
    const { sent, send } = background();
    const catalogue = createCatalogue(send);
    const texts = Array.from({ length: MAX_LOOKUPS + 5 }, (_, i) => `no such skill ${i}`);
    const long = 'x'.repeat(MAX_LINE_CHARS + 1);
    const answers = await catalogue.resolve([...texts, 'PHP 8.2', long]);
    expect(answers).toHaveLength(texts.length + 2);
    expect(answers.at(-2)?.id).toBe('php');
    expect(answers.at(-1)).toBeNull();
    const sizes = sent.map((m) => (m.type === 'resolve-skills' ? m.texts.length : -1));
    expect(sizes).toEqual([MAX_LOOKUPS, 6]);
    expect(sent.flatMap((m) => (m.type === 'resolve-skills' ? m.texts : []))).not.toContain(long);
  });

  test('no answer from the background rejects with a message for the page, and nothing is cached', async () => {
    const down = background(true);
    const catalogue = createCatalogue(down.send);
    await expect(catalogue.search('py', [])).rejects.toThrow(CatalogueUnavailable);
    await expect(catalogue.byIds(['python'])).rejects.toThrow(UNAVAILABLE);
    await expect(catalogue.resolve(['python'])).rejects.toThrow(UNAVAILABLE);
    expect(catalogue.known('python')).toBeUndefined();
  });
});
