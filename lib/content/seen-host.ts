import { HOST_BASE, pinStyles } from './host-style';
import type { SeenWords } from './seen-wording';
import { createShadowUi } from './shadow-ui';

/**
 * One card's seen marker. The host is what the page can see and measure: the same box on
 * every card, seen or not, pinned !important, empty to the page; the marker itself, or
 * nothing, lives in its closed shadow root. Out of the flow (absolute, at the card's
 * bottom-right corner), so adding hosts moves nothing on the page (no layout shift). Text in
 * the browser's own fonts only (generic families), on its own background (readable on light
 * and dark pages alike): a page font loaded for seen cards alone
 * would show in document.fonts. Whatever is inside stays inside the host's box (its layer
 * clips): the host's scroll size would otherwise tell a marker's height.
 */
export const MARKER_TAG = 'ml-fit-seen';
export const MARKER_SIZE = { width: 168, height: 20 } as const;

export interface MarkerHost {
  element: HTMLElement;
  /**
   * In a positioned box, the host sits at its bottom-right corner; in any other, insets would
   * refer to some ancestor far away, so it stays at its static place (under the content).
   */
  anchor(positioned: boolean): void;
  show(words: SeenWords | null): void;
}

/** Inside the card, from its bottom-right corner. */
const CORNER = { right: '8px', bottom: '6px' } as const;

const CSS = `:host{all:initial}
.mf-layer{width:100%;height:100%;overflow:hidden}
.mf-seen{display:block;width:fit-content;margin-left:auto;box-sizing:border-box;max-width:${MARKER_SIZE.width}px;height:${MARKER_SIZE.height}px;padding:0 8px;border-radius:10px;font:600 11px/${MARKER_SIZE.height}px system-ui,sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#0a4f96;background:#e3eefa;pointer-events:none}
.mf-start .mf-seen{margin-left:0}
.mf-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

export function createMarkerHost(doc: Document): MarkerHost {
  const ui = createShadowUi(doc, MARKER_TAG, CSS);
  pinStyles(ui.host, {
    ...HOST_BASE,
    position: 'absolute',
    float: 'none',
    width: `${MARKER_SIZE.width}px`,
    height: `${MARKER_SIZE.height}px`,
    'z-index': '1',
    contain: 'strict',
    overflow: 'hidden',
    'pointer-events': 'none',
  });
  let shown = '';
  return {
    element: ui.host,
    anchor(positioned) {
      pinStyles(ui.host, positioned ? CORNER : { right: 'auto', bottom: 'auto' });
      // At the corner the marker keeps to the right; under the content, to the left like the text.
      ui.container.classList.toggle('mf-start', !positioned);
    },
    show(words) {
      const key = words ? words.spoken + words.short : '';
      if (key === shown) return;
      shown = key;
      if (!words) {
        ui.container.replaceChildren();
        return;
      }
      // A note: screen readers reach it in the card's reading order; the short text is for
      // the eye only, the spoken one says it whole.
      const note = doc.createElement('span');
      note.setAttribute('role', 'note');
      note.className = 'mf-seen';
      const visible = doc.createElement('span');
      visible.setAttribute('aria-hidden', 'true');
      visible.textContent = words.short;
      const spoken = doc.createElement('span');
      spoken.className = 'mf-sr';
      spoken.textContent = words.spoken;
      note.append(visible, spoken);
      ui.container.replaceChildren(note);
    },
  };
}
