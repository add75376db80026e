import type { SelectorEntry } from '../selectors';

/** Indeed's viewjob page and the search page's right-hand pane (same component inside). */
export const INDEED = {
  root: [
    { selector: '#jobsearch-ViewjobPaneWrapper', since: '2026-08', note: 'search pane, re-rendered per vjk' },
    { selector: '.jobsearch-RightPane', since: '2024-01', note: 'older right pane' },
    { selector: '#viewJobSSRRoot', since: '2024-01', note: '/viewjob page root' },
    { selector: '.jobsearch-JobComponent', since: '2022-01', note: 'job component' },
  ],
  title: [
    { selector: 'h1.jobsearch-JobInfoHeader-title', since: '2026-08', note: '/viewjob h1' },
    {
      selector: '[data-testid="jobsearch-JobInfoHeader-title"]',
      since: '2026-08',
      note: 'pane h2; may end with a " - job post" span',
    },
    { selector: '[data-testid="simpler-jobTitle"]', since: '2025-01', note: 'simplified header' },
  ],
  company: [
    {
      selector: '.jobsearch-JobInfoHeader-companyNameSimple',
      since: '2026-12',
      note: 'simplified (lab) pane; holds a CSS-in-JS <style> before the name',
    },
    { selector: '[data-testid="inlineHeader-companyName"]', since: '2026-08', note: 'header company' },
    { selector: '[data-company-name="true"]', since: '2023-01', note: 'older company attribute' },
  ],
  location: [
    {
      selector: '[data-testid="jobsearch-JobInfoHeader-companyLocation"] > div:first-child',
      since: '2026-12',
      note: 'simplified (lab) pane: the place first, then the work type',
    },
    { selector: '[data-testid="inlineHeader-companyLocation"]', since: '2026-08', note: 'header location' },
    { selector: '[data-testid="job-location"]', since: '2023-01', note: 'older location' },
  ],
  description: [
    { selector: '#jobDescriptionText', since: '2026-08', note: 'stable for years' },
    { selector: '[id^="jobDescriptionText"]', since: '2024-01', note: 'suffixed id variant' },
    { selector: '.jobsearch-JobComponent-description', since: '2022-01', note: 'description wrapper' },
  ],
} satisfies Record<string, SelectorEntry[]>;
