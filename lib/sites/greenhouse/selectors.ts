import type { SelectorEntry } from '../selectors';

/**
 * Greenhouse's newer board (job-boards.greenhouse.io), which may carry no JSON-LD: the posting
 * is read from the page. The company is named only by the logo's alt text and the document
 * title ("Job Application for <title> at <company>").
 */
export const GREENHOUSE_BOARD = {
  title: [{ selector: 'h1.section-header', since: '2026-12', note: 'job title above the location' }],
  logo: [{ selector: '.logo-container img[alt]', since: '2026-12', note: 'alt: "<company> Logo"' }],
  location: [{ selector: '.job__location', since: '2026-12', note: 'place beside a pin icon' }],
  description: [{ selector: '.job__description', since: '2026-12', note: 'description body' }],
} satisfies Record<string, SelectorEntry[]>;
