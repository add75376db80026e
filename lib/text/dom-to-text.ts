import { NOT_TEXT } from './blocks';
import { type LaidOut, TextLayout } from './layout';

/**
 * HTML string → readable text in the page (JSON-LD descriptions are HTML strings). The
 * browser's own parser builds an inert document: DOMParser's documents run no script, load
 * nothing and are never shown. The tree is walked without recursion (a hostile string can
 * nest deeper than the call stack) and laid out by the same rules as html-to-text.ts.
 */

export function domHtmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): LaidOut {
  let body: HTMLElement | null;
  try {
    body = new DOMParser().parseFromString(html, 'text/html').body;
  } catch {
    // A page policy (Trusted Types) may refuse to parse: read the string with its tags dropped.
    return looseText(html, maxChars);
  }
  const layout = new TextLayout(maxChars);
  if (!body) return layout.result();
  let node: Node | null = body.firstChild;
  while (node && !layout.full) {
    let descend = false;
    if (node.nodeType === 3) layout.text(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName)) {
      layout.open((node as Element).localName);
      descend = node.firstChild !== null;
      if (!descend) layout.close((node as Element).localName);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== body && node.nodeType === 1) layout.close((node as Element).localName);
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  return layout.result();
}

function looseText(html: string, maxChars: number): LaidOut {
  const layout = new TextLayout(maxChars);
  layout.text(html.replace(/<[^>]*>/g, ' '));
  return layout.result();
}
