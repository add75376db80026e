import type { SelectorEntry } from '../selectors';

/**
 * LinkedIn's three DOMs (docs/job-sites.md). Newest first, fallbacks after.
 * The SDUI layout has per-build hashed class names: attributes only there.
 */

export const LINKEDIN_CLASSIC = {
  pane: [
    {
      selector: '.jobs-search__job-details--container',
      since: '2026-08',
      note: 'search/collections details pane',
    },
    { selector: '.jobs-details__main-content', since: '2024-06', note: 'details main column' },
    { selector: '.job-view-layout', since: '2023-01', note: '/jobs/view/ page body' },
  ],
  title: [
    { selector: '.job-details-jobs-unified-top-card__job-title', since: '2026-08', note: 'h1 since 2024' },
    { selector: '.jobs-unified-top-card__job-title', since: '2023-01', note: 'older top card' },
    { selector: 'h1', since: '2020-01', note: 'any h1 inside the pane' },
  ],
  company: [
    { selector: '.job-details-jobs-unified-top-card__company-name a', since: '2026-08', note: 'linked name' },
    { selector: '.job-details-jobs-unified-top-card__company-name', since: '2024-06', note: 'unlinked name' },
    { selector: '.jobs-unified-top-card__company-name', since: '2023-01', note: 'older top card' },
  ],
  location: [
    {
      selector: '.job-details-jobs-unified-top-card__tertiary-description-container',
      since: '2026-08',
      note: 'meta line; location is the first segment before "·"',
    },
    {
      selector: '.job-details-jobs-unified-top-card__primary-description-container',
      since: '2024-06',
      note: 'older meta line, same format',
    },
  ],
  description: [
    { selector: '#job-details', since: '2026-08', note: 'text block under "About the job"' },
    { selector: '.jobs-description__content', since: '2024-06', note: 'description card content' },
    { selector: '.jobs-box__html-content', since: '2022-01', note: 'html content box' },
    { selector: '.jobs-description', since: '2020-01', note: 'most durable: present since 2020' },
  ],
} satisfies Record<string, SelectorEntry[]>;

export const LINKEDIN_SDUI = {
  root: [
    {
      selector: '[data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.SemanticJobDetails"]',
      since: '2026-08',
      note: 'job details screen',
    },
  ],
  description: [
    {
      selector: '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
      since: '2026-08',
      note: 'About the job text box (the id-specific key is tried first in code)',
    },
    { selector: '[data-sdui-component*="aboutTheJob"]', since: '2026-03', note: 'component name' },
  ],
  company: [{ selector: 'a[href*="/company/"]', since: '2026-03', note: 'company link' }],
  meta: [
    {
      selector: '[data-testid="job-details-top-card-metadata"]',
      since: '2026-08',
      note: 'location · posted · applicants',
    },
  ],
} satisfies Record<string, SelectorEntry[]>;

export const LINKEDIN_GUEST = {
  pane: [
    {
      selector: '.details-pane__content',
      since: '2026-12',
      note: 'logged-out search: the selected job beside the result list',
    },
  ],
  title: [
    {
      selector: 'h2.top-card-layout__title',
      since: '2026-12',
      note: 'logged-out search pane: an h2 (the page h1 is the list header, "46 jobs in India")',
    },
    { selector: 'h1.top-card-layout__title', since: '2024-01', note: 'guest top card' },
    { selector: 'h1.topcard__title', since: '2021-01', note: 'older guest top card' },
  ],
  company: [
    { selector: 'a.topcard__org-name-link', since: '2024-01', note: 'company link' },
    { selector: '.top-card-layout__company-url', since: '2022-01', note: 'company url' },
  ],
  location: [{ selector: '.topcard__flavor--bullet', since: '2022-01', note: 'location flavor' }],
  description: [
    { selector: '.show-more-less-html__markup', since: '2024-01', note: 'description markup' },
    { selector: '.description__text', since: '2021-01', note: 'description wrapper' },
  ],
} satisfies Record<string, SelectorEntry[]>;
