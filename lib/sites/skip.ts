/** Elements whose text is never part of a posting as the reader sees it. */
export const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'OBJECT',
]);

/**
 * An element's text as a reader sees it: textContent without what NEVER_TEXT holds. Sites put
 * CSS-in-JS <style> tags inside the very elements that name the company (Indeed's pane), so
 * textContent alone reads CSS. Every place lib/sites reads text goes through here.
 */
export function readableText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 0x1 | 0x4 /* elements and text */, {
    acceptNode: (n) =>
      n.nodeType === 1 && (NEVER_TEXT.has((n as Element).tagName) || isOwnUi(n as Element))
        ? 2 /* FILTER_REJECT: skip the subtree */
        : 1,
  });
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
  return parts.join('');
}

/** The extension's own UI: its shadow hosts are named ml-fit-*. */
export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('ml-fit-');
}

/** Page chrome that never holds the selected posting's description. */
const CHROME_SELECTOR =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export function inPageChrome(el: Element): boolean {
  return el.closest(CHROME_SELECTOR) !== null;
}
