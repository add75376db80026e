import { describe, expect, test } from 'vitest';
import { REDIRECTS } from '../../lib/analysis/catalogue/redirects';
import { MAX_LINE_CHARS, MAX_LOOKUPS } from '../../lib/messages/limits';
import type { PageToBackground, Send } from '../../lib/messages/protocol';
import { catalogueLookups } from '../../lib/profile/catalogue-lookups';
import { CatalogueUnavailable, createCatalogue, UNAVAILABLE } from './catalogue';

type Request = PageToBackground[keyof PageToBackground]['request'];

/** A send answering as the background does, recording what was sent. */
function background(failing = false) {
  let fail = failing;
  const sent: Request[] = [];
  const lookups = catalogueLookups();
  const send = (async (m: Request) => {
    sent.push(m);
    if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (m.type === 'search-skills') return { suggestions: lookups.suggest(m.text, m.exclude) };
    if (m.type === 'resolve-skills') return { skills: lookups.resolve(m.texts) };
    throw new Error(m.type);
  }) as Send<PageToBackground>;
  return { sent, send, answer: () => (fail = false) };
}

describe("the options page's catalogue client", () => {
  test("held skills' names, categories and sides come from the installed view, without a message", () => {
    const { sent, send } = background();
    const catalogue = createCatalogue(send);
    expect(['pytorch', 'gone-skill', 'sql'].map(catalogue.skillOf)).toEqual([
      { id: 'pytorch', name: 'PyTorch', category: 'core', side: 'ml' },
      null,
      { id: 'sql', name: 'SQL', category: 'underemphasized', side: 'engineering' },
    ]);
    // An id merged into another names that one.
    const [old, now] = Object.entries(REDIRECTS)[0] as [string, string];
    expect(catalogue.skillOf(old)?.id).toBe(now);
    expect(sent).toEqual([]);
  });

  test('suggestions and names are asked of the background; a name is asked once', async () => {
    const { sent, send } = background();
    const catalogue = createCatalogue(send);
    const [first] = await catalogue.search('  k8s ', ['python']);
    expect(sent).toEqual([{ type: 'search-skills', text: 'k8s', exclude: ['python'] }]);
    expect(first).toMatchObject({ skill: { id: 'kubernetes' }, via: 'k8s', exact: true });
    expect((await catalogue.resolve(['sklearn', 'Basket weaving'])).map((s) => s?.id ?? null)).toEqual([
      'scikit-learn',
      null,
    ]);
    await catalogue.resolve(['Basket weaving', 'sklearn']);
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
    await expect(catalogue.resolve(['python'])).rejects.toThrow(UNAVAILABLE);
    // Once it answers, the same name is asked again and answered.
    down.answer();
    expect((await catalogue.resolve(['python']))[0]?.id).toBe('python');
    expect(down.sent.map((m) => m.type)).toEqual(['search-skills', 'resolve-skills', 'resolve-skills']);
  });
});
