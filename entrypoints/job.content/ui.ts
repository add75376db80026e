import { mountChip } from '../../components/chip/Chip';
import { CHIP_CSS } from '../../components/chip/chip-css';
import { toDom } from '../../components/chip/dom';
import { HoverCard } from '../../components/chip/HoverCard';
import { HOST_BASE, pinStyles, raise } from '../../lib/content/host-style';
import { anchorFor, chipOffset } from '../../lib/content/place-chip';
import { createShadowUi, type ShadowUi } from '../../lib/content/shadow-ui';
import type { UiFactory } from '../../lib/content/ui';
import type { ScriptContext } from './context';

/**
 * The extension's on-page UI: closed shadow roots under `ml-fit-*` hosts, styles passed as
 * text (no stylesheet URL in the page), keyboard events kept inside (isolateEvents) so the
 * site's shortcuts do not fire while the chip has focus. The page can measure and hit-test
 * the hosts, so their geometry never depends on the user: the chip's host is CHIP_SIZE, the
 * card's a point, and what differs per user stays inside.
 */
const HOST_RESET = ':host{all:initial}';
/**
 * The chip's box, the same whatever the fit, band or profile (the page can measure its host),
 * and the width of its explanation panel (components/chip/chip.css .mf-panel).
 */
export const CHIP_SIZE = { width: 248, height: 28 } as const;
const PANEL_WIDTH = 360;
/** Corner placement: from the viewport's bottom-right edge. */
const CORNER_PX = 16;

const px = (n: number) => `${Math.round(n)}px`;

/** Takes the view down (`before`), then the host; also when the content script is invalidated. */
function removable(ctx: ScriptContext, ui: ShadowUi, before?: () => void): () => void {
  const remove = () => {
    before?.();
    ui.remove();
  };
  ctx.onInvalidated(remove);
  return remove;
}

export function wxtUi(ctx: ScriptContext): UiFactory {
  return {
    async mountChip(title, model, signal) {
      const anchor = anchorFor(title);
      const ui = createShadowUi(document, 'ml-fit-chip', `${HOST_RESET}\n${CHIP_CSS}`, {
        isolateEvents: true,
      });
      const { host, container } = ui;
      const size = { width: px(CHIP_SIZE.width), height: px(CHIP_SIZE.height) };
      if (anchor) {
        anchor.after(host);
        // Out of flow: the page's layout never moves for the chip.
        pinStyles(host, { ...HOST_BASE, ...size, position: 'absolute', 'z-index': '9' });
      } else {
        (document.body ?? document.documentElement).append(host);
        pinStyles(host, {
          ...HOST_BASE,
          ...size,
          position: 'fixed',
          right: px(CORNER_PX),
          bottom: px(CORNER_PX),
          'z-index': '2147483646',
        });
        raise(host);
        // The panel opens towards the room there is: upwards and leftwards from the corner.
        container.classList.add('mf-open-up', 'mf-open-left');
      }
      const chip = mountChip(container, model);
      const removeUi = removable(ctx, ui, chip.remove);
      /** The host's offset from where it sits in the flow (its margins). */
      let offset = { left: 0, top: 0 };
      const place = () => {
        if (!title || !anchor) return;
        const box = host.getBoundingClientRect();
        const origin = { left: box.left - offset.left, top: box.top - offset.top };
        const at = chipOffset(title, origin, CHIP_SIZE);
        offset = { left: Math.round(at.left), top: Math.round(at.top) };
        pinStyles(host, { 'margin-left': px(offset.left), 'margin-top': px(offset.top) });
        const right = origin.left + offset.left + PANEL_WIDTH;
        container.classList.toggle('mf-open-left', right > document.documentElement.clientWidth - 8);
      };
      place();
      window.addEventListener('resize', place, { passive: true, signal });
      const resize = anchor && title ? new ResizeObserver(place) : null;
      if (title) resize?.observe(title);
      const remove = () => {
        resize?.disconnect();
        removeUi();
      };
      signal.addEventListener('abort', remove, { once: true });
      if (signal.aborted) remove();
      return { update: chip.update, remove };
    },

    async mountCard(signal) {
      const ui = createShadowUi(document, 'ml-fit-card', `${HOST_RESET}\n${CHIP_CSS}`);
      (document.body ?? document.documentElement).append(ui.host);
      // A point at the viewport's corner that the pointer never hits: the card inside has a
      // fixed size too (components/chip/HoverCard.tsx), whatever it says.
      pinStyles(ui.host, {
        ...HOST_BASE,
        position: 'fixed',
        top: '0',
        left: '0',
        width: '0',
        height: '0',
        'pointer-events': 'none',
        'z-index': '2147483647',
      });
      raise(ui.host);
      const remove = removable(ctx, ui);
      signal.addEventListener('abort', remove, { once: true });
      if (signal.aborted) remove();
      return {
        show: (info) => ui.container.replaceChildren(toDom(document, info && HoverCard({ info }))),
        remove,
      };
    },
  };
}
