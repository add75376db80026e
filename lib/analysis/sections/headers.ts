import { CLASS, isRegExpSpace, LOWER, WORD } from '../matcher/chars';
import { lineBreaksOf } from '../matcher/context';
import { mayBeHeader } from './gate';
import { kindOfLabel, PREFERRED_WORD, REQUIREMENTS_WORD, type SectionKind } from './header-phrases';
import { boundedMemo } from './memo';

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
/** Characters that may precede a header's words: spaces, markdown, bullets, arrows. */
const MARKS = new Uint8Array(65536);
for (const ch of ' \t#>*•·▪►▸◦‣⁃○●■□✓✔➤→–—+-_\u00a0\ufe0f\u200d') MARKS[ch.charCodeAt(0)] = 1;

/** Index of the first character after leading marks, "1." / "2)" numbering and emoji. */
function skipMarks(line: string): number {
  let i = 0;
  for (;;) {
    while (i < line.length && MARKS[line.charCodeAt(i)] === 1) i++;
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      i += 2; // emoji (astral) before a header: "🎯 Requirements"
      continue;
    }
    if (c >= 0x2600 && c <= 0x27bf) {
      i++; // dingbats and misc symbols: ✅ ⭐ ✨
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < line.length && j - i < 2 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
      const d = line.charCodeAt(j);
      if ((d === 46 || d === 41) && line.charCodeAt(j + 1) === 32) {
        i = j + 2;
        continue;
      }
    }
    return i;
  }
}

/** Lower case, straight apostrophes, letters/digits/&/'/()/- only, single spaces. */
export function normaliseLabel(s: string): string {
  const lower = s.toLowerCase();
  // Fast path: most labels are plain words ("nice to have", "what you'll do").
  if (!/[^a-z0-9&'() -]|\s\s|^\s|\s$/.test(lower)) return lower;
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = s.charCodeAt(i);
    const keep = CLASS[c] === WORD || ch === '&' || ch === "'" || ch === '(' || ch === ')' || ch === '-';
    if (keep || ch === '’' || ch === '`') {
      if (space && out) out += ' ';
      space = false;
      out += keep ? String.fromCharCode(LOWER[c] as number) : "'";
    } else {
      space = true;
    }
  }
  // Greek and Cyrillic letters: the word tables fold Latin ones only.
  return /[\u0370-\u052f]/.test(out) ? out.toLowerCase() : out;
}

/**
 * normaliseLabel of recent header lines, by their raw text: header lines repeat across postings
 * ("Requirements:", "What you'll do"), and the normalised label kept here is the very string
 * kindOfLabel has seen, so its own memo finds it without hashing a new string again.
 */
const labelOf = boundedMemo(normaliseLabel);

function isAllCaps(s: string): boolean {
  if (/[,/]/.test(s) || /\p{Ll}/u.test(s)) return false;
  return (s.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

/**
 * More than 10 words (spaces + 1)? Stops at the tenth space. The longest known headers have nine
 * ("You might be a good fit if you have").
 */
function hasManyWords(s: string): boolean {
  let spaces = 0;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) if (++spaces >= 10) return true;
  return false;
}

/** Characters trimmed from a header's end: ' \t:：.!–—-*_'. */
function isTrailing(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 58 ||
    c === 0xff1a ||
    c === 46 ||
    c === 33 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 45 ||
    c === 42 ||
    c === 95
  );
}

// Answers are shared constants: classifying a line allocates nothing for its result.
const HEADER: Readonly<Record<SectionKind | 'inherit', HeaderLine>> = {
  requirements: { kind: 'requirements', inline: false },
  preferred: { kind: 'preferred', inline: false },
  duties: { kind: 'duties', inline: false },
  employer: { kind: 'employer', inline: false },
  benefits: { kind: 'benefits', inline: false },
  other: { kind: 'other', inline: false },
  inherit: { kind: null, inline: false },
};
const INLINE: Readonly<Record<SectionKind, HeaderLine>> = {
  requirements: { kind: 'requirements', inline: true },
  preferred: { kind: 'preferred', inline: true },
  duties: { kind: 'duties', inline: true },
  employer: { kind: 'employer', inline: true },
  benefits: { kind: 'benefits', inline: true },
  other: { kind: 'other', inline: true },
};

/** Does `s` hold a character other than white space (\S) from `from` on? */
function hasNonSpaceFrom(s: string, from: number): boolean {
  for (let k = from; k < s.length; k++) if (!isRegExpSpace(s.charCodeAt(k))) return true;
  return false;
}

/** A whole line: is it a header, and of which kind? */
export function classifyLine(line: string): HeaderLine | null {
  const from = skipMarks(line);
  let hash = false;
  for (let k = 0; k < from && !hash; k++) hash = line.charCodeAt(k) === 35;
  const bulleted = !hash && from > 0 && BULLET.test(line);
  let core = from ? line.slice(from) : line;
  const bold = core.startsWith('**') || core.startsWith('__');
  if (bold || core.includes('**')) core = core.replace(/\*\*|__/g, '');
  let colonAt = core.indexOf(':');
  if (colonAt < 0) colonAt = core.indexOf('：');
  if (colonAt >= 2 && colonAt <= 50 && hasNonSpaceFrom(core, colonAt + 1)) {
    const label = core.slice(0, colonAt);
    if (hasManyWords(label)) return null;
    const kind = kindOfLabel(labelOf(label));
    return kind ? INLINE[kind] : null;
  }
  const colon = colonAt >= 0;
  let end = core.length;
  while (end > 0 && isTrailing(core.charCodeAt(end - 1))) end--;
  if (end < 2 || end > 60) return null;
  core = core.slice(0, end);
  if (hasManyWords(core)) return null;
  const label = labelOf(core);
  const kind = kindOfLabel(label) ?? bilingualKind(core);
  if (kind) return HEADER[kind];
  if (bulleted && !bold) return null;
  if (!(hash || bold || colon || isAllCaps(core))) return null;
  if (PREFERRED_WORD.test(label)) return HEADER.preferred;
  if (REQUIREMENTS_WORD.test(label)) return HEADER.requirements;
  return HEADER.inherit;
}

/** A header in two languages, "Nie wymagamy / Not required", "Anforderungen | Requirements": both halves of one kind. */
function bilingualKind(core: string): SectionKind | null {
  const parts = core.split(/\s+[/|]\s+/);
  if (parts.length !== 2) return null;
  const first = kindOfLabel(labelOf(parts[0] as string));
  return first !== null && first === kindOfLabel(labelOf(parts[1] as string)) ? first : null;
}

/**
 * A table row of labels ("| Must have | Nice to have |"): the kind of each column, or null when
 * the row is not such a header (every cell a known label, one of them requirements or preferred).
 */
export function tableColumns(line: string): SectionKind[] | null {
  const t = line.trim();
  if (t.charCodeAt(0) !== 124) return null;
  const cells = t.replace(/^\||\|$/g, '').split('|');
  if (cells.length < 2) return null;
  const kinds: SectionKind[] = [];
  let asks = false;
  for (let i = 0; i < cells.length; i++) {
    const label = labelOf((cells[i] as string).replace(/[*_:]/g, '').trim());
    // The first column may name what the rows list: "| Skill | Must have | Nice to have |".
    const kind = kindOfLabel(label) ?? (i === 0 && ROW_LABEL.test(label) ? 'other' : null);
    if (!kind) return null;
    if (kind === 'requirements' || kind === 'preferred') asks = true;
    kinds.push(kind);
  }
  return asks ? kinds : null;
}

/** A first column naming what the rows list, in the posting languages. */
const ROW_LABEL =
  /^(?:skills?|requirements?|competenc(?:e|es|y|ies)|technolog(?:y|ies)|tools?|areas?|qualifications?|experience|kompetenz(?:en)?|anforderung(?:en)?|compétences?|competencias?|competenze|vaardigheden|umiejętności|kompetencje|competências|habilidades)$/;

/**
 * A row of a table whose columns after the first are marks ("| Python, PyTorch | X | |"): the
 * kind of the first column marked, for the whole row; null when the row marks none of them.
 */
function markedKind(text: string, a: number, b: number, columns: readonly SectionKind[]): SectionKind | null {
  if (columns.length < 2) return null;
  const cells = text
    .slice(a, b)
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');
  if (cells.length !== columns.length) return null;
  for (let i = 1; i < cells.length; i++) {
    if (/^\s*(?:x|✓|✔|✅|yes|ja|oui|sí|si|tak|sim|•|\*)\s*$/i.test(cells[i] as string))
      return columns[i] as SectionKind;
  }
  return null;
}

/** Spans for the cells of a table row under `columns` (text[a..b] is the row), end to end. */
function pushCells(
  text: string,
  a: number,
  b: number,
  columns: readonly SectionKind[],
  spans: SectionSpan[],
): void {
  let at = a;
  while (at < b && text.charCodeAt(at) <= 32) at++;
  // The leading bar, if any, opens the first cell.
  let bar = text.charCodeAt(at) === 124 ? at : a - 1;
  let start = a;
  for (let col = 0; col < columns.length; col++) {
    let end = text.indexOf('|', bar + 1);
    if (end < 0 || end >= b || col === columns.length - 1) end = b;
    spans.push({ start, end, kind: columns[col] as SectionKind });
    if (end >= b) return;
    start = end;
    bar = end;
  }
}

/** "(E = essential, D = desirable)": a person specification that codes its criteria E1, D1... */
const CRITERIA_LEGEND = /\bD\s*[=:]\s*desirable\b/i;

/** "E3. …" or "D1. …" opening a line (after spaces): 'E' or 'D', else 0. */
function criterionCode(text: string, a: number, b: number): number {
  let i = a;
  while (i < b && text.charCodeAt(i) <= 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 68 && c !== 69) return 0;
  let j = i + 1;
  while (j < b && j - i <= 2 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const after = text.charCodeAt(j);
  return j > i + 1 && (after === 46 || after === 41 || after === 58 || after === 32) ? c : 0;
}

function isEmployerKind(kind: SectionKind): boolean {
  return kind === 'employer' || kind === 'benefits';
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
  let colon = text.indexOf(':');
  // The line breaks found once for the whole analysis, when this text is the one indexed.
  const indexed = lineBreaksOf(text);
  let line = 0;
  let columns: SectionKind[] | null = null;
  let legend: boolean | undefined;
  while (a <= n) {
    let b: number;
    if (indexed) b = line < indexed.count ? (indexed.at[line++] as number) : n;
    else {
      b = text.indexOf('\n', a);
      if (b < 0) b = n;
    }
    const len = b - a;
    // One native search finds the next colon for many lines at once.
    if (colon >= 0 && colon < a) colon = text.indexOf(':', a);
    if (columns) {
      // Rows of a table whose header row named its columns: each cell takes its column's kind.
      const bar = text.indexOf('|', a);
      if (bar >= 0 && bar < b) {
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        const marked = markedKind(text, a, b, columns);
        if (marked) spans.push({ start: a, end: b, kind: marked });
        else pushCells(text, a, b, columns, spans);
        spanStart = b;
        a = b + 1;
        continue;
      }
      columns = null;
    }
    const code = criterionCode(text, a, b);
    if (code !== 0) {
      legend ??= CRITERIA_LEGEND.test(text);
      if (legend) {
        // A coded criterion governs its own line: D desirable, E essential.
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        spans.push({ start: a, end: b, kind: code === 68 ? 'preferred' : 'requirements' });
        spanStart = b;
        a = b + 1;
        continue;
      }
    }
    const bar = text.charCodeAt(a) === 124;
    // A table's rows pass the gate: its row of labels starts with a bar, not a header's word.
    if (len > 1 && len <= MAX_HEADER_LINE && (bar || mayBeHeader(text, a, b, colon))) {
      // A table's row of labels first: "| Skill | Must have | Nice to have |" names columns, not
      // one section.
      const cols = bar ? tableColumns(text.slice(a, b)) : null;
      const h = cols ? null : classifyLine(text.slice(a, b));
      if (cols) {
        columns = cols;
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        spans.push({ start: a, end: b, kind: 'other' });
        spanStart = b;
      } else if (h?.inline && h.kind) {
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        spans.push({ start: a, end: b, kind: h.kind });
        spanStart = b;
      } else if (h) {
        if (a > spanStart) spans.push({ start: spanStart, end: a, kind });
        // An unknown header after the employer's text starts something else ("Stuff you'll do").
        kind = h.kind ?? (isEmployerKind(kind) ? 'other' : kind);
        spanStart = a;
      }
    }
    a = b + 1;
  }
  if (n > spanStart || spans.length === 0) spans.push({ start: spanStart, end: n, kind });
  return spans;
}
