import type { SiteDetector } from '../types';

const HOST = /(^|\.)linkedin\.com$/;
/** /jobs/view/123/ and /jobs/view/senior-ml-engineer-at-acme-123 (country subdomains too). */
const VIEW = /^\/jobs\/view\/(?:[^/]*?-)?(\d{5,})(?:\/|$)/;
/** List pages where the selected job lives in ?currentJobId= */
const LIST = /^\/jobs\/(?:search|search-results|collections(?:\/[^/]+)?)\/?$/;
const ID = /^\d{5,}$/;

export const linkedinUrl: SiteDetector = {
  site: 'linkedin',
  ownsHost: (url) => HOST.test(url.hostname),
  jobId(url) {
    if (!HOST.test(url.hostname)) return null;
    const view = VIEW.exec(url.pathname);
    if (view?.[1]) return view[1];
    if (!LIST.test(url.pathname)) return null;
    const current = url.searchParams.get('currentJobId');
    return current && ID.test(current) ? current : null;
  },
};
