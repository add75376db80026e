/**
 * Block layout shared by the readers of HTML: lib/text/html-to-text.ts (HTML strings, in Node),
 * lib/text/page-html-to-text.ts (HTML strings, in the page) and lib/content/text-map.ts (the page's
 * own DOM), so all of them set out a posting's sections alike.
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

/** Lists: a list item inside one is a "• " line. */
export const LIST: ReadonlySet<string> = new Set(['ul', 'ol', 'menu', 'dir']);

/**
 * Elements whose content is never text a reader sees: code, styles, inert templates, graphics,
 * form controls' option lists and fallbacks for other browsers.
 */
export const NOT_TEXT: ReadonlySet<string> = new Set(
  'script style noscript template textarea title xmp iframe noembed noframes svg math object select'.split(
    ' ',
  ),
);
