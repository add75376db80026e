import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  after,
  before,
  beforeFrom,
  indexLines,
  lineAround,
  lineEndOf,
  lineStartOf,
  releaseLines,
  sentenceAround,
  sentenceEnd,
  sentenceStart,
} from './context';

/** Every reader's answers for one text at every position (and a little past either end). */
function readings(text: string): unknown[] {
  const out: unknown[] = [];
  // Out of order on purpose: the index keeps a cursor, and readers may move back.
  const positions: number[] = [];
  for (let p = -2; p <= text.length + 2; p++) positions.push(p);
  for (let k = positions.length - 1; k >= 0; k -= 3) positions.push(positions[k] as number);
  // And forward by strides that pass several line breaks and sentence ends at once.
  for (const stride of [7, 41]) for (let p = -2; p <= text.length + 2; p += stride) positions.push(p);
  for (const p of positions) {
    out.push(
      before(text, p),
      before(text, p, 80),
      beforeFrom(text, p, 60),
      after(text, p),
      after(text, p, 5),
      lineAround(text, p),
      lineStartOf(text, p),
      lineEndOf(text, p),
      sentenceStart(text, p),
      sentenceEnd(text, p),
      sentenceAround(text, p),
    );
  }
  return out;
}

describe('context readers with the line index', () => {
  afterEach(() => releaseLines());

  it('answer exactly as they do reading the text by hand', () => {
    const piece = fc.constantFrom(
      'a',
      'word ',
      '\n',
      '\r\n',
      '\n\n',
      ' ',
      'x'.repeat(90),
      'y'.repeat(300),
      '. ',
      '.',
      'Node.js',
      '3.5',
      '.\u00a0',
      '.\t',
      ';',
      '!',
      '?',
      '\u2022',
      '\u2029',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const byHand = readings(text);
        expect(indexLines(text)).toBe(true);
        expect(indexLines(text)).toBe(false);
        expect(readings(text)).toEqual(byHand);
        releaseLines();
      }),
    );
  });

  it('read any other text by hand while one is indexed', () => {
    indexLines('one\ntwo\nthree');
    expect(before('abc\ndef', 6)).toBe('de');
    expect(after('abc\ndef', 1)).toBe('bc');
    expect(lineAround('abc\ndef', 5)).toEqual([4, 7]);
    expect(sentenceAround('one. two; three', 6)).toEqual([4, 8]);
  });
});

describe('sentence ends and abbreviations', () => {
  const sentenceOf = (text: string, word: string) => {
    const [a, b] = sentenceAround(text, text.indexOf(word));
    return text.slice(a, b);
  };
  it('reads through the period of an abbreviation that leads into examples', () => {
    expect(sentenceOf('open language models (e.g. Llama, Mistral)', 'Llama')).toContain('language models');
    expect(sentenceOf('Sprachmodelle (z. B. Llama, Mistral)', 'Llama')).toContain('Sprachmodelle');
    expect(sentenceOf('modelos abiertos (p. ej. Llama)', 'Llama')).toContain('modelos');
    expect(sentenceOf('modelli aperti (ad es. Llama)', 'Llama')).toContain('modelli');
    expect(sentenceOf('Python vs. Go for services', 'Go')).toContain('Python');
  });
  it('still ends a sentence at a period after a word or a one-letter language', () => {
    expect(sentenceOf('Experience with R. Docker is a plus', 'Docker')).not.toContain('R.');
    expect(sentenceOf('We code in C. Python helps too', 'Python')).not.toContain('C.');
    expect(sentenceOf('Lernen Sie uns kennen. Bewerben Sie sich jetzt', 'Bewerben')).not.toContain('kennen');
    expect(sentenceOf('Der Sitz ist Bad Tölz. Python ist Pflicht', 'Python')).not.toContain('Tölz');
  });
});
