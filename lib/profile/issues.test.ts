import { describe, expect, it } from 'vitest';
import { describeIssues, formatPath } from './issues';
import { ProfileSchema } from './schema';

function describe_(value: unknown): string {
  const parsed = ProfileSchema.safeParse(value);
  if (parsed.success) throw new Error('expected issues');
  return describeIssues(parsed.error.issues, value);
}

const base = { skills: [], freeText: [], background: null, years: null, targetRole: null, updatedAt: 0 };

describe('describeIssues', () => {
  it('formats paths like code', () => {
    expect(formatPath(['skills', 2, 'level'])).toBe('skills[2].level');
    expect(formatPath([])).toBe('(top level)');
  });

  it('says what was expected and what was found', () => {
    expect(describe_({ ...base, skills: [{ skill: 'x', level: 'guru' }] })).toBe(
      'skills[0].level: expected one of learning, working, expert, got the text "guru"',
    );
    expect(describe_({ ...base, years: '5' })).toBe('years: expected a number, got the text "5"');
    expect(describe_({ ...base, years: 99 })).toBe('years: must be at most 60, got 99');
    expect(describe_({ ...base, skills: [{ skill: '', level: 'expert' }] })).toBe(
      'skills[0].skill: must not be empty',
    );
    const { background: _b, ...noBackground } = base;
    expect(describe_(noBackground)).toMatch(/^background: missing \(expected one of backend-engineer, /);
    const { freeText: _, ...noFreeText } = base;
    expect(describe_(noFreeText)).toBe('freeText: missing (expected a list [ … ])');
  });

  it('shows at most three issues and counts the rest', () => {
    const text = describe_({
      skills: 1,
      freeText: 1,
      background: 1,
      years: 'x',
      targetRole: 1,
      updatedAt: 'x',
    });
    expect(text.split('; ')).toHaveLength(4);
    expect(text).toMatch(/; and 3 more$/);
  });
});
