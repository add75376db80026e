import { canonicalSkillId } from '../analysis/catalogue/redirects';
import type { SkillEntry } from '../analysis/catalogue/schema';
import type { Category, Side } from '../analysis/types';
import type { SkillRef } from './skill-ref';

/**
 * The catalogue as the history, the insights and the fit read it, outside the engine: per
 * position, each skill's id, name, category and side, and the names and aliases that lead to
 * an id. Installed once per context rather than imported, so that a bundle that reads it
 * need not ship it: the background installs the shipped catalogue
 * (lib/fit/shipped-catalogue.ts); the options page installs what the background sends it
 * (the `catalogue-view` message), and so ships no catalogue of its own. Node (the CLI, the
 * scripts, the unit tests) installs the shipped one.
 */

export interface CatalogueViewData {
  /** In catalogue order. */
  ids: string[];
  names: string[];
  categories: Category[];
  sides: Side[];
  /** normaliseName (lib/fit/held-levels.ts) of a name, id or alias → the id it leads to, first one first. */
  nameKeys: string[];
  nameIds: string[];
}

export interface CatalogueView {
  readonly size: number;
  /** The skill at a catalogue position. */
  at(position: number): { id: string; name: string; category: Category; side: Side };
  /** A catalogue id's position, or -1. */
  positionOf(id: string): number;
  /** The name of a catalogue id (an id merged into another: that one's), or undefined when the catalogue does not know it. */
  nameOf(id: string): string | undefined;
  /** The skill of a catalogue id (an id merged into another: that one), or null. */
  skillOf(id: string): SkillRef | null;
  /** The id a normalised name or alias leads to. */
  idOfName(key: string): string | undefined;
  /**
   * A hash (FNV-1a, 32 bits) of the ids, categories and sides in order: a history row's
   * skillIndex holds only for the catalogue it was written with.
   */
  readonly fingerprint: number;
  readonly data: CatalogueViewData;
}

/**
 * The view's data from catalogue entries; `normalise` keys names as the fit looks them up. The
 * names index is built when first read (a background that never needs it, or not yet, pays
 * nothing at start); a message carrying the data reads it.
 */
export function catalogueViewData(
  catalogue: readonly SkillEntry[],
  normalise: (name: string) => string,
): CatalogueViewData {
  let index: { keys: string[]; ids: string[] } | null = null;
  const nameIndex = () => {
    if (index) return index;
    const keys = new Map<string, string>();
    for (const entry of catalogue) {
      for (const form of [entry.name, entry.id, ...entry.aliases]) {
        const key = normalise(form);
        if (key && !keys.has(key)) keys.set(key, entry.id);
      }
    }
    index = { keys: [...keys.keys()], ids: [...keys.values()] };
    return index;
  };
  return {
    ids: catalogue.map((s) => s.id),
    names: catalogue.map((s) => s.name),
    categories: catalogue.map((s) => s.category),
    sides: catalogue.map((s) => s.side),
    get nameKeys() {
      return nameIndex().keys;
    },
    get nameIds() {
      return nameIndex().ids;
    },
  };
}

export function createCatalogueView(data: CatalogueViewData): CatalogueView {
  const positions = new Map(data.ids.map((id, i) => [id, i]));
  let names: Map<string, string> | null = null;
  let fingerprint: number | null = null;
  const positionOf = (id: string) => positions.get(id) ?? -1;
  // An id merged into another reads as that one.
  const positionOfSkill = (id: string) => positions.get(id) ?? positions.get(canonicalSkillId(id));
  const at = (i: number) => ({
    id: data.ids[i] as string,
    name: data.names[i] as string,
    category: data.categories[i] as Category,
    side: data.sides[i] as Side,
  });
  return {
    size: data.ids.length,
    at,
    positionOf,
    nameOf: (id) => {
      const i = positionOfSkill(id);
      return i === undefined ? undefined : data.names[i];
    },
    skillOf: (id) => {
      const i = positionOfSkill(id);
      return i === undefined ? null : at(i);
    },
    idOfName: (key) => {
      names ??= new Map(data.nameKeys.map((k, i) => [k, data.nameIds[i] as string]));
      return names.get(key);
    },
    get fingerprint() {
      fingerprint ??= fingerprintOf(data);
      return fingerprint;
    },
    data,
  };
}

const FNV_PRIME = 0x01000193;
const BAR = '|'.charCodeAt(0);
const SEMICOLON = ';'.charCodeAt(0);

/**
 * FNV-1a (32 bits) of every entry's `${id}|${category}|${side};` in order, hashed field by
 * field: ~290,000 characters for the shipped catalogue, with no string built per entry.
 */
export function fingerprintOf(data: Pick<CatalogueViewData, 'ids' | 'categories' | 'sides'>): number {
  const { ids, categories, sides } = data;
  let h = 0x811c9dc5;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), FNV_PRIME);
    h = Math.imul(h ^ BAR, FNV_PRIME);
    const category = categories[i] as string;
    for (let c = 0; c < category.length; c++) h = Math.imul(h ^ category.charCodeAt(c), FNV_PRIME);
    h = Math.imul(h ^ BAR, FNV_PRIME);
    const side = sides[i] as string;
    for (let c = 0; c < side.length; c++) h = Math.imul(h ^ side.charCodeAt(c), FNV_PRIME);
    h = Math.imul(h ^ SEMICOLON, FNV_PRIME);
  }
  return h >>> 0;
}

let installed: CatalogueView | (() => CatalogueView) | null = null;

/** Makes `view` the catalogue this context reads; a function is called on the first read. */
export function installCatalogueView(view: CatalogueView | (() => CatalogueView)): void {
  installed = view;
}

/** The catalogue this context reads; throws when none was installed (a start-up mistake). */
export function catalogueView(): CatalogueView {
  if (!installed) throw new Error('No catalogue installed (lib/profile/catalogue-view.ts)');
  if (typeof installed === 'function') installed = installed();
  return installed;
}
