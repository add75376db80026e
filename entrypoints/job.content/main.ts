import { type Browser, browser } from 'wxt/browser';
import { sendFromContent } from '../../app/messaging/content';
import { type Controller, startController } from '../../lib/content/controller';
import { startSeenMarkers } from '../../lib/content/seen-markers';
import { createHighlighter, type Highlighter } from '../../lib/highlight';
import { ALL_NAMES, OWN_ATTR } from '../../lib/highlight/names';
import type { ContentToBackground, Send } from '../../lib/messages/protocol';
import { recognise } from '../../lib/sites';
import { CARD_SITES } from '../../lib/sites/cards';
import type { ScriptContext } from './context';
import { wxtUi } from './ui';

/**
 * Shared by every injection into this page's isolated world: a second injection (the popup's
 * "Analyze this page" on a page where the script already runs) must not start a second
 * controller; it asks the running one to show the analysis instead.
 */
const INSTANCE = Symbol.for('ml-fit.content');
type Global = { [INSTANCE]?: Controller };

export function runContentScript(ctx: ScriptContext): void {
  const g = globalThis as Global;
  const running = g[INSTANCE];
  if (running && !ctx.signal.aborted) {
    void running.onMessage({ type: 'show-anyway' });
    ctx.abort(); // this run has nothing to do
    return;
  }
  clearLeftovers();
  const url = new URL(location.href);
  const painter = createHighlighter(document);
  ctx.onInvalidated(() => painter.dispose());
  // A run whose extension is gone ends itself before it sends or paints (context.ts): an
  // older run must not paint over a newer one's highlights.
  const highlighter: Highlighter = { ...painter, show: (items) => ctx.isValid && painter.show(items) };
  const send: Send<ContentToBackground> = (message) =>
    ctx.isValid ? sendFromContent(message) : new Promise(() => {});
  const controller = startController({
    doc: document,
    highlighter,
    ui: wxtUi(ctx),
    send,
    signal: ctx.signal,
    // Not a site the manifest injects into: the user asked for this page through the popup.
    onRequest: recognise(url) === null,
  });
  // Result lists of sites with card data (LinkedIn, Indeed): seen markers on every card.
  const site = recognise(url)?.site;
  const seen =
    site && site in CARD_SITES
      ? startSeenMarkers({
          doc: document,
          site,
          send,
          signal: ctx.signal,
        })
      : null;
  g[INSTANCE] = controller;
  ctx.onInvalidated(() => {
    if (g[INSTANCE] === controller) delete g[INSTANCE];
  });
  // Only our own background talks to this script (the page cannot reach runtime messaging,
  // other extensions would need onMessageExternal); checked anyway, before anything is read.
  // The answer goes through sendResponse (return true keeps the channel open): this script
  // uses the browser's own API, not the polyfill (wxt.config.ts), and both browsers accept it.
  const listener = (
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    respond: (answer: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const answer = seen?.onMessage(raw) ?? controller.onMessage(raw);
    if (!answer) return undefined;
    void answer.then(respond, () => respond(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/**
 * What an older run of this script left in the page: its hosts, highlights and highlight
 * rules. At a first start in this world, anything of the kind belongs to a run whose extension
 * was updated or reloaded and that cannot take it down: Firefox unloads such a run at once and
 * starts the new one in the open tab; Chrome's ends itself when it next looks (context.ts).
 */
function clearLeftovers(): void {
  for (const el of document.querySelectorAll(`ml-fit-chip, ml-fit-card, ml-fit-seen, style[${OWN_ATTR}]`))
    el.remove();
  try {
    for (const name of ALL_NAMES) CSS.highlights.delete(name);
    const ours = (sheet: CSSStyleSheet) => sheet.cssRules[0]?.cssText.includes(`(${ALL_NAMES[0]})`);
    if (document.adoptedStyleSheets.some(ours))
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !ours(sheet));
  } catch {
    // No Highlight API (nothing to clear), or a sheet the page holds refuses to be read.
  }
}
