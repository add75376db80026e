import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/index';
import { type Metrics, ratio } from '../../lib/cli/eval';
import { evaluateCorpus } from '../../lib/cli/eval-run';
import { issuesReport } from '../../lib/cli/eval-table';
import { resolveSkill } from '../../lib/profile/resolve-skill';

/**
 * The engine against the hand-labelled corpus (tests/corpus, `npm run eval` prints the same
 * figures). Floors sit just below what the engine achieves, so any regression fails.
 * - tune (the engine's rules were written against it, postings 401-450 included since they
 *   landed; postings 451-500 are new and not yet tuned on: on them alone the engine scored
 *   precision 0.907 and 0.925, technology recall 0.906 and 0.896, 2 false and 1 missed
 *   ML-engineer call): precision 0.953, recall 0.731, technology recall 0.947, 84
 *   must-not-highlight phrases overlapped, 2 of 173 non-ML postings called ML engineer, 1
 *   ML-engineer posting missed, role 0.94, listedAs 0.97.
 * - held-out (never used to tune; its misses stay hidden from `npm run eval`): precision 0.917,
 *   recall 0.835, technology recall 0.922, 37 must-not-highlight phrases overlapped, no false
 *   ML-engineer call, none missed, role 0.88, listedAs 0.845.
 *   Gold names resolve by the profile's resolver, which also reads a skill written with a generic
 *   head noun or in the singular ("Salesforce development", "Propensity score methods"); that
 *   took tune precision from 0.960 to 0.961 and left held-out precision at 0.917.
 *   The product's targets on held-out postings (precision and technology recall 0.95) are not
 *   reached yet: a catalogue grown to 6,100+ skills lifted technology recall from 0.895 to 0.92,
 *   and rules for what the employer says of itself and of its other teams cut the held-out
 *   must-not-highlight overlaps from 45 to 37, while precision stayed near 0.917 and role
 *   accuracy went from 0.89 to 0.88. These floors record where the engine stands, not where it
 *   should be.
 */
const root = fileURLToPath(new URL('../corpus', import.meta.url));
const ev = evaluateCorpus(root, analyzePosting, (text) => resolveSkill(text)?.id);

interface Floors {
  /** Highlights judged right, on postings whose gold names every skill. */
  precision: number;
  recall: number;
  /** Recall over the gold skills that are named technologies (gold marking its concepts). */
  techRecall: number;
  /** Most mustNotHighlight phrases mentions may overlap. */
  falseHighlights: number;
  /** Largest share of non-ML postings called ML engineer. */
  falseMl: number;
  /** Most ML-engineer postings called another role. */
  missedMl: number;
  role: number;
  listedAs: number;
}

const FLOORS: Record<'tune' | 'heldout', Floors> = {
  tune: {
    precision: 0.95,
    recall: 0.725,
    techRecall: 0.945,
    falseHighlights: 84,
    falseMl: 0.012,
    missedMl: 1,
    role: 0.935,
    listedAs: 0.965,
  },
  heldout: {
    precision: 0.908,
    recall: 0.75,
    techRecall: 0.9,
    falseHighlights: 62,
    falseMl: 0.012,
    missedMl: 0,
    role: 0.89,
    listedAs: 0.91,
  },
};

/** `misses` rides along in every message, so a failure names the postings and labels that regressed. */
function check(m: Metrics, f: Floors, misses: string) {
  const say = (what: string) => `${what}\n${misses}`;
  expect.soft(ratio(m.precision), say('highlight precision')).toBeGreaterThanOrEqual(f.precision);
  expect.soft(ratio(m.recall), say('skill recall')).toBeGreaterThanOrEqual(f.recall);
  expect.soft(ratio(m.techRecall), say('technology recall')).toBeGreaterThanOrEqual(f.techRecall);
  expect.soft(m.falseHighlights.hits, say('false highlights')).toBeLessThanOrEqual(f.falseHighlights);
  // A share, so that the floor holds as non-ML postings are added; 0 of 0 is 0.
  expect
    .soft(m.falseMl.hits / Math.max(1, m.falseMl.total), say('false ML-engineer calls'))
    .toBeLessThanOrEqual(f.falseMl);
  expect.soft(m.missedMl.hits, say('missed ML-engineer calls')).toBeLessThanOrEqual(f.missedMl);
  expect.soft(ratio(m.role), say('role accuracy')).toBeGreaterThanOrEqual(f.role);
  expect.soft(ratio(m.listedAs), say('listedAs accuracy')).toBeGreaterThanOrEqual(f.listedAs);
}

describe('evaluation corpus', () => {
  it('is large enough and its gold labels are sound (known skill ids, strings present)', () => {
    expect(ev.errors).toEqual([]);
    expect(ev.bySet.tune.postings).toBeGreaterThanOrEqual(30);
    expect(ev.bySet.heldout.postings).toBeGreaterThanOrEqual(14);
  });

  it('covers every role the product names', () => {
    const roles = new Set(ev.results.map((r) => r.posting.gold.role));
    for (const role of [
      'ml-engineer',
      'data-scientist',
      'data-engineer',
      'research-scientist',
      'data-analyst',
      'backend-engineer',
      'frontend-engineer',
      'devops',
      'product-manager',
    ]) {
      expect(roles, role).toContain(role);
    }
  });

  it('keeps its awkward formatting and languages in both sets', () => {
    const features: Record<string, RegExp> = {
      'non-breaking space': /\u00a0/,
      'ALL CAPS header': /^[A-Z][A-Z '’]{4,}:?$/m,
      'numbered bullets': /^\d[.)] /m,
      'asterisk bullets': /^\* /m,
      'slash list': /\b[A-Z][A-Za-z]+\/[A-Z][A-Za-z]+\b/,
      'German header': /^(Ihr Profil|Dein Profil|Ihre Aufgaben|Deine Aufgaben|Das bringst du mit)$/m,
      'French or Spanish header':
        /^(Profil recherché|Vos missions|Requisitos|Funciones|Responsabilidades|Lo que buscamos|Lo que harás)$/m,
    };
    for (const set of ['tune', 'heldout'] as const) {
      const texts = ev.results.filter((r) => r.posting.set === set).map((r) => r.posting.text);
      for (const [name, re] of Object.entries(features)) {
        expect(
          texts.some((t) => re.test(t)),
          `${set}: ${name}`,
        ).toBe(true);
      }
    }
  });

  for (const set of ['tune', 'heldout'] as const) {
    it(`meets the ${set} thresholds`, () => {
      // Held-out misses stay out of the message: see scripts/eval.ts for why.
      const misses =
        set === 'tune'
          ? issuesReport(
              ev.results.filter((r) => r.posting.set === set),
              false,
            )
          : '(held-out misses are hidden: npm run eval -- --heldout-details)';
      check(ev.bySet[set], FLOORS[set], misses);
    });
  }
});
