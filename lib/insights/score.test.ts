import { describe, expect, test } from 'vitest';
import { BENCH_PROFILE, generateRows } from '../../tests/fixtures/history/generate';
import { P1, P2, P3, PROFILE } from '../../tests/fixtures/history/rows';
import { computeFit } from '../fit';
import { BANDS } from '../fit/types';
import { decodeRow, encodeSkill, type StoredRow, skillCodes } from '../history/schema';
import { emptyProfile, type Profile } from '../profile/schema';
import { toColumns } from './columns';
import { computeInsights, NO_FILTER } from './index';
import { scoreColumns } from './score';
import { weakerOf } from './sides';

// The insights' scorer must give exactly computeFit's numbers, on many postings and profiles.
const rows = generateRows(1500, 7);
const columns = toColumns(rows);
const entries = rows.map(decodeRow);

const PROFILES: [string, Profile][] = [
  ['empty', emptyProfile()],
  ['bench', BENCH_PROFILE],
  [
    'free text',
    { ...BENCH_PROFILE, skills: BENCH_PROFILE.skills.slice(0, 4), freeText: ['PyTorch', 'k8s', 'MLflow'] },
  ],
  [
    // Holds only relatives of common posting skills, so most points come through `via`.
    'relatives only',
    {
      ...emptyProfile(),
      skills: [
        { skill: 'tensorflow', level: 'expert' },
        { skill: 'gcp', level: 'working' },
        { skill: 'mysql', level: 'learning' },
        { skill: 'podman', level: 'working' },
        { skill: 'prefect', level: 'expert' },
      ],
    },
  ],
  [
    'broad',
    {
      ...emptyProfile(),
      skills: columns.skills
        .filter((_, i) => i % 3 === 0)
        .map((s) => ({ skill: s.id, level: 'expert' as const })),
    },
  ],
];

describe('scoreColumns agrees with computeFit', () => {
  test('the relatives-only profile earns points only through transferable skills', () => {
    const profile = PROFILES.find(([n]) => n === 'relatives only')?.[1] ?? emptyProfile();
    const fits = entries.map((e) => computeFit(e.skills, e.requirements, profile));
    expect(fits.some((f) => f.score > 0)).toBe(true);
    expect(fits.every((f) => f.matched.every((m) => m.level !== null || m.via !== null))).toBe(true);
    expect(fits.some((f) => f.matched.some((m) => m.via !== null))).toBe(true);
  });

  for (const [name, profile] of PROFILES) {
    test(`${name} profile: score, band, every gain, weaker side`, () => {
      const s = scoreColumns(columns, profile);
      entries.forEach((e, r) => {
        const full = computeFit(e.skills, e.requirements, profile);
        expect(s.score[r]).toBe(full.score);
        expect(BANDS[s.band[r] as number]).toBe(full.band);
        const fast: Record<string, number> = {};
        for (let k = columns.start[r] as number; k < (columns.start[r + 1] as number); k++) {
          const g = s.gain[k] as number;
          if (g > 0) fast[columns.skills[columns.skill[k] as number]?.id as string] = g;
        }
        const expected = Object.fromEntries(
          [...full.missing, ...full.matched].filter((i) => i.gain > 0).map((i) => [i.skill, i.gain]),
        );
        expect(fast).toEqual(expected);
        const at = r * 4;
        const weaker = weakerOf(
          { points: s.sides[at] as number, max: s.sides[at + 1] as number },
          { points: s.sides[at + 2] as number, max: s.sides[at + 3] as number },
        );
        expect(weaker).toBe(full.weakerSide);
      });
    });
  }

  test('a skill listed twice in a row counts once, with its stronger listedAs', () => {
    const code = (listedAs: 'required' | 'preferred') =>
      encodeSkill({
        id: 'docker',
        name: 'Docker',
        category: 'core',
        side: 'engineering',
        count: 1,
        listedAs,
      });
    const twice: StoredRow = {
      ...P1,
      skills: [code('preferred'), ...skillCodes(P1).slice(0, 2), code('required')].join(' '),
    };
    const s = scoreColumns(toColumns([twice]), PROFILE);
    const e = decodeRow(twice);
    expect(s.score[0]).toBe(computeFit(e.skills, e.requirements, PROFILE).score);
    expect(
      computeInsights(s, NO_FILTER)
        .demand.core.all()
        .find((d) => d.id === 'docker'),
    ).toMatchObject({
      postings: 1,
      required: 1,
    });
  });

  test('the total gains equal recomputing each posting with the skill at expert level', () => {
    const fixture = [P1, P2, P3];
    const res = computeInsights(scoreColumns(toColumns(fixture), PROFILE), NO_FILTER);
    for (const g of res.gains.all()) {
      const withIt = {
        ...PROFILE,
        skills: [
          ...PROFILE.skills.filter((p) => p.skill !== g.id),
          { skill: g.id, level: 'expert' as const },
        ],
      };
      let rise = 0;
      for (const row of fixture.map(decodeRow)) {
        rise +=
          computeFit(row.skills, row.requirements, withIt).score -
          computeFit(row.skills, row.requirements, PROFILE).score;
      }
      expect([g.id, g.points]).toEqual([g.id, rise]);
    }
  });
});
