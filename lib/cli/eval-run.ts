import type { Analysis, PostingInput } from '../analysis/types';
import { type Metrics, type PostingResult, scorePosting, sumMetrics } from './eval';
import { CORPUS_SETS, type CorpusSet, goldErrors, loadCorpus } from './eval-gold';

/** Loads, checks and scores the whole corpus: shared by `npm run eval` and the corpus test. */

const NOTHING: Analysis = {
  isMlEngineer: false,
  role: { id: 'other', confidence: 0, reasons: [] },
  mentions: [],
  skills: [],
  requirements: { years: null, degree: null },
};

export interface CorpusEvaluation {
  results: PostingResult[];
  bySet: Record<CorpusSet, Metrics>;
  all: Metrics;
  /** Corpus or gold problems; when non-empty the figures are not to be trusted. */
  errors: string[];
}

export function evaluateCorpus(
  root: string,
  analyze: (input: PostingInput) => Analysis,
  knownSkill: (id: string) => boolean,
): CorpusEvaluation {
  const { postings, errors } = loadCorpus(root);
  const results: PostingResult[] = [];
  for (const p of postings) {
    errors.push(...goldErrors(p, knownSkill));
    let analysis: Analysis;
    try {
      analysis = analyze(p.title ? { text: p.text, title: p.title } : { text: p.text });
    } catch (error) {
      // Scored as finding nothing, so a crash lowers every figure instead of hiding the posting.
      errors.push(
        `${p.set}/${p.name}: the engine threw: ${error instanceof Error ? error.message : String(error)}`,
      );
      analysis = NOTHING;
    }
    results.push(scorePosting(p, analysis));
  }
  const bySet = Object.fromEntries(
    CORPUS_SETS.map((set) => [
      set,
      sumMetrics(results.filter((r) => r.posting.set === set).map((r) => r.metrics)),
    ]),
  ) as Record<CorpusSet, Metrics>;
  return { results, bySet, all: sumMetrics(results.map((r) => r.metrics)), errors };
}
