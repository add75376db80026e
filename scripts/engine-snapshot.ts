/**
 * `npx tsx scripts/engine-snapshot.ts > before.jsonl`: the engine's whole output, one JSON line
 * per input, for checking that a change to the engine's speed changes nothing it finds. Inputs:
 * every corpus posting (tune and held-out: only run, never read here), the samples, the bench
 * postings one by one and joined into ~1 MB as the bench joins them; each read plainly, and the
 * corpus and samples again with a few own skills (the second matcher). Compare two runs with
 * `cmp` or `diff`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalyzeOptions, analyzePosting, type ExtraSkill } from '../lib/analysis/index';
import type { PostingInput } from '../lib/analysis/types';
import { postingSource } from '../lib/cli/posting-source';
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

function emit(label: string, input: PostingInput, options?: AnalyzeOptions): void {
  process.stdout.write(`${JSON.stringify({ label, analysis: analyzePosting(input, options) })}\n`);
}

const inputs: Array<[string, PostingInput]> = [];
for (const file of [
  ...files('tests/corpus/tune', /\.txt$/),
  ...files('tests/corpus/heldout', /\.txt$/),
  ...files('samples', /\.(?:txt|html?)$/),
]) {
  const source = postingSource(file, readFileSync(join(root, file), 'utf8'));
  const input: PostingInput = { text: source.text };
  if (source.title) input.title = source.title;
  if (source.company) input.company = source.company;
  inputs.push([file, input]);
}
for (const [file, input] of inputs) emit(file, input);
for (const [file, input] of inputs) emit(`${file} +own`, input, { extraSkills: EXTRAS });
for (const [i, text] of POSTINGS.entries()) emit(`bench ${i}`, { text });
const parts: string[] = [];
for (let i = 0, size = 0; size < 1024 * 1024; i++) {
  const p = POSTINGS[i % POSTINGS.length] as string;
  parts.push(p);
  size += p.length + 1;
}
emit('bench 1 MB', { text: parts.join('\n') });
