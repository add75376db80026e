/**
 * What a site adapter finds on a page: the selected posting and the element holding its
 * description (the only place the content script highlights).
 */
export interface Posting {
  /** Site id ('linkedin', 'indeed', 'greenhouse'...; 'page' for on-request analysis). */
  site: string;
  /** Which DOM shape was recognised ('classic', 'sdui', 'guest', 'jsonld', 'fallback'...). */
  layout: string;
  jobId: string | null;
  title: string;
  company: string | null;
  location: string | null;
  /** Where the chip anchors; null → a fixed corner. */
  titleElement: Element | null;
  descriptionElement: Element;
}

/** One site. URL detection is pure (tested on URLs alone); DOM reading takes the document. */
export interface SiteDetector {
  site: string;
  /** True when `url` belongs to this site (host, whatever the path). */
  ownsHost(url: URL): boolean;
  /** The selected job's id when `url` shows a posting on this site; null otherwise. */
  jobId(url: URL): string | null;
}

/** One DOM layout of a site. Several layouts can share a site (LinkedIn has three). */
export interface LayoutAdapter {
  site: string;
  layout: string;
  /** Reads the posting; null when this layout is not on the page (or its selectors drifted). */
  find(doc: Document, url: URL, jobId: string | null): Posting | null;
}
