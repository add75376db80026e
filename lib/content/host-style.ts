/**
 * The extension's shadow hosts are all the page can measure of its UI, so their geometry is
 * set here, the same for every user: inline and !important, which no rule of the page
 * outranks, so a site's CSS can neither hide a host nor make it depend on what is inside.
 */
export function pinStyles(host: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) host.style.setProperty(name, value, 'important');
}

/**
 * Moves a host into the top layer (a manual popover) where the browser has one: above every
 * stacking context of the page, and fixed to the viewport even when an ancestor is
 * transformed or clips (a `position: fixed` box inside a transformed <body> ends up at the
 * bottom of the document, out of sight). Without popovers the host stays fixed, on top by
 * z-index.
 */
export function raise(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    host.popover = 'manual';
    host.showPopover();
  } catch {
    // Not connected, or the page removed it meanwhile: it stays an ordinary fixed box.
  }
}

/** Styles shared by every host: what the popover UA sheet would add is taken back. */
export const HOST_BASE: Record<string, string> = {
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  inset: 'auto',
};
