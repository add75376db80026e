import { customHighlighter, supportsCustomHighlights } from './custom';
import type { Highlighter } from './types';

export type { Highlighter, HighlightItem } from './types';

/**
 * Paints nothing: for a browser without the CSS Custom Highlight API, which the manifests'
 * minimum versions rule out (Chrome 105, Firefox 140) but a page or a fork could still take
 * away. The script fails closed and quietly: no highlights, no hover card, no message; the
 * chip works as before.
 */
const NO_HIGHLIGHTS: Highlighter = {
  show() {},
  itemAt: () => null,
  intact: () => true,
  clear() {},
  dispose() {},
};

/** The painter: CSS Custom Highlights, or none where the API is missing. */
export function createHighlighter(doc: Document): Highlighter {
  return supportsCustomHighlights() ? customHighlighter(doc) : NO_HIGHLIGHTS;
}
