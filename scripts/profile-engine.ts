/**
 * A CPU profile of the engine on the bench's texts, bundled as the bench and the extension run it
 * (scripts/bench/bundle.ts):
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-engine.ts [typical|big] [seconds]
 * then `npx tsx scripts/profile-engine.ts --top /tmp/prof/<file>.cpuprofile` prints the functions
 * with the most self time and their files. Not part of any test: a tool for work on speed.
 */
import { readFileSync } from 'node:fs';
import { loadBundledEngine } from './bench/bundle';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

function top(file: string, count = 30): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const self = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const url = n.callFrame.url.replace(/^.*\/(lib|scripts|node_modules)\//, '$1/');
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${url}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
  for (const [key, hits] of rows) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

if (process.argv[2] === '--top') {
  top(process.argv[3] as string, Number(process.argv[4] ?? 30));
} else {
  const which = process.argv[2] ?? 'typical';
  const seconds = Number(process.argv[3] ?? 5);
  const { analyzePosting, megabyteOfPostings, POSTINGS } = await loadBundledEngine();
  const text = which === 'big' ? megabyteOfPostings(POSTINGS) : (POSTINGS[0] as string);
  let sink = 0;
  const end = performance.now() + seconds * 1000;
  let runs = 0;
  while (performance.now() < end) {
    sink += analyzePosting({ text }).mentions.length;
    runs++;
  }
  console.log(`${which}: ${runs} runs, ${((seconds * 1000) / runs).toFixed(3)} ms each (${sink})`);
}
