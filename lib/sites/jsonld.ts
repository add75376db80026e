import { MAX_TEXT_CHARS } from '../messages/limits';
import type { LaidOut } from '../text/layout';

/**
 * schema.org JobPosting from a page's JSON-LD, pure and DOM-free: the caller hands over the raw
 * text of each `<script type="application/ld+json">` block (the content script reads them from
 * the page, the CLI from a saved file) and the HTML reader to use: the page's own parser in the
 * content script (lib/text/page-html-to-text.ts), htmlparser2 in Node (lib/text/html-to-text.ts), so
 * neither bundle carries the other. Malformed blocks are skipped quietly: career sites ship
 * broken JSON often enough that one bad block must not hide a good one.
 */

/** HTML → text, cut after maxChars. */
export type HtmlReader = (html: string, maxChars?: number) => LaidOut;

/** A title, a company or a place is a line; anything longer is not one worth reading whole. */
const MAX_FIELD_CHARS = 1000;

export interface JobPostingLd {
  title: string | null;
  /** Plain text (the JSON-LD field is HTML, sometimes entity-escaped HTML), cut like the page's text. */
  description: string;
  /** The description held more than MAX_TEXT_CHARS characters; the rest was not read. */
  truncated: boolean;
  hiringOrganization: string | null;
  /** One readable line per location ("Berlin, BE, DE"). */
  jobLocation: string[];
  employmentType: string[];
  datePosted: string | null;
  identifier: string | null;
}

export interface FindOptions {
  /**
   * Skip postings inside an ItemList: on search pages the list holds OTHER jobs than the
   * selected one (Indeed search with a `vjk` selected).
   */
  ignoreLists?: boolean;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** Bounds the walk on hostile input (deeply nested or huge graphs). */
const MAX_DEPTH = 32;

export function findJobPosting(
  blocks: readonly string[],
  read: HtmlReader,
  options: FindOptions = {},
): JobPostingLd | null {
  for (const block of blocks) {
    let data: Json;
    try {
      data = JSON.parse(stripWrapper(block)) as Json;
    } catch {
      continue;
    }
    const found = walk(data, options, 0);
    if (found) return normalise(found, read);
  }
  return null;
}

/** Some sites wrap the JSON in an HTML comment or CDATA section. */
function stripWrapper(block: string): string {
  return block
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting" all name the same type. */
function hasType(o: JsonObject, type: string): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && x.replace(/^.*[/:#]/, '') === type);
}

function walk(v: Json, options: FindOptions, depth: number): JsonObject | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(v)) {
    for (const item of v) {
      const found = walk(item, options, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(v)) return null;
  if (hasType(v, 'JobPosting')) return v;
  if (options.ignoreLists && hasType(v, 'ItemList')) return null;
  // @graph first (the usual container), then any nested value (mainEntity, itemListElement, item...).
  const graph = v['@graph'];
  if (graph !== undefined) {
    const found = walk(graph, options, depth + 1);
    if (found) return found;
  }
  for (const [key, value] of Object.entries(v)) {
    if (key === '@graph' || typeof value !== 'object' || value === null) continue;
    const found = walk(value, options, depth + 1);
    if (found) return found;
  }
  return null;
}

type Str = (v: Json | undefined) => string | null;

/** A JSON value as one line of text (fields may hold HTML or entities), or null. */
function fieldText(v: Json | undefined, read: HtmlReader): string | null {
  if (typeof v === 'string') {
    const t = read(v, MAX_FIELD_CHARS).text.replace(/\s+/g, ' ').trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return String(v);
  return null;
}

function list(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function nameOf(v: Json | undefined, str: Str): string | null {
  for (const item of list(v)) {
    const s = isObject(item) ? str(item.name) : str(item);
    if (s) return s;
  }
  return null;
}

function description(v: Json | undefined, read: HtmlReader): LaidOut {
  if (typeof v !== 'string') return { text: '', truncated: false };
  // Entity-escaped HTML ("&lt;p&gt;Python&lt;/p&gt;") needs a second pass once decoded; the
  // first pass then reads it whole (its markup is not yet text) and the second one cuts.
  const escaped = !/<[a-z]/i.test(v);
  const once = read(v, escaped ? Number.POSITIVE_INFINITY : MAX_TEXT_CHARS);
  if (escaped && /<\/?[a-z][a-z0-9]*[\s/>]/i.test(once.text)) return trimmed(read(once.text, MAX_TEXT_CHARS));
  if (once.text.length <= MAX_TEXT_CHARS) return trimmed(once);
  return trimmed({ text: once.text.slice(0, MAX_TEXT_CHARS), truncated: true });
}

const trimmed = ({ text, truncated }: LaidOut): LaidOut => ({ text: text.trim(), truncated });

function location(place: Json, str: Str): string | null {
  if (!isObject(place)) return str(place);
  const address = place.address;
  if (!isObject(address)) return str(address) ?? str(place.name);
  const parts = [
    address.streetAddress,
    address.addressLocality,
    address.addressRegion,
    address.postalCode,
    isObject(address.addressCountry) ? address.addressCountry.name : address.addressCountry,
  ]
    .map((p) => str(p))
    .filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : str(place.name);
}

function identifier(v: Json | undefined, str: Str): string | null {
  for (const item of list(v)) {
    const s = isObject(item) ? (str(item.value) ?? str(item.name)) : str(item);
    if (s) return s;
  }
  return null;
}

/** A posting lists a handful of places and types; a hostile one is not read past this. */
const MAX_LIST = 50;

function normalise(o: JsonObject, read: HtmlReader): JobPostingLd {
  const str: Str = (v) => fieldText(v, read);
  const { text, truncated } = description(o.description, read);
  return {
    title: str(o.title) ?? str(o.name),
    description: text,
    truncated,
    hiringOrganization: nameOf(o.hiringOrganization, str),
    jobLocation: list(o.jobLocation)
      .slice(0, MAX_LIST)
      .map((place) => location(place, str))
      .filter((l): l is string => l !== null),
    employmentType: list(o.employmentType)
      .slice(0, MAX_LIST)
      .map((t) => str(t))
      .filter((t): t is string => t !== null),
    datePosted: str(o.datePosted),
    identifier: identifier(o.identifier, str),
  };
}
