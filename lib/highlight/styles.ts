import { CATEGORIES, type Category } from '../analysis/types';
import { highlightName, MARK_ATTR } from './names';

/**
 * Category looks that read on light and dark pages and do not rely on hue alone: blue /
 * orange / purple-grey tints (the families in components/theme.css), each with its own
 * underline style (solid, wavy, dotted) so colour-blind readers can tell them apart.
 * Skills the profile holds keep the underline but lose most of the tint: "you have this"
 * reads as quieter than "you are missing this".
 */
const LOOK: Record<Category, { tint: string; faint: string; line: string; style: string }> = {
  core: {
    tint: 'rgba(59, 130, 246, 0.30)',
    faint: 'rgba(59, 130, 246, 0.08)',
    line: 'rgb(52, 120, 240)',
    style: 'solid',
  },
  underemphasized: {
    tint: 'rgba(249, 146, 22, 0.34)',
    faint: 'rgba(249, 146, 22, 0.08)',
    line: 'rgb(217, 109, 0)',
    style: 'wavy',
  },
  'nice-to-have': {
    tint: 'rgba(139, 122, 184, 0.30)',
    faint: 'rgba(139, 122, 184, 0.08)',
    line: 'rgb(140, 122, 190)',
    style: 'dotted',
  },
};

function rule(selector: string, category: Category, held: boolean): string {
  const look = LOOK[category];
  const thickness = held ? '1px' : '2px';
  return `${selector}{background-color:${held ? look.faint : look.tint};text-decoration:underline ${look.style} ${look.line};text-decoration-thickness:${thickness};text-underline-offset:3px;}`;
}

/** ::highlight() rules for the CSS Custom Highlight API. */
export function highlightCss(): string {
  return CATEGORIES.flatMap((c) =>
    [false, true].map((held) => rule(`::highlight(${highlightName(c, held)})`, c, held)),
  ).join('\n');
}

/** The same looks for the <mark> fallback (browsers without CSS.highlights). */
export function markCss(): string {
  const base = `mark[${MARK_ATTR}]{color:inherit;padding:0;border-radius:2px;}`;
  return [
    base,
    ...CATEGORIES.flatMap((c) => [
      rule(`mark[${MARK_ATTR}~="${c}"]`, c, false),
      rule(`mark[${MARK_ATTR}~="${c}"][${MARK_ATTR}~="held"]`, c, true),
    ]),
  ].join('\n');
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
    // Tagged like the marks, so the page watcher knows this change is the extension's own.
    style.setAttribute(MARK_ATTR, 'styles');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
