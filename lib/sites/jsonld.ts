import { htmlToText } from '../text/html-to-text';

/**
 * schema.org JobPosting from a page's JSON-LD, pure and DOM-free: the caller hands over the raw
 * text of each `<script type="application/ld+json">` block (the content script reads them from
 * the page, the CLI from a saved file). Malformed blocks are skipped quietly: career sites ship
 * broken JSON often enough that one bad block must not hide a good one.
 */

export interface JobPostingLd {
  title: string | null;
  /** Plain text (the JSON-LD field is HTML, sometimes entity-escaped HTML). */
  description: string;
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

export function findJobPosting(blocks: readonly string[], options: FindOptions = {}): JobPostingLd | null {
  for (const block of blocks) {
    let data: Json;
    try {
      data = JSON.parse(stripWrapper(block)) as Json;
    } catch {
      continue;
    }
    const found = walk(data, options, 0);
    if (found) return normalise(found);
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

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const t = htmlToText(v).replace(/\s+/g, ' ').trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return String(v);
  return null;
}

function list(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function nameOf(v: Json | undefined): string | null {
  for (const item of list(v)) {
    const s = isObject(item) ? str(item.name) : str(item);
    if (s) return s;
  }
  return null;
}

function description(v: Json | undefined): string {
  if (typeof v !== 'string') return '';
  // Entity-escaped HTML ("&lt;p&gt;Python&lt;/p&gt;") needs a second pass once decoded.
  const once = htmlToText(v);
  const text = /<\/?[a-z][a-z0-9]*[\s/>]/i.test(once) && !/<[a-z]/i.test(v) ? htmlToText(once) : once;
  return text.trim();
}

function location(place: Json): string | null {
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

function identifier(v: Json | undefined): string | null {
  for (const item of list(v)) {
    const s = isObject(item) ? (str(item.value) ?? str(item.name)) : str(item);
    if (s) return s;
  }
  return null;
}

function normalise(o: JsonObject): JobPostingLd {
  return {
    title: str(o.title) ?? str(o.name),
    description: description(o.description),
    hiringOrganization: nameOf(o.hiringOrganization),
    jobLocation: list(o.jobLocation)
      .map(location)
      .filter((l): l is string => l !== null),
    employmentType: list(o.employmentType)
      .map((t) => str(t))
      .filter((t): t is string => t !== null),
    datePosted: str(o.datePosted),
    identifier: identifier(o.identifier),
  };
}
