/**
 * `npm run eval [-- --extras] [-- --heldout-details]`: the engine against the corpus
 * (tests/corpus), tune and held-out sets apart and together, then the tune set's misses.
 * Held-out misses stay hidden unless asked for: whoever reads them to fix the engine turns
 * the held-out set into a second tune set, and its figures stop meaning anything.
 * Logic in lib/cli/eval*.ts.
 */
import { fileURLToPath } from 'node:url';
import { analyzePosting } from '../lib/analysis/index';
import { evaluateCorpus } from '../lib/cli/eval-run';
import { issuesReport, LEGEND, metricsTable } from '../lib/cli/eval-table';
import { goldSkillId } from '../lib/cli/gold-names';

const root = fileURLToPath(new URL('../tests/corpus', import.meta.url));
const withExtras = process.argv.includes('--extras');
const heldoutDetails = process.argv.includes('--heldout-details');
const ev = evaluateCorpus(root, analyzePosting, goldSkillId);

console.log(
  metricsTable([
    { label: 'tune', metrics: ev.bySet.tune },
    { label: 'heldout', metrics: ev.bySet.heldout },
    { label: 'all', metrics: ev.all },
  ]),
);
console.log(`\n${LEGEND}`);
const shown = ev.results.filter((r) => heldoutDetails || r.posting.set === 'tune');
const issues = issuesReport(shown, withExtras);
if (issues) console.log(`\n${issues}`);
console.log(
  `\n${heldoutDetails ? '' : 'Held-out misses are hidden (--heldout-details shows them; do not tune the engine on them). '}` +
    `${withExtras ? '' : 'extra = skills found that old-format gold does not name (--extras lists them).'}`,
);
if (ev.errors.length > 0) {
  console.error(`\nCorpus errors (${ev.errors.length}):`);
  for (const e of ev.errors) console.error(`  ${e}`);
  process.exitCode = 1;
}
