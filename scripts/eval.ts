/**
 * `npm run eval [-- --extras]`: the engine against the corpus (tests/corpus), tune and held-out
 * sets apart and together, then every miss. Logic in lib/cli/eval*.ts.
 */
import { fileURLToPath } from 'node:url';
import { skillById } from '../lib/analysis/catalogue/index';
import { analyzePosting } from '../lib/analysis/index';
import { evaluateCorpus } from '../lib/cli/eval-run';
import { issuesReport, metricsTable } from '../lib/cli/eval-table';

const root = fileURLToPath(new URL('../tests/corpus', import.meta.url));
const withExtras = process.argv.includes('--extras');
const ev = evaluateCorpus(root, analyzePosting, (id) => skillById(id) !== undefined);

console.log(
  metricsTable([
    { label: 'tune', metrics: ev.bySet.tune },
    { label: 'heldout', metrics: ev.bySet.heldout },
    { label: 'all', metrics: ev.all },
  ]),
);
const issues = issuesReport(ev.results, withExtras);
if (issues) console.log(`\n${issues}`);
if (!withExtras) console.log('\n(extra = skills found that gold does not name; list them with --extras)');
if (ev.errors.length > 0) {
  console.error(`\nCorpus errors (${ev.errors.length}):`);
  for (const e of ev.errors) console.error(`  ${e}`);
  process.exitCode = 1;
}
