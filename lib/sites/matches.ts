/**
 * Hosts where the content script runs on its own (the manifest's content_scripts.matches).
 * Everything else is analysed only on request, through activeTab + scripting, so the
 * extension holds no broad host permission.
 */
export const JOB_SITE_MATCHES = [
  // All of LinkedIn: it is a single-page app, so /feed → /jobs happens without a page load.
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.smartrecruiters.com/*',
];
