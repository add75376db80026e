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

/** The extension's own UI: shadow hosts are named ml-fit-*, fallback marks carry data-ml-fit. */
export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('ml-fit-');
}

/** Page chrome that never holds the selected posting's description. */
const CHROME_SELECTOR =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

export function inPageChrome(el: Element): boolean {
  return el.closest(CHROME_SELECTOR) !== null;
}
