import { findJobPosting } from '../sites/jsonld';
import { htmlToText, scanHtml } from '../text/html-to-text';

/**
 * What to analyse in a file's text: a plain posting (with optional Title:/Company:/Location:
 * header lines) or a saved HTML page (its JSON-LD JobPosting, else its visible text).
 */

export interface PostingSource {
  /** The text handed to the engine; mention offsets count from its start. */
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  origin: 'text' | 'json-ld' | 'html';
  /** The JSON-LD description was cut at MAX_TEXT_CHARS, as the extension cuts a page's text. */
  truncated: boolean;
}

const HEADER = /^[ \t]*(title|company|location)[ \t]*:[ \t]*(.*?)[ \t]*$/i;

/**
 * Leading metadata lines, read but not removed: the engine analyses the whole file so that
 * offsets stay offsets into the file (an editor or the corpus gold can point at them).
 */
export function fromPlainText(text: string): PostingSource {
  const meta: Record<string, string> = {};
  for (const line of text.split(/\r?\n/, 8)) {
    if (line.trim() === '' && Object.keys(meta).length === 0) continue;
    const m = HEADER.exec(line);
    if (!m) break;
    const key = (m[1] as string).toLowerCase();
    if (m[2] && !(key in meta)) meta[key] = m[2];
  }
  return {
    text,
    title: meta.title ?? null,
    company: meta.company ?? null,
    location: meta.location ?? null,
    origin: 'text',
    truncated: false,
  };
}

export function fromHtml(html: string): PostingSource {
  const page = scanHtml(html);
  // A saved page shows one job: an ItemList there is a "similar jobs" rail, not this posting.
  const ld = findJobPosting(page.jsonLd, htmlToText, { ignoreLists: true });
  if (ld && ld.description !== '') {
    return {
      text: ld.description,
      title: ld.title ?? page.h1 ?? page.title,
      company: ld.hiringOrganization,
      location: ld.jobLocation.length > 0 ? ld.jobLocation.join(' / ') : null,
      origin: 'json-ld',
      truncated: ld.truncated,
    };
  }
  return {
    text: page.text,
    title: page.h1 ?? page.title,
    company: null,
    location: null,
    origin: 'html',
    truncated: false,
  };
}

export function looksLikeHtml(file: string, text: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  return /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text.slice(0, 1024));
}

export function postingSource(file: string, text: string): PostingSource {
  return looksLikeHtml(file, text) ? fromHtml(text) : fromPlainText(text);
}
