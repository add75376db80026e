/**
 * A closed shadow root under an `ml-fit-*` host, its styles given as text (no stylesheet URL
 * in the page, no web_accessible_resources). Hand-made rather than WXT's createShadowRootUi:
 * that one brings auto-mount and element-waiting code this script never uses (~3 KB gzipped
 * of a 26 KB budget), and all it has to do is this.
 */
export interface ShadowUi {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root after its <style>. */
  container: HTMLDivElement;
  remove(): void;
}

/** Keys typed inside the UI stay inside it: the site's own shortcuts must not fire. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createShadowUi(
  doc: Document,
  name: `ml-fit-${string}`,
  css: string,
  options: { isolateEvents?: boolean } = {},
): ShadowUi {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  // The theme's custom properties sit on this box, not on :host, so the host's computed
  // style (which the page can read) carries none of them.
  container.className = 'mf-layer';
  shadow.append(style, container);
  if (options.isolateEvents) {
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  }
  return { host, container, remove: () => host.remove() };
}
