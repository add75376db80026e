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
    // Capitalised beside a named skill, the word may be the name: still undecided.
    expect(goldSkillId('Terraform Go-live')).toBeUndefined();
  });

  it("reads a product named without its vendor's word, only in a product's Title Case", () => {
    expect(goldSkillId('Data Factory')).toBe('azure-data-factory');
    expect(goldSkillId('Savings Plans')).toBe('aws-savings-plans');
    expect(goldSkillId('Data science')).not.toBe('oci-data-science');
  });

  it('reads a product after its platform, and the named skill of a slash pair', () => {
    expect(goldSkillId('PyTorch FSDP')).toBe('fsdp');
    expect(goldSkillId('C/C++')).toBe('cpp');
    // A concept after a product is the ad's qualifier, not a product of it.
    expect(goldSkillId('Terraform state management')).not.toBe('state-management');
  });

  it('reads a name with its version glued on as the name', () => {
    expect(goldSkillId('YOLO11')).toBe(goldSkillId('YOLO'));
    expect(goldSkillId('YOLO11')).toBeDefined();
    expect(goldSkillId('Python3')).toBe('python');
  });

  it('reads no plural of a word that is a name only with a rule', () => {
    expect(goldSkillId('Epics')).toBeUndefined();
    expect(goldSkillId('Flows')).toBeUndefined();
    expect(goldSkillId('Epic')).toBe('epic-ehr');
  });
});
