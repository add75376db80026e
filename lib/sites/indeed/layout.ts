import { lineText, pick } from '../selectors';
import type { LayoutAdapter } from '../types';
import { INDEED } from './selectors';

/** The pane's title ends in a screen-reader " - job post" span. */
export function cleanIndeedTitle(title: string | null): string | null {
  const t = title?.replace(/\s*-\s*job post\s*$/i, '').trim();
  return t ? t : null;
}

export const indeedLayout: LayoutAdapter = {
  site: 'indeed',
  layout: 'viewjob',
  find(doc, url, jobId) {
    const root = pick(doc, INDEED.root) ?? doc;
    const description = pick(root, INDEED.description);
    if (!description) return null;
    const titleElement = pick(root, INDEED.title);
    return {
      site: 'indeed',
      layout: url.searchParams.has('vjk') ? 'pane' : 'viewjob',
      jobId,
      title: cleanIndeedTitle(lineText(titleElement)) ?? doc.title.split(' - ')[0]?.trim() ?? '',
      company: lineText(pick(root, INDEED.company)),
      location: lineText(pick(root, INDEED.location)),
      titleElement,
      descriptionElement: description,
    };
  },
};
