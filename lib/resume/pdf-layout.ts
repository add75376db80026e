/**
 * Reading order for the text of a PDF page. A PDF stores positioned runs of text, in whatever
 * order the producing program wrote them; a two-column résumé can come out line by line
 * across both columns ("Python  Led a team of five"), which splits phrases and mixes
 * sections. A recursive XY cut puts it back: cut the page at a vertical gutter into
 * columns when one runs the full height of the region, else at a blank horizontal band into
 * blocks, and read the pieces left to right, top to bottom. Each step only partitions, so the
 * whole is O(n² log n) at worst for n runs, and n is small (a page of a résumé).
 */

/** One run of text, in PDF units: x, y of the baseline start (y grows upwards), width, height. */
export interface PdfRun {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const MIN_HEIGHT = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Splits runs at gaps of at least `gap` in the coverage of [lo, hi] intervals, in order. */
function splitAtGaps(runs: PdfRun[], lo: (r: PdfRun) => number, hi: (r: PdfRun) => number, gap: number) {
  const sorted = [...runs].sort((a, b) => lo(a) - lo(b));
  const groups: PdfRun[][] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const run of sorted) {
    if (groups.length === 0 || lo(run) - reach >= gap) groups.push([]);
    groups[groups.length - 1]?.push(run);
    reach = Math.max(reach, hi(run));
  }
  return groups;
}

/** Runs on one line (baselines within half a line of each other), left to right. */
function lines(runs: PdfRun[], lineHeight: number): string[] {
  const byLine = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfRun[][] = [];
  for (const run of byLine) {
    const line = out[out.length - 1];
    if (line && Math.abs((line[0] as PdfRun).y - run.y) <= lineHeight / 2) line.push(run);
    else out.push([run]);
  }
  return out.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of line) {
      // A run that starts where the last one ended continues the same word ("Py" "Torch").
      if (text && run.x - end > lineHeight * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      end = run.x + run.w;
    }
    return text.trim();
  });
}

function cut(runs: PdfRun[], lineHeight: number, out: string[]): void {
  if (runs.length === 0) return;
  // Columns first: a gutter one and a half lines wide, running the whole height of the region.
  const columns = splitAtGaps(
    runs,
    (r) => r.x,
    (r) => r.x + r.w,
    Math.max(lineHeight * 1.5, 4),
  );
  if (columns.length > 1) {
    for (const column of columns) cut(column, lineHeight, out);
    return;
  }
  // Then blocks: a blank band taller than the usual gap between lines (top of the page first).
  const blocks = splitAtGaps(
    runs,
    (r) => -(r.y + r.h),
    (r) => -r.y,
    lineHeight * 0.9,
  );
  if (blocks.length > 1) {
    for (const block of blocks) cut(block, lineHeight, out);
    return;
  }
  out.push(lines(runs, lineHeight).join('\n'));
}

/** One page's runs as text in reading order: blocks and columns separated by blank lines. */
export function pageText(runs: readonly PdfRun[]): string {
  const visible = runs.filter((r) => r.str.trim() !== '');
  if (visible.length === 0) return '';
  const lineHeight = Math.max(MIN_HEIGHT, median(visible.map((r) => r.h)));
  const out: string[] = [];
  cut(visible, lineHeight, out);
  return out.filter(Boolean).join('\n\n');
}
