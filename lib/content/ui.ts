import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Chip, type ChipModel } from '../../components/chip/Chip';
import { CHIP_CSS } from '../../components/chip/chip-css';
import { HoverCard, type HoverInfo } from '../../components/chip/HoverCard';
import { blockOf, chipOffset } from './place-chip';
import { createShadowUi, type ShadowUi } from './shadow-ui';

/**
 * The extension's on-page UI: closed shadow roots under `ml-fit-*` hosts, styles passed as
 * text (no stylesheet URL in the page), keyboard events kept inside (isolateEvents) so the
 * site's shortcuts do not fire while the chip has focus.
 */
export interface ChipHandle {
  update(model: ChipModel): void;
  remove(): void;
}
export interface CardHandle {
  show(info: HoverInfo | null): void;
  remove(): void;
}
export interface UiFactory {
  mountChip(title: Element | null, model: ChipModel, signal: AbortSignal): Promise<ChipHandle>;
  mountCard(signal: AbortSignal): Promise<CardHandle>;
}

const HOST_RESET = ':host{all:initial}';
/** Width of the explanation panel (components/chip/chip.css .mf-panel). */
const PANEL_WIDTH = 360;

function styleHost(host: HTMLElement, styles: Record<string, string>): void {
  for (const [k, v] of Object.entries(styles)) host.style.setProperty(k, v);
}

/** Unmounts the Preact tree, then the host; also when the content script is invalidated. */
function removable(ctx: ContentScriptContext, ui: ShadowUi): () => void {
  const remove = () => {
    render(null, ui.container);
    ui.remove();
  };
  ctx.onInvalidated(remove);
  return remove;
}

export function wxtUi(ctx: ContentScriptContext): UiFactory {
  return {
    async mountChip(title, model, signal) {
      const anchor = title ? blockOf(title) : null;
      const ui = createShadowUi(document, 'ml-fit-chip', `${HOST_RESET}\n${CHIP_CSS}`, {
        isolateEvents: true,
      });
      if (anchor) anchor.after(ui.host);
      else document.body.append(ui.host);
      const removeUi = removable(ctx, ui);
      const host = ui.host;
      const box = ui.container;
      // Out of flow in both placements: the page's layout never moves for the chip.
      styleHost(
        host,
        anchor
          ? { position: 'absolute', width: '0', height: '0', overflow: 'visible', 'z-index': '9' }
          : { position: 'fixed', right: '16px', bottom: '16px', 'z-index': '2147483646' },
      );
      box.style.setProperty('position', anchor ? 'absolute' : 'relative');
      // The panel opens towards the room there is: upwards from the corner, leftwards near the edge.
      if (!anchor) box.classList.add('mf-open-up', 'mf-open-left');
      const place = () => {
        if (!title || !anchor) return;
        const { left, top } = chipOffset(title, host, { width: box.offsetWidth, height: box.offsetHeight });
        box.style.setProperty('left', `${Math.round(left)}px`);
        box.style.setProperty('top', `${Math.round(top)}px`);
        const right = box.getBoundingClientRect().left + PANEL_WIDTH;
        box.classList.toggle('mf-open-left', right > document.documentElement.clientWidth - 8);
      };
      const draw = (m: ChipModel) => {
        render(h(Chip, { model: m }), box);
        place();
      };
      draw(model);
      window.addEventListener('resize', place, { passive: true, signal });
      const resize = title ? new ResizeObserver(place) : null;
      if (title) resize?.observe(title);
      const remove = () => {
        resize?.disconnect();
        removeUi();
      };
      signal.addEventListener('abort', remove, { once: true });
      if (signal.aborted) remove();
      return { update: draw, remove };
    },

    async mountCard(signal) {
      const ui = createShadowUi(document, 'ml-fit-card', `${HOST_RESET}\n${CHIP_CSS}`);
      document.body.append(ui.host);
      styleHost(ui.host, {
        position: 'fixed',
        top: '0',
        left: '0',
        width: '0',
        height: '0',
        overflow: 'visible',
        'pointer-events': 'none',
        'z-index': '2147483647',
      });
      const remove = removable(ctx, ui);
      signal.addEventListener('abort', remove, { once: true });
      if (signal.aborted) remove();
      return {
        show: (info) => render(info ? h(HoverCard, { info }) : null, ui.container),
        remove,
      };
    },
  };
}
