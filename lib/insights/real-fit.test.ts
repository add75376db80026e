import { describe, expect, test } from 'vitest';
import { P1, P2, P3, PROFILE } from '../../tests/fixtures/history/rows';
import { decodeRow } from '../history/schema';
import type { Profile } from '../profile/schema';
import { fitEngine } from './engine';
import { computeInsights, NO_FILTER, prepare } from './index';

/**
 * With the real fit module, the shortcut the insights take (summing FitResult gains) must
 * agree with recomputing each posting's fit with the skill added at expert level.
 */
function withExpert(profile: Profile, skill: string): Profile {
  return {
    ...profile,
    skills: [...profile.skills.filter((s) => s.skill !== skill), { skill, level: 'expert' }],
  };
}

const rows = [P1, P2, P3];
const res = computeInsights(prepare(rows, PROFILE, fitEngine), NO_FILTER);

describe('insights with the real fit', () => {
  test('every total gain equals the sum of recomputed score rises', () => {
    expect(res.gains.length).toBeGreaterThan(0);
    for (const g of res.gains) {
      let rise = 0;
      let toStrong = 0;
      for (const row of rows) {
        const e = decodeRow(row);
        const before = fitEngine.computeFit(e.skills, e.requirements, PROFILE);
        const after = fitEngine.computeFit(e.skills, e.requirements, withExpert(PROFILE, g.id));
        rise += after.score - before.score;
        if (before.band !== 'strong' && after.band === 'strong') toStrong++;
      }
      expect([g.id, g.points, g.toStrong]).toEqual([g.id, rise, toStrong]);
    }
  });

  test('ranked by points, largest first', () => {
    const points = res.gains.map((g) => g.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(res.gains[0]?.id).toBe('docker');
  });

  test('the advice is worded for many postings and names skills of the weaker side', () => {
    expect(res.sides.weaker).toBe('engineering');
    expect(res.sides.advice).toContain('thinner for these postings');
    expect(res.sides.advice).toContain('Start with Docker');
  });
});
