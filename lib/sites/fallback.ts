import { pageHtmlToText } from '../text/page-html-to-text';
import { findJobPosting, type JobPostingLd } from './jsonld';
import { lineText } from './selectors';
import { inPageChrome, isOwnUi, readableText } from './skip';
import { bestTextMatch } from './text-match';

/**
 * Finding a posting with no class name at all, so that a redesign degrades to a slower
 * path instead of to nothing:
 *  1. a JSON-LD JobPosting's description, matched to the visible element holding it;
 *  2. the headings postings use ("About the job", "Requirements"...) and the block around them.
 */

const HEADING =
  /^(?:about (?:the|this) (?:job|role|position|opportunity)|job description|description|the role|role (?:description|overview)|your role|(?:key |main )?responsibilities|what you(?:'|’| wi)ll do|(?:minimum |basic |preferred |required )?qualifications|requirements|what you(?:'|’)?ll bring|what you bring|what we(?:'|’)re looking for|what we are looking for|who you are|skills (?:and|&) experience|must[- ]haves?|nice[- ]to[- ]haves?)\s*:?$/i;
/** Headings that name the whole description, not one section of it. */
const WHOLE = /^(?:about (?:the|this)|job description|description)/i;
const HEADING_TAGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], strong, b, dt, p, span, div';
const MIN_BLOCK = 200;

export function readJsonLdBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
}

export interface JsonLdMatch {
  posting: JobPostingLd;
  element: Element;
}

/** The JSON-LD posting and the visible element whose text best matches its description. */
export function findJsonLdPosting(doc: Document, ignoreLists = false): JsonLdMatch | null {
  const posting = findJobPosting(readJsonLdBlocks(doc), pageHtmlToText, { ignoreLists });
  if (!posting?.description || !doc.body) return null;
  const element = bestTextMatch(doc.body, posting.description);
  return element ? { posting, element } : null;
}

/** At most two levels of elements below: reading its text costs little (no page-wide wrappers). */
function shallow(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (c.childElementCount > 1 || c.firstElementChild?.firstElementChild) return false;
  return true;
}

function isHeading(el: Element): boolean {
  // Cheap checks first: a heading is short and holds at most a couple of inline children, so
  // single-child wrappers around whole pages are rejected before their text is ever built.
  if (el.childElementCount > 2 || isOwnUi(el) || !shallow(el)) return false;
  const text = readableText(el);
  if (text.length > 60) return false;
  return HEADING.test(text.replace(/\s+/g, ' ').trim());
}

function textLength(el: Element): number {
  return readableText(el).replace(/\s+/g, ' ').length;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** The smallest ancestor of `el` holding a real block of text. */
function blockAround(el: Element): Element | null {
  for (let cur = el.parentElement; cur; cur = cur.parentElement) {
    if (cur.localName === 'body' || cur.localName === 'html') return null;
    if (textLength(cur) >= MIN_BLOCK + textLength(el)) return cur;
  }
  return null;
}

/** The description block found through its headings, or null. */
export function findByHeadings(root: ParentNode): Element | null {
  const hits = [...root.querySelectorAll(HEADING_TAGS)].filter((el) => isHeading(el) && !inPageChrome(el));
  // Keep the outermost of nested hits (<h2><strong>About the job</strong></h2>).
  const heads = hits.filter((el) => !hits.some((other) => other !== el && other.contains(el)));
  const first = heads.find((h) => WHOLE.test(lineText(h) ?? '')) ?? heads[0];
  if (!first) return null;
  let block: Element | null = first;
  for (const h of heads) {
    const joined: Element | null = block ? commonAncestor(block, h) : null;
    // Headings that only meet at <body> belong to different parts of the page.
    if (joined && joined.localName !== 'body' && joined.localName !== 'html') block = joined;
  }
  if (block === first || (block && textLength(block) < MIN_BLOCK)) block = blockAround(block ?? first);
  return block;
}

/** Last resort for on-request analysis: the page's main text. */
export function mainText(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"], article') ?? doc.body;
}

export interface FallbackResult {
  element: Element;
  how: 'jsonld' | 'headings';
  posting: JobPostingLd | null;
}

export function findDescriptionFallback(doc: Document, ignoreLists = false): FallbackResult | null {
  const ld = findJsonLdPosting(doc, ignoreLists);
  if (ld) return { element: ld.element, how: 'jsonld', posting: ld.posting };
  const element = findByHeadings(doc);
  return element ? { element, how: 'headings', posting: null } : null;
}
