import { describe, expect, test } from 'vitest';
import { doubleEngine } from '../../tests/fixtures/history/fit-double';
import { P1, P2, P3, PROFILE } from '../../tests/fixtures/history/rows';
import { computeInsights, NO_FILTER, prepare } from './index';
import { roleFamily } from './role-family';
import { weekStart } from './trend';

// Every expectation below is worked out by hand from the fit double's round weights
// (see tests/fixtures/history/fit-double.ts). Today's fits: P1 37, P2 20, P3 29.
const prepared = prepare([P1, P2, P3], PROFILE, doubleEngine);
const all = computeInsights(prepared, NO_FILTER);

describe('most-asked skills per category', () => {
  test('ranked by postings, then required count, then name', () => {
    const ids = (c: 'core' | 'underemphasized' | 'nice-to-have') => all.demand[c].map((d) => d.id);
    expect(ids('core')).toEqual(['python', 'docker', 'pytorch', 'kubernetes']);
    expect(ids('underemphasized')).toEqual(['aws', 'sql']);
    expect(ids('nice-to-have')).toEqual(['spark', 'terraform']);
  });

  test('counts required and preferred mentions and shows the user level', () => {
    const python = all.demand.core[0];
    expect(python).toMatchObject({ postings: 3, required: 2, preferred: 0, level: 'expert' });
    const sql = all.demand.underemphasized[1];
    expect(sql).toMatchObject({ id: 'sql', postings: 2, required: 1, preferred: 1, level: 'learning' });
    expect(all.demand.core[3]).toMatchObject({ id: 'kubernetes', postings: 1, level: null });
  });
});

describe('skills that would raise the fit most', () => {
  test('ranked by total points gained, ties by postings moved to strong, then name', () => {
    expect(all.gains.map((g) => [g.id, g.points, g.postings, g.toStrong])).toEqual([
      ['docker', 40, 2, 1],
      ['aws', 32, 2, 0],
      ['kubernetes', 20, 1, 0],
      ['sql', 18, 2, 0],
      ['pytorch', 10, 2, 0],
      ['spark', 4, 1, 0],
      ['terraform', 4, 1, 0],
    ]);
  });

  test('skills held below expert are candidates, with the level the user has', () => {
    expect(all.gains.find((g) => g.id === 'pytorch')?.level).toBe('working');
    expect(all.gains.find((g) => g.id === 'python')).toBeUndefined();
  });

  test('a posting already strong is never counted as moved into strong', () => {
    const strongProfile = {
      ...PROFILE,
      skills: [...PROFILE.skills, { skill: 'docker', level: 'expert' as const }],
    };
    const res = computeInsights(prepare([P1], strongProfile, doubleEngine), NO_FILTER);
    // P1 now: python 20 + pytorch 15 + docker 20 + sql 2 = 57, strong already.
    expect(res.trend.avgNow).toBe(57);
    expect(res.gains.every((g) => g.toStrong === 0)).toBe(true);
  });
});

describe('average fit and trend', () => {
  test('weekly buckets start on Monday (UTC) and average both fits', () => {
    expect(all.trend.weeks).toEqual([
      { start: Date.parse('2026-11-02T00:00:00Z'), postings: 2, avgNow: 28.5, avgThen: 35 },
      { start: Date.parse('2026-11-09T00:00:00Z'), postings: 1, avgNow: 29, avgThen: 50 },
    ]);
    expect(all.trend.avgNow).toBeCloseTo(86 / 3, 10);
    expect(all.trend.avgThen).toBe(40);
  });

  test('slope in points per week by least squares', () => {
    expect(all.trend.slopeThen).toBeCloseTo(10, 10);
    expect(all.trend.slopeNow).toBeCloseTo(-1.75, 10);
  });

  test('no slope when the postings span less than a week', () => {
    const res = computeInsights(prepare([P1, P2], PROFILE, doubleEngine), NO_FILTER);
    expect(res.trend.slopeThen).toBeNull();
  });

  test('weekStart handles dates before the epoch Monday', () => {
    expect(weekStart(Date.parse('2026-11-08T23:59:59Z'))).toBe(Date.parse('2026-11-02T00:00:00Z'));
    expect(weekStart(0)).toBe(Date.parse('1969-12-29T00:00:00Z'));
  });
});

describe('weaker side', () => {
  test('sums each side over the postings and words the advice for the background', () => {
    expect(all.sides.sides.ml).toMatchObject({ points: 30, max: 40, share: 0.75, weakerIn: 0 });
    expect(all.sides.sides.engineering).toMatchObject({ points: 56, max: 174, weakerIn: 2 });
    expect(all.sides.weaker).toBe('engineering');
    expect(all.sides.advice).toBe(
      'advice for backend-engineer on the engineering side, start with docker, aws, kubernetes',
    );
  });

  test('no weaker side without postings', () => {
    const res = computeInsights(prepare([], PROFILE, doubleEngine), NO_FILTER);
    expect(res.sides.weaker).toBeNull();
    expect(res.sides.advice).toBeNull();
    expect(res.trend.avgNow).toBeNull();
  });
});

describe('filters', () => {
  test('date range is inclusive on the last-viewed date', () => {
    const res = computeInsights(prepared, { ...NO_FILTER, from: P2.lastSeen, to: P3.lastSeen });
    expect(res.postings).toBe(2);
    expect(res.gains.map((g) => g.id)).toEqual([
      'docker',
      'kubernetes',
      'aws',
      'sql',
      'pytorch',
      'spark',
      'terraform',
    ]);
  });

  test('role family from the title', () => {
    expect([P1, P2, P3].map((p) => roleFamily(p.title))).toEqual(['general', 'mlops', 'vision']);
    const res = computeInsights(prepared, { ...NO_FILTER, family: 'vision' });
    expect(res.postings).toBe(1);
    expect(res.demand.core.map((d) => d.id)).toEqual(['pytorch', 'python']);
  });

  test('role families', () => {
    expect(roleFamily('Senior LLM Engineer')).toBe('llm');
    expect(roleFamily('GenAI Engineer')).toBe('llm');
    expect(roleFamily('ML Platform Engineer')).toBe('mlops');
    expect(roleFamily('NLP Engineer')).toBe('language');
    expect(roleFamily('Speech Recognition ML Engineer')).toBe('language');
    expect(roleFamily('Machine Learning Engineer, Ranking')).toBe('recsys');
    expect(roleFamily('Machine Learning Engineer')).toBe('general');
    expect(roleFamily('Research Engineer, Imaging')).toBe('vision');
  });
});
