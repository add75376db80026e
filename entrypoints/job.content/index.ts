import { JOB_SITE_MATCHES } from '../../lib/sites/matches';
import { runContentScript } from './main';

export default defineContentScript({
  matches: JOB_SITE_MATCHES,
  // Styles travel as text into the chip's shadow root: nothing injected into the page,
  // no web_accessible_resources, no stylesheet request.
  cssInjectionMode: 'manual',
  // For WXT's own script context only (the build uses context.ts, which sends nothing): its
  // legacy window.postMessage announces the extension id to the page, so opt out.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx);
  },
});
