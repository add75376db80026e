import type { Analysis, PostingInput } from '../analysis/types';
import type { Highlighter, HighlightItem } from '../highlight';
import { extractText, rangeFor, type TextMap } from './text-map';

export type Analyze = (input: PostingInput) => Analysis;

/** One annotated description: its text, what the engine found, and where it is on the page. */
export interface Annotation {
  map: TextMap;
  analysis: Analysis;
  items: HighlightItem[];
}

/** Mentions → highlight items over the mapped text (mentions that map to nothing are dropped). */
export function itemsFor(
  map: TextMap,
  analysis: Analysis,
  held: (skill: string) => boolean,
): HighlightItem[] {
  const items: HighlightItem[] = [];
  analysis.mentions.forEach((m, key) => {
    const range = rangeFor(map, m.start, m.end);
    if (range) items.push({ key, range, category: m.category, held: held(m.skill) });
  });
  return items;
}

/**
 * The main-thread work of one posting: read the text, analyse it, paint the highlights.
 * `analysis` can be passed in when the same text was already analysed (the element was
 * re-rendered with identical text): then only the ranges are rebuilt.
 */
export function annotate(
  description: Element,
  title: string,
  analyze: Analyze,
  highlighter: Highlighter,
  held: (skill: string) => boolean,
  reuse?: { map: TextMap; analysis: Analysis },
  maxChars?: number,
): Annotation {
  const map = reuse?.map ?? extractText(description, { maxChars });
  const analysis = reuse?.analysis ?? analyze({ text: map.text, title });
  const items = itemsFor(map, analysis, held);
  highlighter.show(items);
  return { map, analysis, items };
}
