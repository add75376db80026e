import { customHighlighter, supportsCustomHighlights } from './custom';
import { markHighlighter } from './marks';
import type { Highlighter } from './types';

export type { Highlighter, HighlightItem } from './types';

/** The painter this browser supports: CSS Custom Highlights, else <mark> elements. */
export function createHighlighter(doc: Document, prefer: 'auto' | 'marks' = 'auto'): Highlighter {
  return prefer === 'auto' && supportsCustomHighlights() ? customHighlighter(doc) : markHighlighter(doc);
}
