import { lineText, pick } from '../selectors';
import type { LayoutAdapter } from '../types';
import { GREENHOUSE_BOARD } from './selectors';

/** "Job Application for Machine Learning Engineer at Acme Robotics" → "Acme Robotics". */
export function companyFromTitle(title: string): string | null {
  const company = /^Job Application for .+ at (.+)$/.exec(title.trim())?.[1]?.trim();
  return company ? company : null;
}

/** "Acme Robotics Logo" → "Acme Robotics". */
export function companyFromLogo(alt: string | null | undefined): string | null {
  const company = alt?.replace(/\s+logo$/i, '').trim();
  return company ? company : null;
}

/** The newer board without JSON-LD: title, place and description from the page itself. */
export const greenhouseBoard: LayoutAdapter = {
  site: 'greenhouse',
  layout: 'board',
  find(doc, _url, jobId) {
    const description = pick(doc, GREENHOUSE_BOARD.description);
    if (!description) return null;
    const titleElement = pick(doc, GREENHOUSE_BOARD.title);
    return {
      site: 'greenhouse',
      layout: 'board',
      jobId,
      title: lineText(titleElement) ?? doc.title,
      company:
        companyFromTitle(doc.title) ?? companyFromLogo(pick(doc, GREENHOUSE_BOARD.logo)?.getAttribute('alt')),
      location: lineText(pick(doc, GREENHOUSE_BOARD.location)),
      titleElement,
      descriptionElement: description,
    };
  },
};
