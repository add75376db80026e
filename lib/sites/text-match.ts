import { isOwnUi, NEVER_TEXT } from './skip';

/**
 * Finds the visible element holding a known text (a JSON-LD description): every element is
 * scored by the F1 of word overlap between its text and the target, counted bottom-up in one
 * pass over the text nodes, so the cost is linear in the page (times its depth).
 */

const WORD = /[\p{L}\p{N}]{2,}/gu;
const MAX_TARGET_WORDS = 4000;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

interface Tally {
  total: number;
  matched: number;
}

export function bestTextMatch(root: Element, target: string, minScore = 0.5): Element | null {
  const targetWords = words(target).slice(0, MAX_TARGET_WORDS);
  if (targetWords.length === 0) return null;
  const wanted = new Set(targetWords);
  const tallies = new Map<Element, Tally>();
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements and text */, {
    acceptNode: (n) =>
      n.nodeType === 1 && (NEVER_TEXT.has((n as Element).tagName) || isOwnUi(n as Element))
        ? 2 /* FILTER_REJECT: skip the subtree */
        : 1,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const ws = words(n.nodeValue ?? '');
    if (ws.length === 0) continue;
    let matched = 0;
    for (const w of ws) if (wanted.has(w)) matched++;
    for (let el = n.parentElement; el; el = el.parentElement) {
      const t = tallies.get(el);
      if (t) {
        t.total += ws.length;
        t.matched += matched;
      } else tallies.set(el, { total: ws.length, matched });
      if (el === root) break;
    }
  }
  let best: Element | null = null;
  let bestScore = minScore;
  for (const [el, { total, matched }] of tallies) {
    if (matched === 0) continue;
    const precision = matched / total;
    const recall = Math.min(matched, targetWords.length) / targetWords.length;
    const f1 = (2 * precision * recall) / (precision + recall);
    // Ties go to the deeper element (tighter fit): the Map holds ancestors after descendants.
    if (f1 > bestScore || (best === null && f1 === bestScore)) {
      best = el;
      bestScore = f1;
    }
  }
  return best;
}
