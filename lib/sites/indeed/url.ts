import type { SiteDetector } from '../types';

/** www.indeed.com and every country domain (uk., de., fr.indeed.com ...). */
const HOST = /(^|\.)indeed\.com$/;
const KEY = /^[0-9a-f]{16}$/i;
/** Pages whose ?jk= is the job itself (the search pane uses ?vjk=). */
const JK_PATHS = /^\/(?:m\/)?(?:viewjob|rc\/clk|pagead\/clk)\/?$/;

export const indeedUrl: SiteDetector = {
  site: 'indeed',
  ownsHost: (url) => HOST.test(url.hostname),
  jobId(url) {
    if (!HOST.test(url.hostname)) return null;
    const vjk = url.searchParams.get('vjk');
    if (vjk && KEY.test(vjk)) return vjk.toLowerCase();
    const jk = url.searchParams.get('jk');
    if (jk && KEY.test(jk) && JK_PATHS.test(url.pathname)) return jk.toLowerCase();
    return null;
  },
};
