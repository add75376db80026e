import type { Analysis, PostingInput } from '../analysis/types';
import { type Metrics, type PostingResult, scorePosting, sumMetrics } from './eval';
import { CORPUS_SETS, type CorpusSet, loadCorpus } from './eval-gold';
import { goldErrors, type ResolveId } from './eval-resolve';

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
  resolve: ResolveId,
): CorpusEvaluation {
  const { postings, errors } = loadCorpus(root);
  const results: PostingResult[] = [];
  for (const p of postings) {
    errors.push(...goldErrors(p, resolve));
    let analysis: Analysis;
    try {
      // As a site hands them over: the title and company beside the text.
      analysis = analyze({
        text: p.text,
        ...(p.title ? { title: p.title } : {}),
        ...(p.company ? { company: p.company } : {}),
      });
    } catch (error) {
      // Scored as finding nothing, so a crash lowers every figure instead of hiding the posting.
      errors.push(
        `${p.set}/${p.name}: the engine threw: ${error instanceof Error ? error.message : String(error)}`,
      );
      analysis = NOTHING;
    }
    results.push(scorePosting(p, analysis, resolve));
  }
  const bySet = Object.fromEntries(
    CORPUS_SETS.map((set) => [
      set,
      sumMetrics(results.filter((r) => r.posting.set === set).map((r) => r.metrics)),
    ]),
  ) as Record<CorpusSet, Metrics>;
  return { results, bySet, all: sumMetrics(results.map((r) => r.metrics)), errors };
}
