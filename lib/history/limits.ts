/**
 * What keeps a page from filling the history. Only what the user looked at is saved, new
 * postings are rate-limited per site and per tab, and the table has a ceiling. The README's
 * History section and the options page's history settings state these numbers.
 */

/** A posting counts as looked at once it has stayed in the visible, active tab this long. */
export const DWELL_MS = 2500;

/** At most this many new postings per site, and per tab, within RATE_WINDOW_MS. */
export const RATE_MAX = 30;
export const RATE_WINDOW_MS = 10 * 60_000;

/** The most postings kept; a new one beyond it removes the least recently viewed. */
export const MAX_ROWS = 10_000;
