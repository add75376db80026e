import { CATEGORIES, type Category } from '../analysis/types';
import { highlightName, OWN_ATTR } from './names';

/**
 * Category looks that read on light and dark pages and do not rely on hue alone: blue /
 * orange / purple-grey tints (the families in components/theme.css), each with its own
 * underline style (solid, wavy, dotted) so colour-blind readers can tell them apart.
 * One look per category whatever the profile holds: the page can compute these styles.
 */
const LOOK: Record<Category, { tint: string; line: string; style: string }> = {
  core: { tint: 'rgba(59, 130, 246, 0.24)', line: 'rgb(52, 120, 240)', style: 'solid' },
  underemphasized: { tint: 'rgba(249, 146, 22, 0.26)', line: 'rgb(217, 109, 0)', style: 'wavy' },
  'nice-to-have': { tint: 'rgba(139, 122, 184, 0.24)', line: 'rgb(140, 122, 190)', style: 'dotted' },
};

function rule(selector: string, category: Category): string {
  const look = LOOK[category];
  return `${selector}{background-color:${look.tint};text-decoration:underline ${look.style} ${look.line};text-decoration-thickness:2px;text-underline-offset:3px;}`;
}

/** ::highlight() rules for the CSS Custom Highlight API. */
export function highlightCss(): string {
  return CATEGORIES.map((c) => rule(`::highlight(${highlightName(c)})`, c)).join('\n');
}

/**
 * Adds the rules to the page. A constructed sheet leaves nothing in the DOM; where that is
 * refused, a <style> built with createElement + textContent (never an HTML string).
 * Returns the undo.
 */
export function installStyles(doc: Document, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    // Firefox's content-script wrappers may drop the sheet without throwing: check it took.
    if (!doc.adoptedStyleSheets.includes(sheet)) throw new Error('sheet not adopted');
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    // Tagged, so the page watcher knows this change is the extension's own.
    style.setAttribute(OWN_ATTR, 'styles');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
