import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_CODE } from '../cues';
import { DEFAULT_MATCHER } from './match';
import { type Cue, cuesByCode, mergedCues, scan } from './scan';

const KINDS = DEFAULT_MATCHER.cueKinds;

describe('cuesByCode and mergedCues', () => {
  it('split the cue words by code and merge two codes back, in text order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: KINDS }), { minLength: 60, maxLength: 60 }),
        (starts, codes) => {
          const cues: Cue[] = [...starts]
            .sort((a, b) => a - b)
            .map((start, k) => ({ start, end: start + 1, code: codes[k] as number }));
          const { byCode, roleSignals } = cuesByCode(cues, KINDS, CUE_CODE.negation);
          for (let code = 1; code <= KINDS; code++) {
            expect(byCode[code]).toEqual(cues.filter((c) => c.code === code));
          }
          expect(roleSignals).toEqual(cues.filter((c) => c.code >= CUE_CODE.negation));
          const a = byCode[CUE_CODE.optional] as Cue[];
          const b = byCode[CUE_CODE.must] as Cue[];
          expect(mergedCues(a, b)).toEqual(
            cues.filter((c) => c.code === CUE_CODE.optional || c.code === CUE_CODE.must),
          );
        },
      ),
    );
  });

  it('give each reader the cue words a scan found', () => {
    const { cues } = scan(
      DEFAULT_MATCHER,
      'Python is required; Kafka is a plus. 5+ years of experience, a BSc or MSc. We deploy to production.',
    );
    const { byCode } = cuesByCode(cues, KINDS, CUE_CODE.negation);
    expect((byCode[CUE_CODE.years] as Cue[]).length).toBe(1);
    expect((byCode[CUE_CODE.degree] as Cue[]).length).toBe(2);
    const phrasing = mergedCues(byCode[CUE_CODE.optional] as Cue[], byCode[CUE_CODE.must] as Cue[]);
    expect(phrasing.map((c) => c.code)).toEqual([CUE_CODE.must, CUE_CODE.optional]);
  });
});
