import { describe, expect, test } from 'vitest';
import { CATEGORIES, DEGREES, LISTED_AS, ROLE_IDS, SIDES } from '../analysis/types';
import { RequirementsSchema, RoleVerdictSchema, SkillSummarySchema } from './schema';

describe('the schemas take their enums from the vocabulary', () => {
  const skill = { id: 'x', name: 'X', category: 'core', side: 'ml', count: 1, listedAs: 'required' };

  test('every category, side and listedAs passes; anything else does not', () => {
    for (const category of CATEGORIES)
      expect(SkillSummarySchema.safeParse({ ...skill, category }).success).toBe(true);
    for (const side of SIDES) expect(SkillSummarySchema.safeParse({ ...skill, side }).success).toBe(true);
    for (const listedAs of LISTED_AS)
      expect(SkillSummarySchema.safeParse({ ...skill, listedAs }).success).toBe(true);
    expect(SkillSummarySchema.safeParse({ ...skill, category: 'optional' }).success).toBe(false);
    expect(SkillSummarySchema.safeParse({ ...skill, side: 'both' }).success).toBe(false);
  });

  test('every role id and degree passes; anything else does not', () => {
    for (const id of ROLE_IDS)
      expect(RoleVerdictSchema.safeParse({ id, confidence: 1, reasons: [] }).success).toBe(true);
    expect(RoleVerdictSchema.safeParse({ id: 'ceo', confidence: 1, reasons: [] }).success).toBe(false);
    for (const degree of DEGREES)
      expect(RequirementsSchema.safeParse({ years: null, degree }).success).toBe(true);
    expect(RequirementsSchema.safeParse({ years: null, degree: 'mba' }).success).toBe(false);
  });
});
