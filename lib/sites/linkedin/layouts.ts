import { lineText, pick } from '../selectors';
import type { LayoutAdapter } from '../types';
import { LINKEDIN_CLASSIC, LINKEDIN_GUEST, LINKEDIN_SDUI } from './selectors';

/** "Berlin, Germany · 3 days ago · 200 applicants" → "Berlin, Germany" */
export function firstSegment(line: string | null): string | null {
  const first = line?.split('·')[0]?.trim();
  return first ? first : null;
}

/** "Senior ML Engineer | Acme | LinkedIn" → "Senior ML Engineer" (last resort for a title). */
export function titleFromDocument(doc: Document): string {
  return doc.title.split(/\s[|·–-]\s/)[0]?.trim() ?? '';
}

/** Signed-in classic layout: readable class names, a details pane beside the list. */
export const linkedinClassic: LayoutAdapter = {
  site: 'linkedin',
  layout: 'classic',
  find(doc, _url, jobId) {
    const pane = pick(doc, LINKEDIN_CLASSIC.pane) ?? doc;
    const description = pick(pane, LINKEDIN_CLASSIC.description);
    if (!description) return null;
    const titleElement = pick(pane, LINKEDIN_CLASSIC.title);
    return {
      site: 'linkedin',
      layout: 'classic',
      jobId,
      title: lineText(titleElement) ?? titleFromDocument(doc),
      company: lineText(pick(pane, LINKEDIN_CLASSIC.company)),
      location: firstSegment(lineText(pick(pane, LINKEDIN_CLASSIC.location))),
      titleElement,
      descriptionElement: description,
    };
  },
};

/** Server-driven layout: hashed class names, so attributes only. */
export const linkedinSdui: LayoutAdapter = {
  site: 'linkedin',
  layout: 'sdui',
  find(doc, _url, jobId) {
    const root = pick(doc, LINKEDIN_SDUI.root);
    if (!root) return null;
    const exact = jobId
      ? root.querySelector(
          `[componentkey="JobDetails_AboutTheJob_${jobId}"] [data-testid="expandable-text-box"]`,
        )
      : null;
    const description = exact ?? pick(root, LINKEDIN_SDUI.description);
    if (!description) return null;
    // No h1 here: the title is the link to the job's own page.
    const titleElement = jobId ? root.querySelector(`a[href*="/jobs/view/${jobId}"]`) : null;
    return {
      site: 'linkedin',
      layout: 'sdui',
      jobId,
      title: lineText(titleElement) ?? titleFromDocument(doc),
      company: lineText(pick(root, LINKEDIN_SDUI.company)),
      location: firstSegment(lineText(pick(root, LINKEDIN_SDUI.meta))),
      titleElement,
      descriptionElement: description,
    };
  },
};

/** Signed-out pages: /jobs/view/, and the detail pane of the logged-out search. */
export const linkedinGuest: LayoutAdapter = {
  site: 'linkedin',
  layout: 'guest',
  find(doc, _url, jobId) {
    // In the search pane, never the result cards' titles or the list's h1.
    const root = pick(doc, LINKEDIN_GUEST.pane) ?? doc;
    const description = pick(root, LINKEDIN_GUEST.description);
    if (!description) return null;
    const titleElement = pick(root, LINKEDIN_GUEST.title);
    return {
      site: 'linkedin',
      layout: 'guest',
      jobId,
      title: lineText(titleElement) ?? titleFromDocument(doc),
      company: lineText(pick(root, LINKEDIN_GUEST.company)),
      location: lineText(pick(root, LINKEDIN_GUEST.location)),
      titleElement,
      descriptionElement: description,
    };
  },
};
