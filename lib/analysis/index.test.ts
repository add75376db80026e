import { describe, expect, it } from 'vitest';
import { TEST_MATCHER } from '../../tests/support/matcher';
import { analyzePosting, analyzePostingWith } from './index';

const POSTING = `Title: Senior Machine Learning Engineer
Company: Python Robotics
Location: Building S3, Cambridge

The work
Deploy PyTorch models to production and serve them on Kubernetes.

Requirements
- 5+ years of experience with Python and SQL
- Docker; Kubernetes is a plus
- BS/MS in Computer Science

Nice to have
- Kafka
- Python tooling`;

describe('analyzePosting', () => {
  const a = analyzePostingWith({ text: POSTING }, TEST_MATCHER);

  it('returns offsets into the full text, metadata lines included, but no mentions from them', () => {
    for (const m of a.mentions) expect(POSTING.slice(m.start, m.end)).toBe(m.text);
    expect(a.mentions[0]?.text).toBe('PyTorch');
    expect(a.mentions.some((m) => m.start < POSTING.indexOf('About us'))).toBe(false);
  });

  it('summarises each skill once, in order of first mention, with its strongest listedAs', () => {
    expect(a.skills.map((s) => `${s.id}:${s.listedAs}:${s.count}`)).toEqual([
      'pytorch:unspecified:1',
      'kubernetes:preferred:2',
      'python:required:2',
      'sql:required:1',
      'docker:required:1',
      'kafka:preferred:1',
    ]);
    expect(a.skills.find((s) => s.id === 'sql')).toMatchObject({
      name: 'SQL',
      category: 'underemphasized',
      side: 'engineering',
    });
  });

  it("reads no skill from a recruiter mail's subject line", () => {
    const mail =
      'Subject: Senior Android Developer | Kotlin | Berlin\n\nHi Sam,\n\nThe team needs Kotlin and Jetpack Compose.';
    const m = analyzePosting({ text: mail }).mentions;
    expect(m.map((x) => x.text)).toEqual(['Kotlin', 'Jetpack Compose']);
    expect(m[0]?.start).toBe(mail.lastIndexOf('Kotlin'));
  });

  it('detects the role and the requirements', () => {
    expect(a.isMlEngineer).toBe(true);
    expect(a.role.id).toBe('ml-engineer');
    expect(a.requirements).toEqual({ years: { min: 5 }, degree: 'bachelor' });
  });

  it('uses the default catalogue when no matcher is given, and survives empty input', () => {
    expect(analyzePosting({ text: 'We need Python and SQL' }).skills.map((s) => s.id)).toEqual([
      'python',
      'sql',
    ]);
    const empty = analyzePosting({ text: '' });
    expect(empty).toMatchObject({ mentions: [], skills: [], requirements: { years: null, degree: null } });
  });
});

describe('design documents', () => {
  it('"high- and low-level designs" are technical design, not a game level design', () => {
    const ids = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);
    const designs = ids('Write and maintain high- and low-level designs for the WAN.');
    expect(designs).toContain('technical-design');
    expect(designs).not.toContain('level-design');
    expect(ids('Experience with level design in Unreal Engine.')).toContain('level-design');
  });
});
