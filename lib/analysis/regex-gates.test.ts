import { describe, expect, it } from 'vitest';
import { endsWithOps } from './matcher/role-phrases';
import { mayBeAgoOrOld, mayBeUpTo } from './requirements/years';
import { mayBeHave, mayBeNotA } from './sections/inline-cues';
import { mayBeTagLabel } from './sections/listed-as';

/**
 * Each hand-written gate must hold wherever the regex it guards matches (else the engine would
 * skip a match), and should be false on ordinary text (else it saves nothing).
 */
function checkGate(gate: (s: string) => boolean, regex: RegExp, matching: string[], other: string[]) {
  for (const s of matching) {
    expect(regex.test(s), s).toBe(true);
    expect(gate(s), s).toBe(true);
  }
  for (const s of other) {
    if (regex.test(s)) expect(gate(s), s).toBe(true);
  }
  expect(other.some((s) => !gate(s))).toBe(true);
}

describe('regex gates', () => {
  it('endsWithOps is /ops$/i', () => {
    for (const s of [
      'MLOps',
      'DATAOPS',
      'finops',
      'oPs',
      'Ops',
      'ops',
      'op',
      'ps',
      'Opsx',
      'Kafka',
      '',
      'ſops',
      'OPſ',
    ])
      expect(endsWithOps(s), s).toBe(/ops$/i.test(s));
  });

  it('mayBeAgoOrOld holds wherever "ago"/"old" follows', () => {
    checkGate(
      mayBeAgoOrOld,
      /^\s*(?:ago|old)\b/i,
      [' ago', '  AGO,', '\u00a0old', 'Old company', 'ago'],
      [' of experience', ' or more', ' agile', ' olden days', '', ' a', ' o'],
    );
  });

  it('mayBeUpTo holds wherever an "up to" phrase ends the head', () => {
    checkGate(
      mayBeUpTo,
      /(?:up to|less than|under|bis zu|no more than)\s*\S*\s*$/i,
      ['for Up To 5', 'LESS THAN 3+ ', 'we ask under 2', 'Bis zu 4', 'no more than  10 '],
      ['at least 5', 'minimum of 3', '5-7', 'up to you to show 3', ''],
    );
  });

  it('mayBeHave holds wherever "must" is a "must have(s)" header', () => {
    checkGate(
      mayBeHave,
      /^\s*-?\s*haves?\s*:?$/i,
      ['-haves:', ' - Haves', ' have', 'HAVE :'],
      [' have Python', ' be', '', ' know'],
    );
  });

  it('mayBeNotA holds wherever "not a" comes before "must"', () => {
    checkGate(
      mayBeNotA,
      /\bnot\s+a\s+$/i,
      ['is not a ', 'NOT A\u00a0', 'not  a \n'],
      ['is a', 'this is ', 'a ', '', 'not an ', 'not a'],
    );
  });

  it('mayBeTagLabel holds wherever a skill-tags label opens the text', () => {
    const label =
      /^\s*(?:skills|competenze|compétences|competencias|competências|kenntnisse|umiejętności|vaardigheden|kompetenser)\s*:/i;
    checkGate(
      (s) => mayBeTagLabel(s, 0),
      label,
      ['Skills: a · b', '  COMPÉTENCES :', 'Kenntnisse:', 'umiejętności:', '\tVaardigheden:', 'kompetenser:'],
      ['Requirements: x', 'About us', '', '- Python', 'Nice to have'],
    );
  });
});
