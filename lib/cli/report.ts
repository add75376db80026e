import {
  type Analysis,
  CATEGORIES,
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  inSentence,
  LISTED_AS,
  type ListedAs,
  ROLE_LABELS,
  type SkillSummary,
} from '../analysis/types';
import type { FitResult } from '../fit/types';
import { MAX_TEXT_CHARS } from '../messages/limits';
import type { PostingSource } from './posting-source';
import { safeLine } from './terminal-safe';

/** The terminal report and the --json line for one analysed file. */

/** The order in which skills of one category are listed: required first. */
const listedRank = (l: ListedAs) => LISTED_AS.indexOf(l);

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  red(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const COLOUR: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  red: sgr(31, 39),
};
const same = (s: string) => s;
export const PLAIN: Style = { bold: same, dim: same, green: same, yellow: same, cyan: same, red: same };

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** One line, fixed keys; `fit` only when a profile was given. */
export function jsonLine(
  file: string,
  source: PostingSource,
  a: Analysis,
  fit: FitResult | null = null,
): string {
  const line = {
    file,
    title: source.title,
    isMlEngineer: a.isMlEngineer,
    role: a.role,
    mentions: a.mentions,
    skills: a.skills,
    requirements: a.requirements,
  };
  return JSON.stringify({
    ...line,
    ...(source.truncated ? { truncated: true } : {}),
    ...(fit ? { fit } : {}),
  });
}

/** Required / preferred / merely mentioned, padded before styling so columns line up. */
function mark(listedAs: ListedAs, st: Style): string {
  const word = (listedAs === 'unspecified' ? 'mentioned' : listedAs).padEnd(10);
  if (listedAs === 'required') return st.green(word);
  if (listedAs === 'preferred') return st.yellow(word);
  return st.dim(word);
}

function skillLine(s: SkillSummary, width: number, st: Style): string {
  const count = s.count > 1 ? st.dim(` ×${s.count}`) : '';
  const side = st.dim(s.side === 'ml' ? 'ML side' : 'engineering side');
  return `    ${safeLine(s.name).padEnd(width)}  ${mark(s.listedAs, st)}${side}${count}`;
}

function requirementsLine(a: Analysis): string {
  const { years, degree } = a.requirements;
  const y =
    years === null
      ? 'not stated'
      : years.max !== undefined
        ? `${years.min}-${years.max} years`
        : `${years.min}+ years`;
  return `  Experience: ${y} · Degree: ${degree ?? 'not stated'}`;
}

/**
 * The readable report. Everything that comes from the file (its name, title, company,
 * location, and the role reasons that quote the title) is printed through safeLine: a saved
 * page must not be able to send escape sequences to the terminal.
 */
export function textReport(file: string, source: PostingSource, a: Analysis, st: Style): string {
  const lines: string[] = [st.bold(safeLine(file))];
  const meta = [source.title, source.company, source.location]
    .map((x) => safeLine(x ?? ''))
    .filter((x) => x !== '');
  if (meta.length > 0) lines.push(`  ${meta.join(' · ')}`);
  if (source.truncated)
    lines.push(
      st.yellow(
        `  A very long posting: only its first ${MAX_TEXT_CHARS.toLocaleString('en')} characters were read.`,
      ),
    );
  const pct = Math.round(a.role.confidence * 100);
  const verdict = a.isMlEngineer ? st.green('ML engineer posting') : st.yellow(`not an ML engineer posting`);
  lines.push(`  Role: ${st.bold(ROLE_LABELS[a.role.id])} (${pct}% confident), ${verdict}`);
  for (const reason of a.role.reasons) lines.push(st.dim(`    - ${safeLine(reason)}`));
  lines.push(`  Skills: ${a.skills.length}`);
  const width = Math.max(8, ...a.skills.map((s) => s.name.length));
  for (const category of CATEGORIES) {
    const group = a.skills
      .filter((s) => s.category === category)
      .sort(
        (x, y) =>
          listedRank(x.listedAs) - listedRank(y.listedAs) ||
          y.count - x.count ||
          x.name.localeCompare(y.name),
      );
    if (group.length === 0) continue;
    lines.push(
      `  ${st.cyan(`${CATEGORY_LABELS[category]} (${inSentence(CATEGORY_HINTS[category])})`)} — ${group.length}`,
    );
    for (const s of group) lines.push(skillLine(s, width, st));
  }
  lines.push(requirementsLine(a));
  return lines.join('\n');
}
