import { describe, expect, it } from 'vitest';
import { P1 } from '../../tests/fixtures/history/rows';
import { profileWith, RUST_MACROS, RUST_MACROS_FOUND } from '../../tests/support/fit';
import { encodeSkill, type StoredRow } from '../history/schema';
import { computeInsights, NO_FILTER, scoreColumns, toColumns } from './index';

const MACROS = RUST_MACROS;
const found = RUST_MACROS_FOUND;

describe('own skills in the insights', () => {
  it('are counted in the demand with the level the profile holds', () => {
    const row: StoredRow = { ...P1, skills: `${P1.skills} ${encodeSkill(found)}` };
    const scored = scoreColumns(toColumns([row]), profileWith({}, { ownSkills: [MACROS] }));
    const core = computeInsights(scored, NO_FILTER).demand.core.all();
    expect(core.find((d) => d.id === 'own:rust-macros')).toMatchObject({
      name: 'rust macros',
      postings: 1,
      required: 1,
      level: 'expert',
    });
  });
});
