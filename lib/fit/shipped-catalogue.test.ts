import { describe, expect, test, vi } from 'vitest';
import { CATALOGUE, skillById } from '../analysis/catalogue/index';
import { REDIRECTS } from '../analysis/catalogue/redirects';
import { catalogueView, catalogueViewData, createCatalogueView } from '../profile/catalogue-view';
import { normaliseName } from './held-levels';
import { shippedCatalogueView } from './shipped-catalogue';

describe('the catalogue view: what the history, insights and fit read of the catalogue', () => {
  test('its fingerprint is the FNV-1a hash of ids, categories and sides that saved rows were indexed with', () => {
    let h = 0x811c9dc5;
    for (const s of CATALOGUE) {
      const text = `${s.id}|${s.category}|${s.side};`;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
    expect(shippedCatalogueView().fingerprint).toBe(h >>> 0);
  });

  test('the data the background sends makes the same view in the options page', () => {
    const shipped = shippedCatalogueView();
    // As a message carries it: a structured clone (JSON here), nothing shared.
    const copy = createCatalogueView(JSON.parse(JSON.stringify(shipped.data)));
    expect(copy.fingerprint).toBe(shipped.fingerprint);
    expect(copy.size).toBe(CATALOGUE.length);
    for (const [i, s] of CATALOGUE.entries()) {
      if (i % 97 !== 0) continue;
      expect(copy.at(i)).toEqual({ id: s.id, name: s.name, category: s.category, side: s.side });
      expect(copy.positionOf(s.id)).toBe(i);
      expect(copy.nameOf(s.id)).toBe(s.name);
      for (const alias of s.aliases) {
        const owner = copy.idOfName(normaliseName(alias));
        // An alias leads to its skill unless an earlier skill has the same name or alias.
        expect(owner === s.id || CATALOGUE.findIndex((e) => e.id === owner) < i, alias).toBe(true);
      }
    }
    expect(copy.idOfName(normaliseName('k8s'))).toBe('kubernetes');
    expect(copy.idOfName(normaliseName('Scikit Learn'))).toBe('scikit-learn');
    expect(copy.nameOf('no-such-skill')).toBeUndefined();
    expect(copy.positionOf('no-such-skill')).toBe(-1);
  });

  test('an id merged into another is named as that one, but has no position of its own', () => {
    const view = shippedCatalogueView();
    const [old, now] = Object.entries(REDIRECTS)[0] as [string, string];
    expect(view.nameOf(old)).toBe(skillById(now)?.name);
    expect(view.positionOf(old)).toBe(-1);
  });

  test('the names index is built on its first read, once: a worker start that needs no names pays nothing', () => {
    const normalise = vi.fn(normaliseName);
    const view = createCatalogueView(catalogueViewData(CATALOGUE.slice(0, 50), normalise));
    expect(view.positionOf(CATALOGUE[3]?.id ?? '')).toBe(3);
    expect(view.fingerprint).toBeGreaterThan(0);
    expect(normalise).not.toHaveBeenCalled();
    expect(view.idOfName(normaliseName(CATALOGUE[7]?.name ?? ''))).toBe(CATALOGUE[7]?.id);
    const calls = normalise.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(100);
    view.idOfName('anything');
    expect(JSON.parse(JSON.stringify(view.data)).nameKeys.length).toBeGreaterThan(0);
    expect(normalise).toHaveBeenCalledTimes(calls);
  });

  test('a context that installed none fails loudly rather than reading an empty catalogue', async () => {
    vi.resetModules();
    const fresh = await import('../profile/catalogue-view');
    expect(() => fresh.catalogueView()).toThrow('No catalogue installed');
    // The unit tests' set-up installed the shipped one here.
    expect(catalogueView()).toBe(shippedCatalogueView());
  });
});
