/**
 * Every saved posting is an ML engineer posting, so the role filter splits them by the
 * kind of ML engineering the title names. First match wins; platform work comes first
 * because "MLOps Engineer, LLM Platform" is about the platform more than what it serves.
 */
export const ROLE_FAMILIES = ['mlops', 'llm', 'vision', 'language', 'recsys', 'general'] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export const ROLE_FAMILY_LABEL: Record<RoleFamily, string> = {
  mlops: 'MLOps / ML platform',
  llm: 'LLM / generative AI',
  vision: 'Computer vision',
  language: 'NLP / speech',
  recsys: 'Recommendation / ranking',
  general: 'Other ML engineering',
};

const PATTERNS: [RoleFamily, RegExp][] = [
  ['mlops', /\bml\s?ops\b|\bplatform\b|\binfrastructure\b|\binfra\b/i],
  ['llm', /\bllms?\b|\bgen\s?ai\b|\bgenerative\b|\blarge language\b|\bfoundation models?\b|\bai engineer\b/i],
  ['vision', /\bcomputer vision\b|\bvision\b|\bcv\b|\bperception\b|\bimag(e|ing)\b/i],
  ['language', /\bnlp\b|\bnatural language\b|\bspeech\b|\basr\b|\bconversational\b/i],
  ['recsys', /\brecommend\w*|\branking\b|\bsearch\b|\bpersonali[sz]ation\b|\brecsys\b|\bads\b/i],
];

export function roleFamily(title: string): RoleFamily {
  for (const [family, re] of PATTERNS) if (re.test(title)) return family;
  return 'general';
}
