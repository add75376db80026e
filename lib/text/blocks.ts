/**
 * Block layout shared by the two readers, lib/text/html-to-text.ts (HTML strings) and
 * lib/content/text-map.ts (the page's DOM), so both set out a posting's sections alike.
 */

/** Elements that start and end a line. */
export const BLOCK: ReadonlySet<string> = new Set(
  'address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody tfoot thead tr ul'.split(
    ' ',
  ),
);

/** Blocks that also leave a blank line, so a section header stands on its own. */
export const PARAGRAPH: ReadonlySet<string> = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol dl table blockquote pre section article header footer'.split(' '),
);
