import type { Candidate } from './matcher/scan';

/**
 * Saved postings often start with metadata lines ("Company: Greyfen Robotics", "Location:
 * Building S3, Cambridge"). Names and addresses there are not skills the posting asks for.
 */
const METADATA =
  /^[ \t]*(?:company|employer|location|office|address|salary|posted|job id|req(?:uisition)? id)[ \t]*:/i;

export function dropMetadataLines(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let lineStart = -1;
  let lineEnd = -1;
  let metadata = false;
  for (const c of cands) {
    if (c.start >= lineEnd) {
      lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      lineEnd = text.indexOf('\n', c.start);
      if (lineEnd < 0) lineEnd = text.length;
      metadata = METADATA.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
    }
    if (!metadata) out.push(c);
  }
  return out;
}
