import type { Analysis, PostingInput } from '../analysis/types';
import { type Metrics, type PostingResult, scorePosting, sumMetrics } from './eval';
import { CORPUS_SETS, type CorpusSet, goldErrors, loadCorpus } from './eval-gold';

/** Loads, checks and scores the whole corpus: shared by `npm run eval` and the corpus test. */

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
    results.push(scorePosting(p, analyze(p.title ? { text: p.text, title: p.title } : { text: p.text })));
  }
  const bySet = Object.fromEntries(
    CORPUS_SETS.map((set) => [
      set,
      sumMetrics(results.filter((r) => r.posting.set === set).map((r) => r.metrics)),
    ]),
  ) as Record<CorpusSet, Metrics>;
  return { results, bySet, all: sumMetrics(results.map((r) => r.metrics)), errors };
}
