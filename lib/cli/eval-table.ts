import { type Metrics, type PostingResult, ratio, type Tally } from './eval';
import type { CorpusSet } from './eval-gold';

/** The compact table `npm run eval` prints, and the per-posting misses under it. */

/** Three decimals, cut rather than rounded: 0.9493 reads 0.949, never a 0.95 target reached. */
const cell = (t: Tally) => `${(Math.floor(ratio(t) * 1000) / 1000).toFixed(3)} (${t.hits}/${t.total})`;
const count = (t: Tally) => `${t.hits}/${t.total}`;

const COLUMNS = [
  'set',
  'postings',
  'precision',
  'recall',
  'tech recall',
  'false hl',
  'false ML',
  'missed ML',
  'role',
  'listedAs',
  'extra',
];

export function metricsTable(rows: ReadonlyArray<{ label: string; metrics: Metrics }>): string {
  const body = rows.map(({ label, metrics: m }) => [
    label,
    String(m.postings),
    cell(m.precision),
    cell(m.recall),
    cell(m.techRecall),
    count(m.falseHighlights),
    count(m.falseMl),
    count(m.missedMl),
    cell(m.role),
    cell(m.listedAs),
    String(m.extraSkills),
  ]);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), ...body.map(line)].join('\n');
}

/** What the columns mean, printed under the table. */
export const LEGEND = [
  'precision: highlights whose skill the gold names and that overlap no must-not-highlight phrase, on postings whose gold names every skill',
  'recall: gold skills found; tech recall: the same over named technologies (gold that marks its concepts)',
  'false hl: must-not-highlight phrases overlapped; false ML: non-ML postings called ML engineer; missed ML: ML-engineer postings called another role',
].join('\n');

export function issuesReport(results: readonly PostingResult[], withExtras: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const set: CorpusSet = r.posting.set;
    const notes = [...r.issues];
    if (withExtras && r.extras.length > 0) notes.push(`extra: ${r.extras.join(', ')}`);
    if (notes.length === 0) continue;
    lines.push(`${set}/${r.posting.name}`);
    for (const n of notes) lines.push(`  - ${n}`);
  }
  return lines.join('\n');
}
