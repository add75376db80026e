import { mayBeHeader } from './gate';
import { kindOfLabel, PREFERRED_WORD, REQUIREMENTS_WORD, type SectionKind } from './header-phrases';

/** A stretch of the posting and the kind of section it belongs to. */
export interface SectionSpan {
  start: number;
  end: number;
  kind: SectionKind;
}

interface HeaderLine {
  /** null: a header of unknown wording, which keeps the current kind (a sub-header). */
  kind: SectionKind | null;
  /** "Nice to have: Spark, Kafka": the label governs this line only. */
  inline: boolean;
}

/** Longest line examined at all (an inline "Nice to have: ..." label line can be long). */
const MAX_HEADER_LINE = 400;

const BULLET = /^\s*(?:[-*•·▪►▸◦‣⁃○●■□✓✔➤→–—+]|\d{1,2}[.)])\s+/;
const LEADING_MARKS =
  /^[\s#>*•·▪►▸◦‣⁃○●■□✓✔➤→–—+-]*(?:\d{1,2}[.)]\s+)?(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)*/u;
const BOLD = /^(?:\*\*|__).+(?:\*\*|__)\s*[:：]?\s*$/;
const INLINE_LABEL = /^([^:：]{2,50})[:：]\s*(\S.*)$/;
const TRAILING = /[\s:：.!–—\-*_]+$/;

/** Lower case, straight apostrophes, letters/digits/&/'/- only, single spaces. */
export function normaliseLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}&' ()-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isAllCaps(s: string): boolean {
  if (/[,/]/.test(s) || /\p{Ll}/u.test(s)) return false;
  return (s.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

/** Is text[a, b) a header line, and of which kind? */
export function classifyLine(line: string): HeaderLine | null {
  const hash = /^\s*#{1,6}\s/.test(line);
  const bulleted = !hash && BULLET.test(line);
  let core = line.replace(LEADING_MARKS, '');
  const bold = BOLD.test(core);
  core = core.replace(/\*\*|__/g, '');
  const inline = INLINE_LABEL.exec(core);
  if (inline) {
    const kind = kindOfLabel(normaliseLabel(inline[1] as string));
    return kind ? { kind, inline: true } : null;
  }
  const colon = /[:：]\s*$/.test(core);
  core = core.replace(TRAILING, '');
  if (core.length < 2 || core.length > 60 || core.split(' ').length > 8) return null;
  const label = normaliseLabel(core);
  const kind = kindOfLabel(label);
  if (kind) return { kind, inline: false };
  const formatted = hash || bold || colon || isAllCaps(core);
  if (!formatted || (bulleted && !bold)) return null;
  if (PREFERRED_WORD.test(label)) return { kind: 'preferred', inline: false };
  if (REQUIREMENTS_WORD.test(label)) return { kind: 'requirements', inline: false };
  return { kind: null, inline: false };
}

/**
 * Splits a posting into sections by its header lines: Title Case or ALL CAPS lines, trailing
 * colons, markdown #, **bold**, bulleted or numbered headers, emoji in front. Text before the first
 * header is 'other'. Only lines of at most MAX_HEADER_LINE characters are examined.
 */
export function splitSections(text: string): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let kind: SectionKind = 'other';
  let spanStart = 0;
  const n = text.length;
  let a = 0;
  while (a <= n) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = n;
    const len = b - a;
    if (len > 1 && len <= MAX_HEADER_LINE && mayBeHeader(text, a, b)) {
      const h = classifyLine(text.slice(a, b));
      if (h?.inline && h.kind) {
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        spans.push({ start: a, end: b, kind: h.kind });
        spanStart = b;
      } else if (h) {
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        kind = h.kind ?? kind;
        spanStart = a;
      }
    }
    a = b + 1;
  }
  if (n > spanStart || spans.length === 0) spans.push({ start: spanStart, end: n, kind });
  return spans;
}
