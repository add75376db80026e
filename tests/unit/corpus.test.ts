import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/index';
import { type Metrics, ratio } from '../../lib/cli/eval';
import { evaluateCorpus } from '../../lib/cli/eval-run';
import { issuesReport } from '../../lib/cli/eval-table';
import { goldSkillId } from '../../lib/cli/gold-names';

/**
 * The engine against the hand-labelled corpus (tests/corpus, `npm run eval` prints the same
 * figures). Floors sit just below what the engine achieves, so any regression fails.
 * - tune (the engine's rules were written against it; postings 401-900 and 1101-1425 were written
 *   by readers who never ran the engine): 974 postings, precision 0.960, recall 0.679, technology
 *   recall 0.962, 274 must-not-highlight phrases overlapped, 2 of 694 non-ML postings called ML
 *   engineer and none of 280 ML-engineer postings missed, role 0.978, listedAs 0.972. At first
 *   reading, before any rule was fitted to them: 551-600 precision 0.930, technology recall
 *   0.890, role 0.96, listedAs 0.967 (scored before gold names with the ad's own qualifier
 *   resolved, lib/cli/gold-names.ts); 601-625 precision 0.956, technology recall 0.868, role
 *   0.72; 626-650 precision 0.890, technology recall 0.798, role 0.84; 651-725 precision 0.942,
 *   technology recall 0.922, role 0.947, listedAs 0.955; 726-750 precision 0.952, technology
 *   recall 0.806 (domains the catalogue had little of: telecom, chip verification, GIS, health
 *   integration), role 0.80; 751-775, read after the rules fitted to 651-725, precision 0.968,
 *   technology recall 0.936, role 0.88; 776-850 precision 0.953, technology recall 0.916, role
 *   0.907, listedAs 0.971, none of 54 non-ML postings called ML engineer, 1 of 21 ML-engineer
 *   postings missed (after the rules fitted to them: 0.970, 0.970, 1.000, 0.992, none, none);
 *   851-875 precision 0.949, technology recall 0.914, role 0.96, listedAs 0.989; 876-900 (ten
 *   of them ML-flavoured roles that are not ML work) precision 0.935, technology recall 0.936,
 *   role 1.00, listedAs 0.997, none of 18 non-ML postings called ML engineer; 1101-1125 (domains
 *   the corpus had few of: networks, ServiceNow, Dynamics, game engines, GIS, bioinformatics)
 *   precision 0.917, technology recall 0.853, role 0.88; 1126-1150 precision 0.934, technology
 *   recall 0.944, role 0.92, listedAs 0.949. After the rules fitted to them: 851-900 precision
 *   0.96, technology recall 0.97; 1101-1150 precision 0.93, technology recall 0.95, role 1.00.
 *   1151-1175 were kept from the tuners as a check of how far those rules carry: read by the
 *   engine before them, precision 0.934 and technology recall 0.895; after them, 0.939 and 0.898.
 *   1176-1200 (19 non-ML roles that look like ML work: data scientists, feature-store data
 *   engineers, GPU-cluster SREs, backend and embedded engineers at vision companies) at first
 *   reading: precision 0.904, technology recall 0.961, 4 of 19 non-ML postings called ML
 *   engineer, role 0.80, listedAs 0.935; 1201-1225 (ordinary roles with ML in the employer's
 *   text): 0.942, 0.930, 1 of 18, role 0.92, listedAs 0.967. Read after the rules fitted to
 *   those: 1226-1250 precision 0.924, technology recall 0.922, none of 22, role 1.00, listedAs
 *   0.974; 1251-1275 (headerless lists, bilingual headers, job-board boxes) 0.924, 0.929, none
 *   of 17, role 0.92, listedAs 0.867; 1301-1325 (ML titles that are no ML job and ML jobs under
 *   other titles) 0.937, 0.947, 1 of 13, none of 12 missed, role 0.88, listedAs 0.934; 1326-1350
 *   (public sector, universities, hospitals, banks' core systems, telecom, defence, game studios)
 *   0.893, 0.887, none of 18, role 0.80, listedAs 0.960; 1351-1375 (versions, vendor-qualified
 *   names, abbreviations, slash pairs) 0.898, 0.921, none of 19, role 0.96, listedAs 0.972;
 *   1376-1400 (what the job does not involve, whose tools are whose, in ten languages) 0.900,
 *   0.961, 1 of 18, role 0.92, listedAs 0.909; 1401-1425 (requirements without headers: prose,
 *   numbered and emoji lists, tables, inline must/nice) 0.925, 0.912, none of 17, role 0.96,
 *   listedAs 0.659 (after the marked-table and requirement-bullet rules 0.749, after in-line
 *   labels, prose lead-ins and second-person asks 0.938: the weakest reading of its round). 1276-1300 were kept from any rule, as a check of how far this
 *   round's rules carry: precision 0.932, technology recall 0.909, 1 of 17 non-ML postings called
 *   ML engineer, role 0.96. The next round's first readings (after the opening's sentence-by-
 *   sentence rule, before any rule fitted to them): 1426-1450 (ordinary roles at AI-flavoured
 *   employers; inline must/nice lines, prose, tables) precision 0.906, technology recall 0.916,
 *   none of 20, none of 5 missed, role 1.00, listedAs 0.859; 1451-1475 (the data/ML family's
 *   neighbours) 0.912, 0.957, none of 17, none of 8 missed, role 1.00, listedAs 0.975; 1476-1500
 *   (many boards and regions, agency and government ads) 0.926, 0.925, none of 19, none of 6
 *   missed, role 0.96, listedAs 0.946. Read after the rules fitted to those 75: 1501-1525 (LinkedIn
 *   and Indeed pages with their furniture) 0.905, 0.947, none of 19, 1 of 6 missed, role 0.92,
 *   listedAs 0.959; 1526-1550 (career sites and ATS pages) 0.940, 0.936, none of 19, none of 6
 *   missed, role 0.96, listedAs 0.882. Read after every rule of that round, before any fitted to
 *   them: 1551-1575 (the data/ML family's neighbours and ML jobs) 0.917, 0.954, 2 of 17 (an AI
 *   content specialist and an AI governance analyst; a title naming another profession now makes
 *   no ML engineer), none of 8 missed, role 0.88, listedAs 0.949; 1576-1600 (ordinary jobs far
 *   from ML, enterprise-heavy) 0.924, 0.848 (health, ERP and telecom products the catalogue
 *   lacks), none of 21, none of 4 missed, role 0.96, listedAs 0.949.
 * - held-out (never used to tune; its misses stay hidden from `npm run eval`): 269 postings,
 *   precision 0.946 (0.943 before the rules fitted to 1426-1550: the opening read sentence by
 *   sentence, other teams' work and the work denied in more languages, a job board's furniture),
 *   recall 0.699, technology recall 0.946 (0.944; 27 products added from that round's postings
 *   found 5 more), 96 must-not-highlight phrases overlapped (110 before that round), 1 of 202 non-ML postings called ML engineer (3 before the rules fitted to
 *   1176-1425), none of 67 missed, role 0.944, listedAs 0.961 (0.956 before bullets under no
 *   header that open as a requirement were read as required). Postings 901-925 and 926-950
 *   joined it written by readers who never ran the engine: on 926-950, at first reading, precision 0.918, technology recall 0.876, listedAs
 *   0.764 (their gold lists many more concepts, hence the lower skill recall). Postings 951-1000
 *   joined it the same way, after the rules fitted to 776-850; at first reading precision 0.969,
 *   technology recall 0.954, 1 of 37 non-ML postings called ML engineer, role 0.92, listedAs
 *   0.983; the 144 postings before them stood at precision 0.937, technology recall 0.947.
 *   Postings 1001-1075 joined it the same way, read before the rules fitted to 851-900: at
 *   first reading precision 0.929, technology recall 0.912, 1 of 57 non-ML postings called ML
 *   engineer, none of 18 missed, role 0.906, listedAs 0.960; after that round's rules 0.929 and
 *   0.917 (the 194 postings before them: 0.946 and 0.949 before the round, 0.947 and 0.954 after).
 *   Of the product's targets on held-out postings, at most 1 non-ML posting in 100 called ML
 *   engineer is reached; precision and technology recall 0.95 are not: rules fitted to new tune
 *   postings move fresh postings by a point or two, because most misses are one-off products
 *   and one-off phrasings. These floors record where the engine stands, not where it should be.
 */
const root = fileURLToPath(new URL('../corpus', import.meta.url));
const ev = evaluateCorpus(root, analyzePosting, goldSkillId);

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
    precision: 0.955,
    recall: 0.674,
    techRecall: 0.958,
    falseHighlights: 347,
    falseMl: 0.005,
    missedMl: 0,
    role: 0.975,
    listedAs: 0.971,
  },
  heldout: {
    precision: 0.945,
    recall: 0.699,
    techRecall: 0.945,
    falseHighlights: 96,
    falseMl: 0.005,
    missedMl: 0,
    role: 0.944,
    listedAs: 0.96,
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
