import type { SiteDetector } from '../types';

/**
 * Career sites known to embed a schema.org JobPosting, declared by host. Each detector
 * reads the job id from the URL so a board's index page (no job) is left alone.
 */
function careerSite(site: string, host: RegExp, path: RegExp): SiteDetector {
  return {
    site,
    ownsHost: (url) => host.test(url.hostname),
    jobId(url) {
      if (!host.test(url.hostname)) return null;
      return path.exec(url.pathname)?.[1] ?? null;
    },
  };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const CAREER_SITES: readonly SiteDetector[] = [
  // boards.greenhouse.io/acme/jobs/4012345 and job-boards(.eu).greenhouse.io/acme/jobs/4012345
  careerSite(
    'greenhouse',
    /^(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io$/,
    /^\/[^/]+\/jobs\/(\d+)(?:\/|$)/,
  ),
  // jobs.lever.co/acme/<uuid> (and /apply after it)
  careerSite('lever', /^jobs(?:\.eu)?\.lever\.co$/, new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, 'i')),
  // jobs.ashbyhq.com/acme/<uuid>
  careerSite('ashby', /^jobs\.ashbyhq\.com$/, new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, 'i')),
  // acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/ML-Engineer_R-12345
  careerSite('workday', /(^|\.)myworkdayjobs\.com$/, /\/job\/(?:[^/]+\/)*[^/]*_([A-Za-z0-9-]+)\/?$/),
  // jobs.smartrecruiters.com/Acme/744000012345678-machine-learning-engineer
  careerSite('smartrecruiters', /^jobs\.smartrecruiters\.com$/, /^\/[^/]+\/(\d{6,})(?:-[^/]*)?\/?$/),
];
