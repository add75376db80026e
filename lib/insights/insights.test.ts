import { describe, expect, test } from 'vitest';
import { P1, P2, P3, PROFILE } from '../../tests/fixtures/history/rows';
import { computeInsights, NO_FILTER, scoreColumns, toColumns } from './index';
import { roleFamily } from './role-family';
import { weekStart } from './trend';

/*
 * Worked by hand with lib/fit's weights (profile: Python expert, PyTorch working, SQL learning).
 * A gain is round(exact + what the skill still lacks) - score.
 * P1 (25 a skill): Python 25 + PyTorch 21.25 = 46.25 → 46 partial. Docker, Kubernetes +25 each
 *   (→ 71, strong); PyTorch round(50) - 46 = +4.
 * P2 (20 a skill): Python 20 → 20 stretch. Docker, Kubernetes, MLflow, CI/CD +20 each (→ 40).
 * P3 (20 × weight): PyTorch 17 + SQL 7.2 + Python 15 = 39.2 → 39 stretch. Kubernetes +20,
 *   SQL round(39.2 + 10.8) - 39 = +11, AWS +9, Spark +8, Airflow +6, Terraform +4, PyTorch +3.
 */
const scored = scoreColumns(toColumns([P1, P2, P3]), PROFILE);
const all = computeInsights(scored, NO_FILTER);

describe('fit per posting', () => {
  test('scores and bands', () => {
    expect([...scored.score]).toEqual([46, 20, 39]);
    expect(scored.levels).toEqual([
      'expert',
      'working',
      null,
      null,
      null,
      null,
      'learning',
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('most-asked skills per category', () => {
  test('ranked by postings, then required count, then name', () => {
    const ids = (c: 'core' | 'underemphasized' | 'nice-to-have') => all.demand[c].all().map((d) => d.id);
    expect(ids('core')).toEqual(['kubernetes', 'python', 'docker', 'pytorch', 'ci-cd', 'mlflow']);
    expect(ids('underemphasized')).toEqual(['sql', 'aws']);
    expect(ids('nice-to-have')).toEqual(['spark', 'airflow', 'terraform']);
  });

  test('counts required and preferred mentions and shows the user level', () => {
    expect(all.demand.core.all()[1]).toMatchObject({
      id: 'python',
      postings: 3,
      required: 2,
      preferred: 0,
      level: 'expert',
    });
    expect(all.demand.underemphasized.all()[1]).toMatchObject({
      id: 'aws',
      postings: 1,
      required: 0,
      preferred: 1,
    });
    expect(all.demand.core.all()[0]).toMatchObject({
      id: 'kubernetes',
      postings: 3,
      required: 3,
      level: null,
    });
  });
});

describe('skills that would raise the fit most', () => {
  test('ranked by total points gained, ties by postings moved to strong, then name', () => {
    expect(all.gains.all().map((g) => [g.id, g.points, g.postings, g.toStrong])).toEqual([
      ['kubernetes', 65, 3, 1],
      ['docker', 45, 2, 1],
      ['ci-cd', 20, 1, 0],
      ['mlflow', 20, 1, 0],
      ['sql', 11, 1, 0],
      ['aws', 9, 1, 0],
      ['spark', 8, 1, 0],
      ['pytorch', 7, 2, 0],
      ['airflow', 6, 1, 0],
      ['terraform', 4, 1, 0],
    ]);
  });

  test('skills held below expert are candidates, with the level the user has', () => {
    expect(all.gains.all().find((g) => g.id === 'pytorch')?.level).toBe('working');
    expect(all.gains.all().find((g) => g.id === 'python')).toBeUndefined();
  });

  test('a posting already strong is never counted as moved into strong', () => {
    const more = { ...PROFILE, skills: [...PROFILE.skills, { skill: 'docker', level: 'expert' as const }] };
    const res = computeInsights(scoreColumns(toColumns([P1]), more), NO_FILTER);
    // P1: 25 + 21.25 + 25 = 71.25 → 71, strong already; Kubernetes would add 25.
    expect(res.trend.avgNow).toBe(71);
    expect(res.gains.all().map((g) => [g.id, g.points, g.toStrong])).toEqual([
      ['kubernetes', 25, 0],
      ['pytorch', 4, 0],
    ]);
  });
});

describe('average fit and trend', () => {
  test('weekly buckets start on Monday (UTC) and average both fits', () => {
    expect(all.trend.weeks).toEqual([
      { start: Date.parse('2026-11-02T00:00:00Z'), postings: 2, avgNow: 33, avgThen: 35 },
      { start: Date.parse('2026-11-09T00:00:00Z'), postings: 1, avgNow: 39, avgThen: 50 },
    ]);
    expect(all.trend.avgNow).toBe(35);
    expect(all.trend.avgThen).toBe(40);
  });

  test('slope in points per week by least squares', () => {
    // x = weeks since P1: 0, 2/7, 10/7. Recorded 40, 30, 50 → +10/week; today 46, 20, 39 → +1.25/week.
    expect(all.trend.slopeThen).toBeCloseTo(10, 10);
    expect(all.trend.slopeNow).toBeCloseTo(1.25, 10);
  });

  test('no slope when the postings span less than a week', () => {
    const res = computeInsights(scoreColumns(toColumns([P1, P2]), PROFILE), NO_FILTER);
    expect(res.trend.slopeThen).toBeNull();
  });

  test('weekStart handles dates before the epoch Monday', () => {
    expect(weekStart(Date.parse('2026-11-08T23:59:59Z'))).toBe(Date.parse('2026-11-02T00:00:00Z'));
    expect(weekStart(0)).toBe(Date.parse('1969-12-29T00:00:00Z'));
  });
});

describe('weaker side', () => {
  test('sums each side over the postings and words the fit advice for many postings', () => {
    // ML: 21.25/25 + 0/20 + 17/20; engineering: 25/75 + 20/80 + 22.2/80.
    expect(all.sides.sides.ml.points).toBeCloseTo(38.25, 9);
    expect(all.sides.sides.ml).toMatchObject({ max: 65, weakerIn: 1 });
    expect(all.sides.sides.engineering.points).toBeCloseTo(67.2, 9);
    expect(all.sides.sides.engineering).toMatchObject({ max: 235, weakerIn: 2 });
    expect(all.sides.weaker).toBe('engineering');
    expect(all.sides.advice).toBe(
      'Your modelling knowledge carries over directly. Your engineering side is thinner for these postings' +
        ' — the usual gap from your background: write tested production code, design an API and ship a model' +
        ' as a service. Start with Kubernetes, Docker, CI/CD.',
    );
  });

  test('no weaker side and no averages without postings', () => {
    const res = computeInsights(scoreColumns(toColumns([]), PROFILE), NO_FILTER);
    expect(res.sides.weaker).toBeNull();
    expect(res.sides.advice).toBeNull();
    expect(res.trend.avgNow).toBeNull();
    expect(res.gains.all()).toEqual([]);
    expect(res.gains.top(10)).toEqual([]);
  });
});

describe('filters', () => {
  test('date range is inclusive on the last-viewed date', () => {
    const res = computeInsights(scored, { ...NO_FILTER, from: P2.lastSeen, to: P3.lastSeen });
    expect(res.postings).toBe(2);
    expect(res.gains.all().map((g) => [g.id, g.points])).toEqual([
      ['kubernetes', 40],
      ['ci-cd', 20],
      ['docker', 20],
      ['mlflow', 20],
      ['sql', 11],
      ['aws', 9],
      ['spark', 8],
      ['airflow', 6],
      ['terraform', 4],
      ['pytorch', 3],
    ]);
  });

  test('role family from the title', () => {
    expect([P1, P2, P3].map((p) => roleFamily(p.title))).toEqual(['general', 'mlops', 'vision']);
    const res = computeInsights(scored, { ...NO_FILTER, family: 'vision' });
    expect(res.postings).toBe(1);
    expect(res.demand.core.all().map((d) => d.id)).toEqual(['kubernetes', 'pytorch', 'python']);
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
