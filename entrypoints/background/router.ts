import type { Browser } from 'wxt/browser';
import { seenEntries } from '../../app/storage/history';
import { skillsOf } from '../../lib/analysis/index';
import { shippedCatalogueView } from '../../lib/fit/shipped-catalogue';
import type {
  ContentToBackground,
  Direction,
  PageToBackground,
  RequestOf,
} from '../../lib/messages/protocol';
import { parseContentRequest, parsePageRequest } from '../../lib/messages/schema';
import { catalogueLookups } from '../../lib/profile/catalogue-lookups';
import { analyzeAnyway, analyzeForTab, analyzeTab, forgetTab, profileChanged, viewOf } from './flows';
import { tellTabsHistoryChanged } from './history-changed';
import { contentTabId, isExtensionPage } from './senders';

/**
 * What the background does for each message, one table per direction. Each handler's
 * reply is checked against the protocol's map by the compiler: the pages rely on it (their
 * replies are typed by construction, lib/messages/README.md).
 */
type Handlers<D extends Direction, Context> = {
  [K in keyof D]: (message: D[K]['request'], context: Context) => Promise<D[K]['reply']>;
};

const fromContent: Handlers<ContentToBackground, { tabId: number }> = {
  analyze: (m, { tabId }) => analyzeForTab(tabId, m.posting, m.text),
  'no-posting': (_m, { tabId }) => forgetTab(tabId),
  seen: async (m) => ({ seen: await seenEntries(m.site, m.ids) }),
};

const fromPage: Handlers<PageToBackground, null> = {
  'get-tab': (m) => viewOf(m.tabId),
  'analyze-tab': (m) => analyzeTab(m.tabId),
  'analyze-anyway': (m) => analyzeAnyway(m.tabId),
  'profile-changed': () => profileChanged(),
  'history-changed': () => tellTabsHistoryChanged(),
  'skills-in-text': async (m) => ({ skills: skillsOf(m.text) }),
  'catalogue-view': async () => shippedCatalogueView().data,
  'search-skills': async (m) => ({ suggestions: catalogueLookups().suggest(m.text, m.exclude) }),
  'resolve-skills': async (m) => ({ skills: catalogueLookups().resolve(m.texts) }),
};

/** Runs the handler of the message's type (the table's key and the message's type agree). */
function dispatch<D extends Direction, C>(
  handlers: Handlers<D, C>,
  message: RequestOf<D>,
  context: C,
): Promise<unknown> {
  const handle = handlers[message.type] as (m: RequestOf<D>, c: C) => Promise<unknown>;
  return handle(message, context);
}

/**
 * The background's single onMessage handler: parse with the direction's schema, check the
 * sender, dispatch. Returns a promise for messages it answers and undefined for anything it
 * ignores (malformed, unknown, background → content types, or from the wrong kind of sender).
 */
export function routeMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  const fromTab = parseContentRequest(raw);
  if (fromTab) {
    const tabId = contentTabId(sender);
    return tabId === null ? undefined : dispatch(fromContent, fromTab, { tabId });
  }
  const fromExtension = parsePageRequest(raw);
  if (fromExtension) return isExtensionPage(sender) ? dispatch(fromPage, fromExtension, null) : undefined;
  return undefined;
}
