import { beforeEach, describe, expect, expectTypeOf, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type {
  AnalyzeReply,
  AnalyzeResult,
  ContentToBackground,
  PageToBackground,
  Received,
  RequestOf,
  TabView,
} from '../../lib/messages/protocol';
import type { ContentRequest, PageRequest, PostingHeader } from '../../lib/messages/schema';
import type { SeenReply } from '../../lib/messages/seen';
import { sendToContent } from './background';
import { sendFromContent } from './content';
import { sendFromPage } from './page';

type Seen = { type: 'seen'; site: string; ids: string[] };
type Analyze = { type: 'analyze'; posting: PostingHeader; text: string };

const view: TabView = { report: null, fit: null, held: {}, profile: 'empty', showAnyway: false };

/** What a send resolves to for one request type (instantiated, never called). */
type Resolves<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

describe('the reply type follows the request type through the map', () => {
  test('content → background', () => {
    expectTypeOf<Resolves<typeof sendFromContent<Seen>>>().toEqualTypeOf<SeenReply>();
    expectTypeOf<Resolves<typeof sendFromContent<{ type: 'no-posting' }>>>().toEqualTypeOf<TabView>();
    expectTypeOf<Resolves<typeof sendFromContent<Analyze>>>().toEqualTypeOf<AnalyzeReply>();
  });

  test('page → background', () => {
    expectTypeOf<
      Resolves<typeof sendFromPage<{ type: 'get-tab'; tabId: number }>>
    >().toEqualTypeOf<TabView>();
    expectTypeOf<
      Resolves<typeof sendFromPage<{ type: 'analyze-tab'; tabId: number }>>
    >().toEqualTypeOf<AnalyzeResult>();
    expectTypeOf<Resolves<typeof sendFromPage<{ type: 'profile-changed' }>>>().toEqualTypeOf<{
      tabs: number;
    }>();
  });

  test('background → content', () => {
    expectTypeOf<
      Resolves<typeof sendToContent<{ type: 'fit-updated'; view: TabView }>>
    >().toEqualTypeOf<Received>();
  });

  test("each map lists exactly the requests its direction's schema accepts", () => {
    expectTypeOf<RequestOf<ContentToBackground>>().toEqualTypeOf<ContentRequest>();
    expectTypeOf<RequestOf<PageToBackground>>().toEqualTypeOf<PageRequest>();
  });

  test('a request outside its direction, or missing a field, does not compile', () => {
    // Never called: the compiler checks these lines (npm run typecheck).
    const wrong = () => {
      // @ts-expect-error get-tab is a page's request, not the content script's
      void sendFromContent({ type: 'get-tab', tabId: 1 });
      // @ts-expect-error analyze is the content script's request
      void sendFromPage({ type: 'analyze', posting: {}, text: '' });
      // @ts-expect-error get-tab names its tab
      void sendFromPage({ type: 'get-tab' });
      // @ts-expect-error the background never sends analyze-tab to a tab
      void sendToContent(1, { type: 'analyze-tab', tabId: 1 });
    };
    expectTypeOf(wrong).returns.toBeVoid();
  });
});

describe('the sends', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A background that answers as the browser relays it (sendResponse), or stays silent. */
  function answer(reply: (m: { type: string }) => unknown): void {
    fakeBrowser.runtime.onMessage.addListener((m: { type: string }, _sender, sendResponse) => {
      const r = reply(m);
      if (r === undefined) return undefined;
      sendResponse(r);
      return true;
    });
  }

  test('the content script’s send resolves to a reply that passes its guard, and rejects others', async () => {
    answer(() => ({ seen: [] }));
    await expect(sendFromContent({ type: 'seen', site: 'linkedin', ids: ['1'] })).resolves.toEqual({
      seen: [],
    });
    await expect(sendFromContent({ type: 'no-posting' })).rejects.toThrow('no valid reply to no-posting');
  });

  test('a page’s send resolves to the reply, and rejects when nothing answers', async () => {
    answer((m) => (m.type === 'get-tab' ? view : undefined));
    await expect(sendFromPage({ type: 'get-tab', tabId: 3 })).resolves.toEqual(view);
    await expect(sendFromPage({ type: 'profile-changed' })).rejects.toThrow('did not answer profile-changed');
  });
});
