import type { SkillEntry } from '../catalogue/schema';
import { CUE_KINDS, type CueKind } from '../cues';
import type { Cue } from '../matcher/scan';
import type { RoleId } from '../types';

/**
 * What the body of a posting centres on, from the cue words (deploy / analyse / publish...) and
 * the kinds of skills it names. Counts are capped so that one long posting cannot drown the title.
 */

export interface BodySignals {
  /** Distinct cue words per kind, in order of first appearance. */
  words: Record<CueKind, string[]>;
  counts: Record<CueKind, number>;
  /** Distinct skill names by group. */
  deploySkills: string[];
  mlSkills: string[];
  dataSkills: string[];
  vizSkills: string[];
  infraSkills: string[];
}

export function readBody(
  text: string,
  cues: readonly Cue[],
  cueCounts: Int32Array,
  skills: readonly SkillEntry[],
): BodySignals {
  const words = Object.fromEntries(CUE_KINDS.map((k) => [k, [] as string[]])) as Record<CueKind, string[]>;
  const counts = Object.fromEntries(CUE_KINDS.map((k, i) => [k, cueCounts[i + 1] ?? 0])) as Record<
    CueKind,
    number
  >;
  for (const cue of cues) {
    const kind = CUE_KINDS[cue.code - 1] as CueKind;
    const list = words[kind];
    if (list.length < 6) {
      const w = text.slice(cue.start, cue.end).toLowerCase();
      if (!list.includes(w)) list.push(w);
    }
  }
  const signals: BodySignals = {
    words,
    counts,
    deploySkills: [],
    mlSkills: [],
    dataSkills: [],
    vizSkills: [],
    infraSkills: [],
  };
  for (const s of skills) {
    if (s.kind === 'mlops' || s.kind === 'serving') signals.deploySkills.push(s.name);
    else if (
      s.kind === 'ml-framework' ||
      s.kind === 'ml-library' ||
      s.kind === 'ml-concept' ||
      s.kind === 'llm'
    )
      signals.mlSkills.push(s.name);
    else if (s.kind === 'data-tool') signals.dataSkills.push(s.name);
    else if (s.kind === 'viz') signals.vizSkills.push(s.name);
    else if (s.kind === 'infra') signals.infraSkills.push(s.name);
  }
  return signals;
}

const cap = (n: number, max: number) => Math.min(n, max);

/** Body score per role; the ML engineer score needs some ML content to count fully. */
export function bodyScores(b: BodySignals, mlTitle: boolean): Record<RoleId, number> {
  const c = b.counts;
  const ml = b.mlSkills.length;
  const hasMl = ml > 0 || b.deploySkills.length > 0 || mlTitle;
  const mlEngineer =
    (0.3 * cap(c.deploy, 12) + 0.6 * cap(b.deploySkills.length, 6) + 0.3 * cap(ml, 8)) * (hasMl ? 1 : 0.25);
  return {
    'ml-engineer': mlEngineer,
    'data-scientist': 0.35 * cap(c.analyze, 12) + 0.2 * cap(ml, 8) + 0.2 * cap(b.vizSkills.length, 3),
    'research-scientist': 0.45 * cap(c.publish, 10),
    'data-engineer': 0.4 * cap(c.pipeline, 8) + 0.45 * cap(b.dataSkills.length, 6),
    'data-analyst': 0.2 * cap(c.analyze, 12) + 0.6 * cap(b.vizSkills.length, 4),
    'backend-engineer': 0.35 * cap(c.backend, 8),
    'frontend-engineer': 0.5 * cap(c.frontend, 8),
    devops: 0.4 * cap(c.ops, 8) + 0.25 * cap(b.infraSkills.length, 6),
    'product-manager': 0.45 * cap(c.product, 8),
    other: 0,
  };
}
