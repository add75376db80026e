import { type Browser, browser } from 'wxt/browser';
import { sendFromContent } from '../../app/messaging/content';
import { type Controller, startController } from '../../lib/content/controller';
import { startSeenMarkers } from '../../lib/content/seen-markers';
import { createHighlighter } from '../../lib/highlight';
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
    return;
  }
  const url = new URL(location.href);
  const highlighter = createHighlighter(document);
  ctx.onInvalidated(() => highlighter.dispose());
  const controller = startController({
    doc: document,
    highlighter,
    ui: wxtUi(ctx),
    send: sendFromContent,
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
          send: sendFromContent,
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
