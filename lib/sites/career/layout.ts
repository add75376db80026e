import { findJsonLdPosting } from '../fallback';
import { lineText } from '../selectors';
import type { LayoutAdapter } from '../types';

/** The h1 naming the posting, if the page shows one (the chip anchors after it). */
function titleHeading(doc: Document, title: string | null): Element | null {
  const h1s = [...doc.querySelectorAll('h1')];
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return h1s.find((h) => title && norm(h.textContent).includes(norm(title))) ?? h1s[0] ?? null;
}

/** Career sites: the JSON-LD JobPosting says what the job is; the page's text says where. */
export function careerLayout(site: string): LayoutAdapter {
  return {
    site,
    layout: 'jsonld',
    find(doc, _url, jobId) {
      const match = findJsonLdPosting(doc);
      if (!match) return null;
      const { posting, element } = match;
      const titleElement = titleHeading(doc, posting.title);
      return {
        site,
        layout: 'jsonld',
        jobId,
        title: posting.title ?? lineText(titleElement) ?? doc.title,
        company: posting.hiringOrganization,
        location: posting.jobLocation[0] ?? null,
        titleElement,
        descriptionElement: element,
      };
    },
  };
}
