import { describe, expect, it } from 'vitest';
import { type ExtraSkill, isAmbiguousForm, matcherWithExtras } from './extra-skills';
import { analyzePosting } from './index';

const extra = (name: string, fields: Partial<ExtraSkill> = {}): ExtraSkill => ({
  id: `own:${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  aliases: [],
  category: 'nice-to-have',
  side: 'engineering',
  ...fields,
});

const MACROS = extra('Rust macros', { aliases: ['proc macros'], category: 'core', side: 'engineering' });
const FORGE = extra('Forge', { category: 'underemphasized', side: 'ml' });
const Q = extra('Q');

const own = (text: string, extras: readonly ExtraSkill[]) =>
  analyzePosting({ text }, { extraSkills: extras })
    .mentions.filter((m) => m.own)
    .map((m) => m.text);

describe('own skills in the engine', () => {
  it('finds an own skill by its name and its aliases, flagged own, with its category and side', () => {
    const text = 'Requirements:\n- Python and proc macros\n- Rust macros are a plus';
    const analysis = analyzePosting({ text }, { extraSkills: [MACROS] });
    const mentions = analysis.mentions.filter((m) => m.own);
    expect(mentions.map((m) => [m.text, m.skill, m.category, text.slice(m.start, m.end)])).toEqual([
      ['proc macros', MACROS.id, 'core', 'proc macros'],
      ['Rust macros', MACROS.id, 'core', 'Rust macros'],
    ]);
    expect(analysis.skills.find((s) => s.id === MACROS.id)).toMatchObject({
      name: 'Rust macros',
      category: 'core',
      side: 'engineering',
      count: 2,
    });
    expect(analysis.mentions.filter((m) => !m.own).every((m) => !m.skill.startsWith('own:'))).toBe(true);
  });

  it('leaves the catalogue findings and the role exactly as without own skills', () => {
    const texts = [
      'Senior Machine Learning Engineer. Go, Rust macros and Kubernetes. Experience with Forge and Spark.',
      'We are hiring: Q, R, Python; C and Forge. Ray Smith will lead. Deploy with Docker.',
    ];
    for (const text of texts) {
      const base = analyzePosting({ text, title: 'ML Engineer' });
      const withOwn = analyzePosting({ text, title: 'ML Engineer' }, { extraSkills: [MACROS, FORGE, Q] });
      expect(withOwn.mentions.filter((m) => !m.own)).toEqual(base.mentions);
      expect(withOwn.role).toEqual(base.role);
      expect(withOwn.isMlEngineer).toBe(base.isMlEngineer);
      expect(withOwn.requirements).toEqual(base.requirements);
    }
  });

  it('takes a one-letter skill only as written and with evidence', () => {
    expect(own('Skills: Python, Q, Kubernetes', [Q])).toEqual(['Q']);
    expect(own('Experience with Q is a plus.', [Q])).toEqual(['Q']);
    expect(own('Q is the letter we chose. Mind the q.', [Q])).toEqual([]);
    // Lower case in prose; a tag line ("Skills: python q kubernetes") is evidence for all, as in the catalogue.
    expect(own('We use python, q and kubernetes daily.', [Q])).toEqual([]);
  });

  it('takes an English-word skill only with context, never its plural', () => {
    expect(own('We forge ahead and build things.', [FORGE])).toEqual([]);
    expect(own('Our Forge is where we work.', [FORGE])).toEqual([]);
    expect(own('Experience with Forge and Python.', [FORGE])).toEqual(['Forge']);
    expect(own('Tools: Forge, Airflow, Kubernetes', [FORGE])).toEqual(['Forge']);
    expect(own('Tools: Forges, Airflow, Kubernetes', [FORGE])).toEqual([]);
    // An ambiguous alias gets the same care as an ambiguous name.
    const aliased = extra('Rust macros', { aliases: ['Macro'] });
    expect(own('A macro view of the market.', [aliased])).toEqual([]);
    expect(own('Tools: Macro, Python, Kubernetes', [aliased])).toEqual(['Macro']);
  });

  it('knows which forms are ambiguous', () => {
    expect(['Q', 'qq', 'Forge', 'spark', 'go'].filter(isAmbiguousForm)).toEqual([
      'Q',
      'qq',
      'Forge',
      'spark',
      'go',
    ]);
    expect(['Rust macros', 'Prolog', 'Quarto'].filter(isAmbiguousForm)).toEqual([]);
  });

  it('compiles the extras once while they stay the same', () => {
    const a = matcherWithExtras([MACROS, FORGE]);
    expect(matcherWithExtras([{ ...MACROS }, { ...FORGE }])).toBe(a);
    expect(matcherWithExtras([MACROS, { ...FORGE, aliases: ['Forge ML'] }])).not.toBe(a);
  });
});
