import type { Page } from 'playwright-core';

/**
 * Everything the page's own scripts can read of the extension's effect, as flat
 * `kind:where → value` entries, read from the page's main world (where a site's scripts
 * run): the highlight registry (names, order, priority, type, each range's text and
 * offsets), the document serialised, every style sheet's rules (adopted ones included),
 * every element's computed style (and its ::highlight() styles), every element's boxes, the
 * document's scroll size, what the pointer would hit on a 16 px grid, the focused element,
 * and the layout shifts recorded since load (installed by `recordLayoutShifts`).
 */
export type PageSnapshot = Record<string, string>;

/** Install before navigating: layout-shift entries are part of what a page can read. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries) {
        const e = entry as PerformanceEntry & {
          value: number;
          sources: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        shifts.push(
          `${e.value.toFixed(4)} ${e.sources.map((s) => `${box(s.previousRect)}>${box(s.currentRect)}`).join(' ')}`,
        );
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Entries recorded but not yet delivered to the callback are taken when read.
    (window as unknown as { __shifts: () => string[] }).__shifts = () => {
      record(observer.takeRecords());
      return shifts;
    };
  });
}

export function pageSnapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map((n) => n.toFixed(2)).join(',');
    /** Where a node is: child indexes from the document (stable across two loads of one page). */
    const where = (node: Node | null): string => {
      const steps: number[] = [];
      for (let n = node; n?.parentNode; n = n.parentNode)
        steps.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode));
      return steps.join('.');
    };
    const elements = [...document.querySelectorAll('*')];
    const names = [...CSS.highlights.keys()];

    [...CSS.highlights].forEach(([name, highlight], i) => {
      const ranges = [...highlight].map((r) => {
        const range = r as Range;
        return `${range.toString()}@${where(range.startContainer)}:${range.startOffset}-${where(range.endContainer)}:${range.endOffset}`;
      });
      out[`highlight:${i}`] =
        `${name} priority=${highlight.priority} type=${highlight.type} size=${highlight.size} ${ranges.join(' ')}`;
    });
    out.dom = new XMLSerializer().serializeToString(document);
    document.adoptedStyleSheets.forEach((sheet, i) => {
      out[`adopted:${i}`] = [...sheet.cssRules].map((r) => r.cssText).join('\n');
    });
    [...document.styleSheets].forEach((sheet, i) => {
      out[`sheet:${i}`] = [...sheet.cssRules].map((r) => r.cssText).join('\n');
    });
    for (const el of elements) {
      const at = `${where(el)} ${el.localName}`;
      const style = getComputedStyle(el);
      const props: string[] = [];
      for (let i = 0; i < style.length; i++) {
        const p = style.item(i);
        props.push(`${p}:${style.getPropertyValue(p)}`);
      }
      // Sorted: custom properties come in no fixed order from one load to the next.
      out[`style:${at}`] = props.sort().join(';');
      for (const name of names) {
        const h = getComputedStyle(el, `::highlight(${name})`);
        out[`highlight-style:${name}:${at}`] = `${h.backgroundColor} ${h.color} ${h.textDecoration}`;
      }
      out[`box:${at}`] =
        `${box(el.getBoundingClientRect())} | ${[...el.getClientRects()].map(box).join(' ')}`;
      out[`scroll:${at}`] = `${el.scrollWidth}x${el.scrollHeight} @${el.scrollLeft},${el.scrollTop}`;
    }
    out.document = `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight} @${scrollX},${scrollY}`;
    const hits: string[] = [];
    for (let y = 0; y < innerHeight; y += 16)
      for (let x = 0; x < innerWidth; x += 16) {
        const hit = document.elementFromPoint(x, y);
        hits.push(hit ? `${where(hit)} ${hit.localName}` : '-');
      }
    out.hits = hits.join('\n');
    out.focus = `${where(document.activeElement)} ${document.activeElement?.localName}`;
    out.shifts = ((window as unknown as { __shifts?: () => string[] }).__shifts?.() ?? []).join('\n');
    return out;
  });
}

/** The entries that differ between two snapshots (at most `max`, values cut for reading). */
export function snapshotDiff(a: PageSnapshot, b: PageSnapshot, max = 8): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((k) => a[k] !== b[k])
    .slice(0, max)
    .map((k) => {
      const [x, y] = [a[k], b[k]];
      if (x === undefined || y === undefined) return `${k}: only in ${x === undefined ? 'B' : 'A'}`;
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      const around = (v: string) => v.slice(Math.max(0, i - 120), i + 200);
      return `${k} (from character ${i})\n  A: ${around(x)}\n  B: ${around(y)}`;
    });
}
