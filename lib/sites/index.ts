import { CAREER_SITES } from './career/hosts';
import { careerLayout } from './career/layout';
import { findDescriptionFallback, mainText } from './fallback';
import { greenhouseBoard } from './greenhouse/board';
import { indeedLayout } from './indeed/layout';
import { indeedUrl } from './indeed/url';
import { linkedinClassic, linkedinGuest, linkedinSdui, titleFromDocument } from './linkedin/layouts';
import { linkedinUrl } from './linkedin/url';
import { lineText } from './selectors';
import type { LayoutAdapter, Posting, SiteDetector } from './types';

export type { Posting } from './types';

export const DETECTORS: readonly SiteDetector[] = [linkedinUrl, indeedUrl, ...CAREER_SITES];

/** Layouts per site, tried in order: the most specific DOM shape first. */
export const LAYOUTS: Readonly<Record<string, readonly LayoutAdapter[]>> = {
  linkedin: [linkedinSdui, linkedinClassic, linkedinGuest],
  indeed: [indeedLayout],
  ...Object.fromEntries(CAREER_SITES.map((d) => [d.site, [careerLayout(d.site)]])),
  // The newer board may carry no JSON-LD: then the page's own markup.
  greenhouse: [careerLayout('greenhouse'), greenhouseBoard],
};

export interface Recognised {
  site: string;
  jobId: string | null;
}

/** Which known site a URL belongs to, and the selected job's id (null: not a posting). */
export function recognise(url: URL): Recognised | null {
  const detector = DETECTORS.find((d) => d.ownsHost(url));
  return detector ? { site: detector.site, jobId: detector.jobId(url) } : null;
}

export type Report = (piece: string, error: unknown) => void;

/**
 * The posting shown at `url`, or null. One layout throwing does not stop the others
 * (reported once by name); when every layout misses, the class-free fallback runs.
 */
export function findPosting(doc: Document, url: URL, report: Report = () => {}): Posting | null {
  const known = recognise(url);
  if (!known?.jobId) return null;
  for (const layout of LAYOUTS[known.site] ?? []) {
    try {
      const found = layout.find(doc, url, known.jobId);
      if (found) return found;
    } catch (error) {
      report(`${layout.site}/${layout.layout}`, error);
    }
  }
  return fallbackPosting(doc, known.site, known.jobId, url.searchParams.has('vjk'));
}

function titleElementOf(doc: Document): Element | null {
  return doc.querySelector('h1');
}

/** Class-free reading: JSON-LD matched to the page, else the description's headings. */
export function fallbackPosting(
  doc: Document,
  site: string,
  jobId: string | null,
  ignoreLists = false,
): Posting | null {
  const found = findDescriptionFallback(doc, ignoreLists);
  if (!found) return null;
  const titleElement = titleElementOf(doc);
  return {
    site,
    layout: `fallback-${found.how}`,
    jobId,
    title: found.posting?.title ?? lineText(titleElement) ?? titleFromDocument(doc),
    company: found.posting?.hiringOrganization ?? null,
    location: found.posting?.jobLocation[0] ?? null,
    titleElement,
    descriptionElement: found.element,
  };
}

/** On request, on any page: the fallback, else the page's main text. */
export function pagePosting(doc: Document, url: URL): Posting | null {
  const known = recognise(url);
  const site = known?.site ?? 'page';
  const posting =
    (known?.jobId ? findPosting(doc, url) : null) ?? fallbackPosting(doc, site, known?.jobId ?? null);
  if (posting) return posting;
  const main = mainText(doc);
  if (!main) return null;
  const titleElement = titleElementOf(doc);
  return {
    site,
    layout: 'page',
    jobId: null,
    title: lineText(titleElement) ?? titleFromDocument(doc),
    company: null,
    location: null,
    titleElement,
    descriptionElement: main,
  };
}
