import { describe, expect, it } from 'vitest';
import { analyzePosting, skillsOf } from './index';

describe('skillsOf', () => {
  it('finds the skills analyzePosting finds, without role or requirements', () => {
    const text =
      'Company: Example Labs\nSenior engineer with 5+ years of Python, PyTorch and Kubernetes; Terraform is a plus.\n' +
      'You will ship ranking models with MLflow and write SQL against Snowflake.';
    const skills = skillsOf(text);
    expect(skills.length).toBeGreaterThan(4);
    expect(skills).toEqual(analyzePosting({ text }).skills);
  });
});
