/**
 * `npx tsx scripts/engine-fingerprint.ts`: one SHA-256 over the engine's whole output (the JSON
 * of analyzePosting) on every tune-corpus posting, the samples and the bench postings (one by
 * one and joined into ~1 MB as the bench joins them), each read plainly and again with a few own
 * skills. A change made for speed must leave it unchanged. The held-out corpus is not read.
 * With `--each`, one line per input (its label and hash) to find which output changed; with
 * `--jsonl`, the whole output, one JSON line per input (`> before.jsonl`, then diff two runs).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalyzeOptions, analyzePosting, type ExtraSkill } from '../lib/analysis/index';
import type { PostingInput } from '../lib/analysis/types';
import { postingSource } from '../lib/cli/posting-source';
import { megabyteOfPostings } from './bench/engine-entry';
import { POSTINGS } from './bench/postings';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Own skills of every shape: a plain word, an ambiguous word, a letter, several words, an alias. */
const EXTRAS: ExtraSkill[] = [
  { id: 'own:dash', name: 'Dash', aliases: [], category: 'nice-to-have', side: 'engineering' },
  { id: 'own:langgraph', name: 'LangGraph', aliases: ['lang graph'], category: 'core', side: 'ml' },
  { id: 'own:q', name: 'Q', aliases: [], category: 'nice-to-have', side: 'engineering' },
  {
    id: 'own:feature-engineering-at-scale',
    name: 'Feature engineering at scale',
    aliases: ['feature pipelines'],
    category: 'core',
    side: 'ml',
  },
  {
    id: 'own:pinot',
    name: 'Apache Pinot',
    aliases: ['Pinot'],
    category: 'nice-to-have',
    side: 'engineering',
  },
  { id: 'own:release', name: 'Release', aliases: ['on-call'], category: 'nice-to-have', side: 'engineering' },
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const inputs: Array<[string, PostingInput]> = [];
for (const file of [...files('tests/corpus/tune', /\.txt$/), ...files('samples', /\.(?:txt|html?)$/)]) {
  const source = postingSource(file, readFileSync(join(root, file), 'utf8'));
  const input: PostingInput = { text: source.text };
  if (source.title) input.title = source.title;
  if (source.company) input.company = source.company;
  inputs.push([file, input]);
}
for (const [i, text] of POSTINGS.entries()) inputs.push([`bench ${i}`, { text }]);
inputs.push(['bench 1 MB', { text: megabyteOfPostings(POSTINGS) }]);

const each = process.argv.includes('--each');
const jsonl = process.argv.includes('--jsonl');
const all = createHash('sha256');
function emit(label: string, input: PostingInput, options?: AnalyzeOptions): void {
  const analysis = analyzePosting(input, options);
  const json = JSON.stringify(analysis);
  all.update(`${label}\n${json}\n`);
  if (jsonl) process.stdout.write(`${JSON.stringify({ label, analysis })}\n`);
  else if (each) console.log(`${createHash('sha256').update(json).digest('hex').slice(0, 16)}  ${label}`);
}
for (const [label, input] of inputs) emit(label, input);
for (const [label, input] of inputs) emit(`${label} +own`, input, { extraSkills: EXTRAS });
if (!jsonl) console.log(`${all.digest('hex')}  ${inputs.length * 2} analyses`);
