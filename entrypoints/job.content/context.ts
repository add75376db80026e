import { browser } from 'wxt/browser';

/**
 * What this content script uses of its script context: the signal that ends its life, a way to
 * run code then, `isValid`, which ends it once its extension is gone, and `abort`. main.ts and ui.ts
 * take this type, so they cannot reach for more.
 */
export type ScriptContext = Pick<LeanContentScriptContext, 'signal' | 'onInvalidated' | 'isValid' | 'abort'>;

/** How often a run checks, unprompted, that its extension is still there. */
export const CHECK_MS = 2000;

/**
 * The content script's build uses this class in place of WXT's ContentScriptContext
 * (wxt.config.ts swaps the module). WXT's carries timers, a location watcher, idle callbacks
 * and a logger that this script never uses, and it ends an older run of the script by an event
 * on the page's document whose name holds the extension's id, which the page's own scripts can
 * listen for. Nothing of that reaches the page here: a run whose extension was updated,
 * reloaded, disabled or removed loses its `browser.runtime.id` (its messages would throw
 * "Extension context invalidated"), and it ends itself when it next looks: before it sends or
 * paints (main.ts asks `isValid`), and every CHECK_MS. Ending aborts `signal`, which takes down
 * everything the run made: observers, timers, highlights, the chip. A newer run clears what an
 * older one left in the page when it starts (main.ts).
 */
export class LeanContentScriptContext {
  private readonly controller = new AbortController();

  // The name is WXT's constructor argument; one script, so it is not needed here.
  constructor(_name?: string) {
    const timer = setInterval(() => this.isValid, CHECK_MS);
    this.onInvalidated(() => clearInterval(timer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once this run has ended; ends it first if its extension is gone. */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return !this.signal.aborted;
  }

  /** Ends this run. */
  abort(): void {
    this.controller.abort();
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}

export { LeanContentScriptContext as ContentScriptContext };
