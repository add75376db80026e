import { sentenceEnd, sentenceStart } from '../matcher/context';
import type { Candidate, Cue } from '../matcher/scan';
import type { ListedAs } from '../types';
import type { SectionSpan } from './headers';
import { isForwardOnly, isMustCue, isOptionalCue, MUST, OPTIONAL } from './inline-cues';

/**
 * listedAs of each mention (README.md, "How a posting is read"; lib/analysis/README.md):
 * 1. optional phrasing in the same sentence or bullet ("Kafka is a plus", "ideally Go") makes it
 *    preferred, even inside a requirements section;
 * 2. otherwise a requirements section makes it required, a preferred section preferred;
 * 3. elsewhere, must phrasing in the sentence ("Python is required", "you will need") makes it
 *    required; anything else is unspecified.
 * A phrase inside brackets speaks only for what is inside them, or for the one mention right
 * before a bracket that holds nothing else ("Kubernetes (preferred)"). When a sentence has both
 * kinds of phrasing, the nearer one wins ("Python required, Go a plus"). "Ideally" and
 * "preferably" speak only for what follows them ("SQL, ideally TimescaleDB").
 */

interface Phrase {
  pos: number;
  optional: boolean;
  /** Speaks only for mentions after it ("ideally"). */
  forward: boolean;
  /** Bracket around the phrase, if any. */
  open: number;
  close: number;
  /** Start of the phrase's clause: mentions before it are out of its reach. */
  from: number;
}

interface PhraseSentence {
  start: number;
  end: number;
  phrases: Phrase[];
}

/**
 * The sentences that hold optional or must phrasing, each with its phrases, in text order.
 * Only these sentences are ever measured: a mention elsewhere takes its section's kind.
 */
function phraseSentences(text: string, cues: readonly Cue[]): PhraseSentence[] {
  const out: PhraseSentence[] = [];
  let current: PhraseSentence | undefined;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (cue.code !== OPTIONAL && cue.code !== MUST) continue;
    const word = text.slice(cue.start, cue.end).toLowerCase();
    const optional = isOptionalCue(text, cue, word);
    if (!optional && !isMustCue(text, cue, word)) continue;
    if (!current || cue.start >= current.end) {
      current = { start: sentenceStart(text, cue.start), end: sentenceEnd(text, cue.start), phrases: [] };
      out.push(current);
    }
    const a = current.start;
    const b = current.end;
    // Brackets are looked for inside the sentence only (bounded work per cue), read by hand.
    let open = -1;
    let shut = -1;
    for (let k = cue.start - 1; k >= a && open < 0; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 40) open = k;
      else if (ch === 41 && shut < 0) shut = k;
    }
    let close = -1;
    if (open >= 0 && shut < open) {
      const tail = text.slice(cue.end, b).indexOf(')');
      close = tail < 0 ? b : cue.end + tail;
    } else {
      open = -1;
    }
    const from = optional ? clauseStart(text, a, cue.start) : a;
    current.phrases.push({ pos: cue.start, optional, forward: isForwardOnly(word), open, close, from });
  }
  return out;
}

/**
 * Where a new clause starts: ", and you / we / it...", ", but ...", "so" before the phrase. A
 * plain ", and" is not one: "Docker, Kubernetes, and Terraform is nice" is one list.
 */
const CLAUSE_BREAK =
  /,\s*(?:and|but|while|whereas|because|as)\s+(?=(?:you|we|they|it|this|that|there|i|he|she|our|your|their)\b)|(?:^|[\s,])so\s+(?!(?:on|far|much|many|forth)\b)/gi;

function clauseStart(text: string, sentenceA: number, pos: number): number {
  const head = text.slice(sentenceA, pos);
  let from = sentenceA;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head))
    from = sentenceA + m.index + m[0].length;
  return from;
}

function applies(text: string, p: Phrase, c: Candidate, next: Candidate | undefined): boolean {
  if (p.forward && c.start < p.pos) return false;
  if (c.start < p.from) return false;
  if (p.open < 0) return true;
  if (c.start > p.open && c.end <= p.close) return true;
  // "Kubernetes (preferred)": the bracket follows the mention and holds no other mention.
  const bare = !next || next.start > p.close;
  return bare && p.open >= c.end && /^\s*$/.test(text.slice(c.end, p.open));
}

/**
 * listedAs of each candidate in turn (`at(i)` for i = 0, 1, 2...): the caller builds each
 * mention in the same pass over the candidates, with no array of answers in between.
 */
export class ListedAsReader {
  private readonly sentences: PhraseSentence[];
  private s = 0;
  private p = 0;

  constructor(
    private readonly text: string,
    private readonly cands: readonly Candidate[],
    cues: readonly Cue[],
    private readonly spans: readonly SectionSpan[],
  ) {
    this.sentences = phraseSentences(text, cues);
  }

  /** listedAs of candidate `i`; asked in increasing order of `i`. */
  at(i: number): ListedAs {
    const { spans, sentences, cands } = this;
    const c = cands[i] as Candidate;
    let s = this.s;
    while (s + 1 < spans.length && (spans[s] as SectionSpan).end <= c.start) s++;
    this.s = s;
    const kind = (spans[s] as SectionSpan).kind;
    let p = this.p;
    while (p < sentences.length && (sentences[p] as PhraseSentence).end <= c.start) p++;
    this.p = p;
    const sentence = sentences[p];
    let best: Phrase | undefined;
    if (sentence && sentence.start <= c.start) {
      const phrases = sentence.phrases;
      let bestDist = Number.POSITIVE_INFINITY;
      for (let k = 0; k < phrases.length; k++) {
        const ph = phrases[k] as Phrase;
        if (!applies(this.text, ph, c, cands[i + 1])) continue;
        const d = Math.abs(ph.pos - c.start);
        if (d < bestDist || (d === bestDist && ph.optional)) {
          best = ph;
          bestDist = d;
        }
      }
    }
    if (best?.optional) return 'preferred';
    if (kind === 'requirements') return 'required';
    if (kind === 'preferred') return 'preferred';
    if (best) return 'required';
    return 'unspecified';
  }
}
