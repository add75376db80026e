import type { SkillEntry } from '../catalogue/schema';
import type { CompiledMatcher } from './compile';
import type { Candidate } from './scan';
import { scan } from './scan';

/**
 * Two names joined by a slash are two skills: "HL7/FHIR", "Spark / SQL", "Oracle/Linux". The scan
 * reads names whatever their separators, so such a pair also reads as one two-word name of
 * another skill ("HL7 FHIR" is FHIR, "Spark SQL" and "Oracle Linux" are products of their own).
 * Unless the catalogue itself writes one of that skill's names with a slash ("CI/CD", "PL/SQL",
 * "TCP/IP", "S/4HANA"), the candidate is replaced by the two names its halves are, when each
 * half is exactly one name.
 */
export function splitSlashPairs(
  text: string,
  matcher: CompiledMatcher,
  candidates: Candidate[],
): Candidate[] {
  let out: Candidate[] | null = null;
  // The first slash at or after `from` (-1: none), found by a native search: most candidates
  // then cost one comparison, not a read of their characters.
  let from = 0;
  let slash = text.indexOf('/');
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    const a = c.start + 1;
    if (a < from || (slash >= 0 && slash < a)) {
      from = a;
      slash = text.indexOf('/', a);
    }
    // Exact: no slash stands in [from, slash), and from <= a.
    const halves = slash < 0 || slash >= c.end - 1 ? null : slashHalves(text, matcher, c, slash);
    if (halves === null) {
      out?.push(c);
      continue;
    }
    out ??= candidates.slice(0, i);
    out.push(...halves);
  }
  return out ?? candidates;
}

/** The two candidates `c` splits into at its first slash (past its first character), or null. */
function slashHalves(
  text: string,
  matcher: CompiledMatcher,
  c: Candidate,
  slash: number,
): Candidate[] | null {
  if (writesSlash(c.terminal.entry)) return null;
  // Spaces around the slash belong to neither half ("OPA / Gatekeeper", "Spark / SQL").
  let leftEnd = slash;
  while (leftEnd > c.start && isSpace(text.charCodeAt(leftEnd - 1))) leftEnd--;
  let rightStart = slash + 1;
  while (rightStart < c.end && isSpace(text.charCodeAt(rightStart))) rightStart++;
  const left = whole(matcher, text, c.start, leftEnd);
  const right = left && whole(matcher, text, rightStart, c.end);
  if (!left || !right || left.terminal.entry === right.terminal.entry) return null;
  return [left, right];
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 0xa0;
}

/** The one candidate that is exactly text[start, end), or null. */
function whole(matcher: CompiledMatcher, text: string, start: number, end: number): Candidate | null {
  const part = text.slice(start, end);
  const found = scan(matcher, part).candidates;
  const f = found[0];
  if (found.length !== 1 || f === undefined || f.start !== 0 || f.end !== part.length) return null;
  return { start, end, terminal: f.terminal };
}

const SLASHED = new WeakMap<SkillEntry, boolean>();

/** Does the catalogue write one of the entry's names with a slash? */
function writesSlash(entry: SkillEntry): boolean {
  let known = SLASHED.get(entry);
  if (known === undefined) {
    known = entry.name.includes('/') || entry.aliases.some((a) => a.includes('/'));
    SLASHED.set(entry, known);
  }
  return known;
}
