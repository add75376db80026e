import type { Browser } from 'wxt/browser';
import type { PostingReport } from '../../lib/messages/protocol';
import type { PostingHeader } from '../../lib/messages/schema';
import { SAMPLE_SKILLS } from './fit';

/** Reports and senders shared by the background tests. */

/** The posting both report() and analyzeMessage() describe. */
const HEADER: PostingHeader = {
  site: 'greenhouse',
  jobId: '123',
  url: 'https://boards.greenhouse.io/acme/jobs/123',
  title: 'Machine Learning Engineer',
  company: 'Acme',
  location: null,
  onRequest: false,
};

export function report(overrides: Partial<PostingReport> = {}): PostingReport {
  return {
    ...HEADER,
    isMlEngineer: true,
    role: { id: 'ml-engineer', confidence: 0.9, reasons: ['Title says “Machine Learning Engineer”'] },
    skills: [...SAMPLE_SKILLS],
    requirements: { years: { min: 3 }, degree: null },
    ...overrides,
  };
}

/** A short ML engineer posting, as the content script would read it. */
export const ML_TEXT = `About the role
We build the models behind our search. You will train, evaluate and ship them to production.

Requirements
• 3+ years of Python
• PyTorch for training deep learning models
• SQL for analysing data

Nice to have
• Spark`;

/** A data analyst posting: analysed, but not an ML engineer role. */
export const ANALYST_TEXT =
  'We are looking for a data analyst to build dashboards in Excel and Tableau, report on sales, and present findings to the business. Requirements: Excel, Tableau, SQL.';

/** An `analyze` message as the content script sends it. */
export function analyzeMessage(overrides: Partial<PostingHeader> = {}, text = ML_TEXT) {
  const posting: PostingHeader = { ...HEADER, ...overrides };
  return { type: 'analyze' as const, posting, text };
}

export const EXTENSION_ID = 'test-extension-id';

export function contentSender(tabId: number, extra: Partial<Browser.runtime.MessageSender> = {}) {
  return {
    id: EXTENSION_ID,
    tab: { id: tabId } as Browser.tabs.Tab,
    frameId: 0,
    url: 'https://boards.greenhouse.io/acme/jobs/123',
    ...extra,
  } satisfies Browser.runtime.MessageSender;
}

export function pageSender(extra: Partial<Browser.runtime.MessageSender> = {}) {
  return {
    id: EXTENSION_ID,
    url: `chrome-extension://${EXTENSION_ID}/popup.html`,
    ...extra,
  } satisfies Browser.runtime.MessageSender;
}
