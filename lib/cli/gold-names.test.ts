import { describe, expect, it } from 'vitest';
import { goldSkillId } from './gold-names';

describe('goldSkillId', () => {
  it('resolves a name as the profile resolver does', () => {
    expect(goldSkillId('Kubernetes')).toBe('kubernetes');
    expect(goldSkillId('k8s')).toBe('kubernetes');
  });

  it("reads a name with the ad's own qualifier as the one skill written inside it", () => {
    expect(goldSkillId('Multilingual NLP')).toBe('nlp');
    expect(goldSkillId('Terraform modules at scale')).toBe('terraform');
  });

  it('leaves a name unresolved when it holds two skills, none, or a word that needs a sentence', () => {
    expect(goldSkillId('Python and SQL scripting')).toBeUndefined();
    expect(goldSkillId('Stakeholder storytelling')).toBeUndefined();
    // "Go" is also a word: only a sentence can say which, so the gold name says nothing.
    expect(goldSkillId('Go-live support')).toBeUndefined();
  });
});
