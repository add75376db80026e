import type { Analysis, Mention } from '../analysis/types';
import type { CorpusPosting, Forbidden } from './eval-gold';
import { type ResolveId, resolveGold } from './eval-resolve';

/**
 * Scores the engine against the corpus gold. Every figure is a count pair (hits / total) so
 * sets add up exactly and a report can show both; `issues` explains every miss. Each figure is
 * one the engine can fail (a skill's category is the catalogue's, copied, so it is not scored).
 */

export interface Tally {
  hits: number;
  total: number;
}

export interface Metrics {
  postings: number;
  /**
   * Highlights judged correct: the mention's skill is a gold skill of the posting and it overlaps
   * no mustNotHighlight phrase. Only postings whose gold names every skill (names format) count:
   * there a highlight gold does not name is wrong.
   */
  precision: Tally;
  /** Gold skills found (a gold name the catalogue lacks is a miss). */
  recall: Tally;
  /** The same over the gold skills that are named technologies (gold with `concepts` only). */
  techRecall: Tally;
  /** mustNotHighlight entries overlapped by a mention (hits = violations). */
  falseHighlights: Tally;
  /** Old-format postings: skills found that gold does not name (information: that gold lists must-finds). */
  extraSkills: number;
  role: Tally;
  /** Postings called ml-engineer whose gold is another role, over the non-ML postings. */
  falseMl: Tally;
  /** ML-engineer postings called something else, over the ML-engineer postings. */
  missedMl: Tally;
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

const forbiddenText = (f: Forbidden) => (typeof f === 'string' ? f : f.text);

/** Is the mention inside (overlapping) an occurrence of the forbidden string? (`f` from resolveGold.) */
function violates(m: Mention, text: string, f: Forbidden): boolean {
  if (typeof f !== 'string' && m.skill !== f.skill) return false;
  const needle = forbiddenText(f);
  // Occurrences that could overlap the mention start at most needle.length before it.
  const from = Math.max(0, m.start - needle.length + 1);
  for (let at = text.indexOf(needle, from); at >= 0 && at < m.end; at = text.indexOf(needle, at + 1)) {
    if (at + needle.length > m.start) return true;
  }
  return false;
}

export function scorePosting(posting: CorpusPosting, a: Analysis, resolve: ResolveId): PostingResult {
  const { text } = posting;
  const gold = resolveGold(posting.gold, resolve);
  const issues: string[] = [];
  const found = new Map(a.skills.map((s) => [s.id, s]));
  const isMl = gold.role === 'ml-engineer';
  const calledMl = a.role.id === 'ml-engineer';
  const m: Metrics = {
    postings: 1,
    precision: tally(),
    recall: tally(0, gold.skills.length),
    techRecall: tally(0, gold.skills.filter((g) => g.technology === true).length),
    falseHighlights: tally(0, gold.mustNotHighlight.length),
    extraSkills: 0,
    role: tally(a.role.id === gold.role ? 1 : 0, 1),
    falseMl: tally(!isMl && calledMl ? 1 : 0, isMl ? 0 : 1),
    missedMl: tally(isMl && !calledMl ? 1 : 0, isMl ? 1 : 0),
    listedAs: tally(),
  };
  if (a.role.id !== gold.role) issues.push(`role ${a.role.id}, expected ${gold.role}`);
  const missing: string[] = [];
  for (const g of gold.skills) {
    if (g.id === null) missing.push(`${g.label} (not in catalogue)`);
    else if (found.has(g.id)) {
      m.recall.hits++;
      if (g.technology === true) m.techRecall.hits++;
    } else missing.push(g.label === g.id ? g.id : `${g.label} (${g.id})`);
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
    const hit = a.mentions.find((mention) => violates(mention, text, f));
    if (hit) {
      m.falseHighlights.hits++;
      issues.push(`false highlight "${hit.text}" (${hit.skill}) in "${forbiddenText(f)}"`);
    }
  }
  const goldIds = new Set(gold.skills.map((g) => g.id));
  if (gold.complete) {
    const unjudged = new Set<string>();
    for (const mention of a.mentions) {
      m.precision.total++;
      if (!goldIds.has(mention.skill)) unjudged.add(`"${mention.text}" (${mention.skill})`);
      else if (!gold.mustNotHighlight.some((f) => violates(mention, text, f))) m.precision.hits++;
    }
    if (unjudged.size > 0) issues.push(`highlights no gold skill: ${[...unjudged].join(', ')}`);
  }
  const extras = gold.complete ? [] : a.skills.filter((s) => !goldIds.has(s.id)).map((s) => s.id);
  m.extraSkills = extras.length;
  return { posting, metrics: m, issues, extras };
}

const add = (x: Tally, y: Tally): Tally => ({ hits: x.hits + y.hits, total: x.total + y.total });

export function sumMetrics(all: readonly Metrics[]): Metrics {
  const zero: Metrics = {
    postings: 0,
    precision: tally(),
    recall: tally(),
    techRecall: tally(),
    falseHighlights: tally(),
    extraSkills: 0,
    role: tally(),
    falseMl: tally(),
    missedMl: tally(),
    listedAs: tally(),
  };
  return all.reduce(
    (s, m) => ({
      postings: s.postings + m.postings,
      precision: add(s.precision, m.precision),
      recall: add(s.recall, m.recall),
      techRecall: add(s.techRecall, m.techRecall),
      falseHighlights: add(s.falseHighlights, m.falseHighlights),
      extraSkills: s.extraSkills + m.extraSkills,
      role: add(s.role, m.role),
      falseMl: add(s.falseMl, m.falseMl),
      missedMl: add(s.missedMl, m.missedMl),
      listedAs: add(s.listedAs, m.listedAs),
    }),
    zero,
  );
}

/** hits / total, and 1 for an empty tally (nothing to get wrong). */
export const ratio = (t: Tally) => (t.total === 0 ? 1 : t.hits / t.total);
