import type { Highlighter, HighlightItem } from '../highlight';

const THROTTLE_MS = 60;

/**
 * Tells `onChange` which highlighted mention the pointer is on (or none). Throttled, and
 * only inside the description; scrolling hides the card (it is fixed to the viewport).
 */
export function trackHover(
  doc: Document,
  scope: Element,
  highlighter: Highlighter,
  signal: AbortSignal,
  onChange: (item: HighlightItem | null) => void,
): void {
  let current: HighlightItem | null = null;
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastEvent: MouseEvent | null = null;

  const set = (item: HighlightItem | null) => {
    if (item?.key === current?.key) return;
    current = item;
    onChange(item);
  };
  const probe = () => {
    pending = undefined;
    last = performance.now();
    const e = lastEvent;
    if (!e || signal.aborted) return;
    const target = e.target;
    if (!(target instanceof Node) || !scope.contains(target)) return set(null);
    set(highlighter.itemAt(e.clientX, e.clientY, target));
  };
  doc.addEventListener(
    'mousemove',
    (e) => {
      lastEvent = e;
      if (pending !== undefined) return;
      const wait = Math.max(0, THROTTLE_MS - (performance.now() - last));
      pending = setTimeout(probe, wait);
    },
    { passive: true, signal },
  );
  doc.addEventListener('scroll', () => set(null), { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => clearTimeout(pending), { once: true });
}
