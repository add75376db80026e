import type { SkillEntry } from '../../lib/analysis/catalogue/index';

/** A small fixed catalogue so profile tests do not depend on the shipped data as it grows. */
export const TEST_CATALOGUE: SkillEntry[] = [
  { id: 'python', name: 'Python', aliases: [], category: 'core', side: 'engineering', kind: 'language' },
  { id: 'pytorch', name: 'PyTorch', aliases: ['torch'], category: 'core', side: 'ml', kind: 'ml-framework' },
  {
    id: 'scikit-learn',
    name: 'scikit-learn',
    aliases: ['sklearn'],
    category: 'core',
    side: 'ml',
    kind: 'ml-library',
  },
  {
    id: 'kubernetes',
    name: 'Kubernetes',
    aliases: ['k8s'],
    category: 'core',
    side: 'engineering',
    kind: 'infra',
  },
  {
    id: 'ci-cd',
    name: 'CI/CD',
    aliases: ['continuous integration'],
    category: 'core',
    side: 'engineering',
    kind: 'practice',
  },
  { id: 'feature-store', name: 'Feature store', aliases: [], category: 'core', side: 'ml', kind: 'mlops' },
  { id: 'sql', name: 'SQL', aliases: [], category: 'underemphasized', side: 'engineering', kind: 'database' },
  {
    id: 'postgresql',
    name: 'PostgreSQL',
    aliases: ['Postgres'],
    category: 'underemphasized',
    side: 'engineering',
    kind: 'database',
  },
  {
    id: 'aws',
    name: 'AWS',
    aliases: ['Amazon Web Services'],
    category: 'underemphasized',
    side: 'engineering',
    kind: 'cloud',
  },
  {
    id: 'spark',
    name: 'Apache Spark',
    aliases: ['Spark', 'PySpark'],
    category: 'nice-to-have',
    side: 'engineering',
    kind: 'data-tool',
  },
  {
    id: 'go',
    name: 'Go',
    aliases: ['Golang'],
    category: 'nice-to-have',
    side: 'engineering',
    kind: 'language',
  },
];

export function testSkill(id: string): SkillEntry {
  const skill = TEST_CATALOGUE.find((s) => s.id === id);
  if (!skill) throw new Error(`no test skill ${id}`);
  return skill;
}
