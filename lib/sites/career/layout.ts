import { findJsonLdPosting } from '../fallback';
import { lineText } from '../selectors';
import { readableText } from '../skip';
import type { LayoutAdapter } from '../types';

const norm = (el: Element) => readableText(el).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The heading naming the posting (the chip anchors after it): a heading whose text is the
 * JSON-LD title (Lever and Workday use h2), else the first h1.
 */
function titleHeading(doc: Document, title: string | null): Element | null {
  const wanted = (title ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const headings = [...doc.querySelectorAll('h1, h2, h3, [role="heading"]')];
  return (
    (wanted ? headings.find((h) => norm(h) === wanted) : undefined) ??
    (wanted ? headings.find((h) => norm(h).includes(wanted)) : undefined) ??
    doc.querySelector('h1')
  );
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
