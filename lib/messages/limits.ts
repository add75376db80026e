/**
 * Bounds shared by the content script (which cuts what it sends) and the background's message
 * schema (which refuses anything longer). One place, so the two never disagree. Plain
 * numbers: the content script imports this without the schema library.
 */

/**
 * Characters of posting text read and sent. Postings run 2-10k (LinkedIn caps descriptions
 * near 10k); past this the page is not a posting we can help with.
 */
export const MAX_TEXT_CHARS = 60_000;
/**
 * Characters of résumé text the options page sends for reading: a résumé is a few pages, and
 * the engine reads postings this long.
 */
export const MAX_RESUME_CHARS = 60_000;
export const MAX_TITLE_CHARS = 300;
/** Company and location lines. */
export const MAX_LINE_CHARS = 200;
export const MAX_URL_CHARS = 4096;
/** Site and job ids are short tokens ("linkedin", "4012345678"). */
export const MAX_ID_CHARS = 200;
/**
 * Names or ids in one catalogue lookup from the options page: an imported profile holds at
 * most 2,000 entries of each list; the page sends longer lists in several messages.
 */
export const MAX_LOOKUPS = 2000;
