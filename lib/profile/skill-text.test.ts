import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanResumeText, cleanSkillText } from './skill-text';

describe('cleanSkillText', () => {
  it.each([
    ['  Py\u200bTorch  ', 'PyTorch'],
    ['\u202eSQL\u202c', 'SQL'],
    ['\ufeffRust\u2060', 'Rust'],
    ['ＭＬ\u00a0Ｏｐｓ', 'ML Ops'],
    ['ﬁne-tuning', 'fine-tuning'],
    ['Basket\tweaving\n', 'Basket weaving'],
    ['', ''],
  ])('%j → %j', (raw, text) => {
    expect(cleanSkillText(raw)).toEqual({ ok: true, text });
  });

  it.each(['a\x1b[31mb', 'x\x00', 'bell\x07', 'c1\x9b2J', 'del\x7f'])('refuses %j', (raw) => {
    expect(cleanSkillText(raw)).toEqual({ ok: false, reason: 'it contains control characters' });
  });

  it('leaves no format or control character in anything it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const clean = cleanSkillText(raw);
        if (clean.ok) expect(clean.text).not.toMatch(/[\p{Cf}\p{Cc}]/u);
      }),
    );
  });
});

describe('cleanResumeText', () => {
  it('keeps the lines, drops the format characters', () => {
    expect(cleanResumeText('Py\u00adTorch\n\u200bSQL')).toBe('PyTorch\nSQL');
  });
});
