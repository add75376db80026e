import { describe, expect, it } from 'vitest';
import { NO_REQUIREMENTS, profileWith, RUST_MACROS, RUST_MACROS_FOUND, skill } from '../../tests/support/fit';
import { heldLevels } from './held-levels';
import { computeFit } from './index';

const MACROS = RUST_MACROS;
const found = RUST_MACROS_FOUND;

describe('own skills in the fit', () => {
  it('counts a held own skill like a catalogue skill of its category and side', () => {
    const skills = [found, skill('docker', 'core')];
    const withIt = computeFit(skills, NO_REQUIREMENTS, profileWith({}, { ownSkills: [MACROS] }));
    // Example 4 in lib/fit/README.md: two core required skills, one held at expert.
    expect(withIt.score).toBe(50);
    expect(withIt.matched.map((m) => [m.skill, m.level, m.side])).toEqual([
      ['own:rust-macros', 'expert', 'engineering'],
    ]);
    const without = computeFit(skills, NO_REQUIREMENTS, profileWith({}));
    expect(without.score).toBe(0);
    expect(without.missing.map((m) => m.skill)).toContain('own:rust-macros');
  });

  it('credits a catalogue skill named by an own skill’s alias, at the own skill’s level', () => {
    const held = heldLevels([{ id: 'pytorch', name: 'PyTorch' }], profileWith({}, { ownSkills: [MACROS] }));
    expect(held).toEqual({ pytorch: 'expert' });
  });
});
