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
 * card's a point, and what differs per user stays inside. The views inside are drawn as DOM
 * (components/chip/dom.ts) from the same components the popup renders with Preact.
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

/**
 * A closed shadow root with the chip's styles, appended and pinned by `place`, taken down
 * (`before` first) when `signal` aborts or the content script is invalidated.
 */
function mount(
  ctx: ScriptContext,
  signal: AbortSignal,
  name: `ml-fit-${string}`,
  place: (host: HTMLElement) => void,
  isolateEvents?: boolean,
): ShadowUi & { onRemove: (before: () => void) => void } {
  const ui = createShadowUi(document, name, `${HOST_RESET}\n${CHIP_CSS}`, { isolateEvents });
  place(ui.host);
  const before: Array<() => void> = [];
  const remove = () => {
    for (const f of before) f();
    ui.remove();
  };
  ctx.onInvalidated(remove);
  signal.addEventListener('abort', remove, { once: true });
  return { ...ui, remove, onRemove: (f) => before.push(f) };
}

const inCorner = (host: HTMLElement, styles: Record<string, string>) => {
  (document.body ?? document.documentElement).append(host);
  pinStyles(host, { ...HOST_BASE, position: 'fixed', ...styles });
  raise(host);
};

export function wxtUi(ctx: ScriptContext): UiFactory {
  return {
    async mountChip(title, model, signal) {
      const anchor = anchorFor(title);
      const size = { width: px(CHIP_SIZE.width), height: px(CHIP_SIZE.height) };
      const ui = mount(
        ctx,
        signal,
        'ml-fit-chip',
        (host) => {
          if (anchor) {
            anchor.after(host);
            // Out of flow: the page's layout never moves for the chip.
            pinStyles(host, { ...HOST_BASE, ...size, position: 'absolute', 'z-index': '9' });
          } else {
            inCorner(host, { ...size, right: px(CORNER_PX), bottom: px(CORNER_PX), 'z-index': '2147483646' });
          }
        },
        true,
      );
      const { host, container } = ui;
      // In the corner the panel opens towards the room there is: upwards and leftwards.
      if (!anchor) container.classList.add('mf-open-up', 'mf-open-left');
      const chip = mountChip(container, model);
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
      ui.onRemove(() => resize?.disconnect());
      ui.onRemove(chip.remove);
      if (signal.aborted) ui.remove();
      return { update: chip.update, remove: ui.remove };
    },

    async mountCard(signal) {
      // A point at the viewport's corner that the pointer never hits: the card inside has a
      // fixed size too (components/chip/HoverCard.tsx), whatever it says.
      const ui = mount(ctx, signal, 'ml-fit-card', (host) =>
        inCorner(host, {
          top: '0',
          left: '0',
          width: '0',
          height: '0',
          'pointer-events': 'none',
          'z-index': '2147483647',
        }),
      );
      if (signal.aborted) ui.remove();
      return {
        show: (info) => ui.container.replaceChildren(toDom(document, info && HoverCard({ info }))),
        remove: ui.remove,
      };
    },
  };
}
