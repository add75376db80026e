import { browser } from 'wxt/browser';

/**
 * What this content script uses of WXT's ContentScriptContext: the signal that ends its life
 * and a way to run code then. main.ts and ui.ts take this type, so they cannot reach for more.
 */
export type ScriptContext = Pick<LeanContentScriptContext, 'signal' | 'onInvalidated'>;

/**
 * The content script's build uses this class in place of WXT's ContentScriptContext
 * (wxt.config.ts swaps the module). WXT's carries timers, a location watcher, idle callbacks
 * and a logger that this script never uses (about 0.6 KB of it, gzipped), and a class keeps
 * every method. What it does here is kept: one instance per run, and a newer run of the same
 * script (after the extension is updated or reloaded) ends the older one by the same custom
 * event WXT sends (the same event name), so instances of either kind stop each other.
 */
export class LeanContentScriptContext {
  private readonly controller = new AbortController();

  constructor(name: string) {
    const id = Math.random().toString(36).slice(2);
    const type = `${browser.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: id } }));
    const stop = (e: Event) => {
      const detail = (e as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
      if (detail?.contentScriptName === name && detail.messageId !== id) this.controller.abort();
    };
    document.addEventListener(type, stop, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}

export { LeanContentScriptContext as ContentScriptContext };
