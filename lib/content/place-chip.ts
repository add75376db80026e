/**
 * Where the chip goes without moving anything on the page: its host is absolutely
 * positioned (out of flow) right after the title's block, offset to sit at the end of the
 * title's last line, or under the title when that line is full. A title the reader cannot
 * see (visually hidden, off-screen, not rendered) is no anchor: the chip goes to a corner.
 */

/** Smallest box a visible title has; "visually hidden" headings are 1 px or clipped to 0. */
const MIN_TITLE_PX = 4;

/** The title's nearest block-level box (the chip's host goes right after it). */
export function blockOf(el: Element): Element {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const display = getComputedStyle(cur).display;
    if (display !== 'inline' && display !== 'contents') return cur;
  }
  return el;
}

/** The block to anchor the chip after, or null when the title is not something one sees. */
export function anchorFor(title: Element | null): Element | null {
  if (!title?.isConnected) return null;
  const shown =
    typeof title.checkVisibility !== 'function' ||
    title.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  if (!shown) return null;
  const box = title.getBoundingClientRect();
  if (box.width < MIN_TITLE_PX || box.height < MIN_TITLE_PX) return null;
  const doc = title.ownerDocument;
  const view = doc.defaultView;
  const [x, y] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
  // Pushed out of the page (left: -9999px and the like): nobody can scroll to it.
  if (box.right + x <= 0 || box.bottom + y <= 0) return null;
  if (box.left + x >= doc.documentElement.scrollWidth) return null;
  return blockOf(title);
}

function lastLine(el: Element): DOMRect | null {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  return rects.at(-1) ?? null;
}

/**
 * Offsets of the chip from `origin` (the viewport point where its host sits before any
 * offset) so that it follows the title's text. The chip's size is fixed, so where it goes
 * depends on the page alone.
 */
export function chipOffset(
  title: Element,
  origin: { left: number; top: number },
  chip: { width: number; height: number },
): { left: number; top: number } {
  const line = lastLine(title) ?? title.getBoundingClientRect();
  const room = (title.ownerDocument.documentElement.clientWidth || window.innerWidth) - 8;
  if (line.right + 10 + chip.width <= room) {
    return {
      left: line.right + 10 - origin.left,
      top: line.top + (line.height - chip.height) / 2 - origin.top,
    };
  }
  const first = title.getBoundingClientRect();
  return { left: first.left - origin.left, top: first.bottom + 4 - origin.top };
}
