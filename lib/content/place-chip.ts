/**
 * Where the chip goes without moving anything on the page: its host is absolutely
 * positioned (out of flow) right after the title's block, and the chip itself is offset
 * to sit at the end of the title's last line, or under the title when that line is full.
 */

/** The title's nearest block-level box (the chip's host goes right after it). */
export function blockOf(el: Element): Element {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const display = getComputedStyle(cur).display;
    if (display !== 'inline' && display !== 'contents') return cur;
  }
  return el;
}

function lastLine(el: Element): DOMRect | null {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  return rects.at(-1) ?? null;
}

/** Offsets of the chip inside its host so that it follows the title's text. */
export function chipOffset(
  title: Element,
  host: Element,
  chip: { width: number; height: number },
): { left: number; top: number } {
  const hostBox = host.getBoundingClientRect();
  const line = lastLine(title) ?? title.getBoundingClientRect();
  const room = (host.ownerDocument.documentElement.clientWidth || window.innerWidth) - 8;
  if (line.right + 10 + chip.width <= room) {
    return {
      left: line.right + 10 - hostBox.left,
      top: line.top + (line.height - chip.height) / 2 - hostBox.top,
    };
  }
  const first = title.getBoundingClientRect();
  return { left: first.left - hostBox.left, top: first.bottom + 4 - hostBox.top };
}
