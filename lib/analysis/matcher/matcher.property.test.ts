import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../../../tests/support/analysis-catalogue';
import { TEST_MATCHER } from '../../../tests/support/matcher';
import { analyzePosting } from '../index';
import { matchSkills } from './match';

const SKILL_WORDS = [
  ...TEST_CATALOGUE.flatMap((e) => [e.name, ...e.aliases]),
  'Go-to',
  'R&D',
  'Series C',
  'CI / CD',
  'X-ray',
  'feature stores',
];
const GLUE = [
  ' ',
  ', ',
  '/',
  ' and ',
  '(',
  ')',
  '\n',
  '\u00a0',
  '-',
  '.',
  ' is a plus. ',
  '\nRequirements:\n',
  '• ',
  '😀',
];

/** Text mixing arbitrary UTF-16 (lone surrogates included) with real skill words and glue. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(...SKILL_WORDS),
      fc.constantFrom(...GLUE),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function checkMentions(text: string): void {
  const mentions = matchSkills(text, TEST_MATCHER);
  let prevEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(prevEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    prevEnd = m.end;
  }
}

/** Time to lower-case the text and split it into words: the least any reader of it must do. */
function wordFloor(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const words = text.toLowerCase().split(/\s+/);
    if (words.length === 0) throw new Error('unreachable');
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 1);
}

describe('matcher properties', () => {
  it('offsets slice to the mention text; mentions are sorted and never overlap', () => {
    fc.assert(fc.property(mixedText, checkMentions), { numRuns: 400 });
  });

  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkMentions(text);
        const a = analyzePosting({ text, title: text.slice(0, 20) });
        for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
    for (const text of ['\ud800', 'Python\udc00SQL', '\udbff\udfff Go, Rust', 'C++\ud83d']) {
      expect(() => analyzePosting({ text })).not.toThrow();
    }
  });

  it('the full analysis keeps the same invariants on mixed text', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const a = analyzePosting({ text });
        let prevEnd = 0;
        for (const m of a.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(prevEnd);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          prevEnd = m.end;
        }
        expect(a.role.confidence).toBeGreaterThanOrEqual(0);
        expect(a.role.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('one 2 MB line without breaks costs no more than many short ones (no per-word line scans)', () => {
    const unit =
      'Experience with Spark and Kafka is a plus, Python required, Go or Rust preferred, R&D in Building S3 ';
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    analyzePosting({ text: text.slice(0, 100_000) });
    const floor = wordFloor(text);
    const t0 = performance.now();
    const a = analyzePosting({ text });
    expect(a.mentions.length).toBeGreaterThan(50_000);
    // ~10× the floor here; before lines were read within bounds, it was over 1,000×.
    expect((performance.now() - t0) / floor).toBeLessThan(200);
  }, 60_000);

  it('a 5 MB text finishes in bounded time', () => {
    const paragraph =
      'Requirements:\n• 5+ years of Python, SQL and AWS/GCP/Azure ML (PyTorch, TensorFlow).\n' +
      'We are a Series C company; our go-to stack is Go, Rust or C++ with Spark and Kafka.\n' +
      'Nice to have: Kubernetes, CI/CD, feature stores and model serving — familiarity with R is a plus.\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    analyzePosting({ text: text.slice(0, 200_000) }); // compile the hot paths first
    const floor = wordFloor(text);
    const t0 = performance.now();
    const a = analyzePosting({ text });
    const ms = performance.now() - t0;
    expect(a.mentions.length).toBeGreaterThan(0);
    // A guard against super-linear blow-ups, not a benchmark (npm run bench is): a ratio to
    // a baseline timed in the same moment, so a loaded machine slows both alike.
    expect(ms / floor).toBeLessThan(200);
  }, 60_000);
});
