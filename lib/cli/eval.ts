import type { Analysis, Mention } from '../analysis/types';
import type { CorpusPosting, Forbidden } from './eval-gold';

/**
 * Scores the engine against the corpus gold. Every figure is a count pair (hits / total) so
 * sets add up exactly and a report can show both; `issues` explains every miss.
 */

export interface Tally {
  hits: number;
  total: number;
}

export interface Metrics {
  postings: number;
  /** Gold skills found. */
  recall: Tally;
  /** mustNotHighlight entries overlapped by a mention (hits = violations). */
  falseHighlights: Tally;
  /** Skills found that gold does not name: information, not an error (gold lists must-finds). */
  extraSkills: number;
  role: Tally;
  /** Found gold skills whose category matches gold. */
  category: Tally;
  /** Found preferredOnly skills listed as preferred, found required skills listed as required. */
  listedAs: Tally;
}

export interface PostingResult {
  posting: CorpusPosting;
  metrics: Metrics;
  issues: string[];
  extras: string[];
}

const tally = (hits = 0, total = 0): Tally => ({ hits, total });

function overlapping(mentions: readonly Mention[], text: string, f: Forbidden): Mention | null {
  const needle = typeof f === 'string' ? f : f.text;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const hit = mentions.find(
      (m) => m.start < end && m.end > at && (typeof f === 'string' || m.skill === f.skill),
    );
    if (hit) return hit;
  }
  return null;
}

export function scorePosting(posting: CorpusPosting, a: Analysis): PostingResult {
  const { gold, text } = posting;
  const issues: string[] = [];
  const found = new Map(a.skills.map((s) => [s.id, s]));
  const m: Metrics = {
    postings: 1,
    recall: tally(0, gold.skills.length),
    falseHighlights: tally(0, gold.mustNotHighlight.length),
    extraSkills: 0,
    role: tally(a.role.id === gold.role ? 1 : 0, 1),
    category: tally(),
    listedAs: tally(),
  };
  if (a.role.id !== gold.role) issues.push(`role ${a.role.id}, expected ${gold.role}`);
  const missing: string[] = [];
  for (const g of gold.skills) {
    const s = found.get(g.skill);
    if (!s) {
      missing.push(g.skill);
      continue;
    }
    m.recall.hits++;
    m.category.total++;
    if (s.category === g.category) m.category.hits++;
    else issues.push(`category of ${g.skill}: ${s.category}, expected ${g.category}`);
  }
  if (missing.length > 0) issues.push(`missed ${missing.join(', ')}`);
  for (const [expected, ids] of [
    ['preferred', gold.preferredOnly],
    ['required', gold.required],
  ] as const) {
    for (const id of ids) {
      const s = found.get(id);
      if (!s) continue;
      m.listedAs.total++;
      if (s.listedAs === expected) m.listedAs.hits++;
      else issues.push(`${id} listed as ${s.listedAs}, expected ${expected}`);
    }
  }
  for (const f of gold.mustNotHighlight) {
    const hit = overlapping(a.mentions, text, f);
    if (hit) {
      m.falseHighlights.hits++;
      issues.push(`false highlight "${hit.text}" (${hit.skill}) in "${typeof f === 'string' ? f : f.text}"`);
    }
  }
  const goldIds = new Set(gold.skills.map((g) => g.skill));
  const extras = a.skills.filter((s) => !goldIds.has(s.id)).map((s) => s.id);
  m.extraSkills = extras.length;
  return { posting, metrics: m, issues, extras };
}

const add = (x: Tally, y: Tally): Tally => ({ hits: x.hits + y.hits, total: x.total + y.total });

export function sumMetrics(all: readonly Metrics[]): Metrics {
  const zero: Metrics = {
    postings: 0,
    recall: tally(),
    falseHighlights: tally(),
    extraSkills: 0,
    role: tally(),
    category: tally(),
    listedAs: tally(),
  };
  return all.reduce(
    (s, m) => ({
      postings: s.postings + m.postings,
      recall: add(s.recall, m.recall),
      falseHighlights: add(s.falseHighlights, m.falseHighlights),
      extraSkills: s.extraSkills + m.extraSkills,
      role: add(s.role, m.role),
      category: add(s.category, m.category),
      listedAs: add(s.listedAs, m.listedAs),
    }),
    zero,
  );
}

/** hits / total, and 1 for an empty tally (nothing to get wrong). */
export const ratio = (t: Tally) => (t.total === 0 ? 1 : t.hits / t.total);
