import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../analysis/catalogue/index';
import { parseProfileImport } from './import';
import { normalizeSkillText, resolveSkill } from './resolve-skill';

/**
 * Forms the postings tell apart by their separators but typed text cannot ("X-Ray" beside
 * CloudWatch is AWS X-Ray, "Xray" beside Jira the test tool): typed, the skill whose NAME it is
 * wins (the Jira tool); the other is found by its full name ("AWS X-Ray").
 */
const SHARED_TYPED = new Map([[normalizeSkillText('X-Ray'), 'xray']]);

/** Against the shipped catalogue: typed text must resolve to one skill, never to a guess. */
describe('resolving against the shipped catalogue', () => {
  it('no two skills share an id, name or alias once case and separators are ignored', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of CATALOGUE) {
      for (const text of [skill.id, skill.name, ...skill.aliases]) {
        const key = normalizeSkillText(text);
        const other = owner.get(key);
        if (other && other !== skill.id && !SHARED_TYPED.has(key))
          clashes.push(`${text}: ${other} / ${skill.id}`);
        owner.set(key, skill.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('a shared typed form resolves to the skill it names, the other skill to its full name', () => {
    expect(resolveSkill('X-Ray')?.id).toBe('xray');
    expect(resolveSkill('AWS X-Ray')?.id).toBe('aws-x-ray');
  });

  it('every skill resolves from its id, name and aliases', () => {
    for (const skill of CATALOGUE) {
      for (const text of [skill.id, skill.name, ...skill.aliases])
        expect(resolveSkill(text)?.id, text).toBe(SHARED_TYPED.get(normalizeSkillText(text)) ?? skill.id);
    }
  });

  it('imports the README’s minimal hand-written file', () => {
    const text =
      '{ "skills": [ { "skill": "pytorch", "level": "expert" }, { "skill": "SQL", "level": "working" } ] }';
    const result = parseProfileImport(text, { resolve: resolveSkill });
    expect(result.ok && result.profile.skills).toEqual([
      { skill: 'pytorch', level: 'expert' },
      { skill: 'sql', level: 'working' },
    ]);
  });
});

/** Technologies common in real job ads, each as a person would type or an ad would write it. */
const COMMON_IN_ADS = [
  'Angular',
  'AngularJS',
  '.NET',
  '.NET Core',
  'ASP.NET',
  'ASP.NET Core',
  'jQuery',
  'Redux',
  'Webpack',
  'Jest',
  'Cypress',
  'Selenium',
  'JUnit',
  'Maven',
  'Gradle',
  'Hibernate',
  'JMS',
  'Java EE',
  'JEE',
  'Jakarta EE',
  'Laravel',
  'CodeIgniter',
  'Symfony',
  'NestJS',
  'Android',
  'iOS',
  'Heroku',
  'JSON',
  'HTTP',
  'Ajax',
  'ES6',
  'DAX',
  'Dynamics 365',
  'SAP',
  'MS Office',
  'Microsoft Office',
  'Karpenter',
  'Linkerd',
  'Tomcat',
  'Unity',
  'Unreal Engine',
  'COBOL',
  'DB2',
  'AUTOSAR',
  'HL7',
  'FHIR',
  'Magento',
  'Shopify',
  'Windows Server',
  'Active Directory',
  'PowerShell',
  'Power BI',
  'Jira',
  'Confluence',
  'Figma',
];

describe('the catalogue knows the technologies ads name', () => {
  it.each(COMMON_IN_ADS)('%s resolves to a skill', (name) => {
    expect(resolveSkill(name)?.id).toBeDefined();
  });
});

/** How people write a skill in a profile or a list: with a generic noun, a singular, another order. */
describe('skills as people write them', () => {
  it.each([
    ['Salesforce development', 'salesforce'],
    ['iOS development', 'ios'],
    ['Linux internals', 'linux'],
    ['Terraform modules', 'terraform'],
    ['LLM application frameworks', 'llm'],
    ['Experimentation platforms', 'experimentation'],
    ['AWS services', 'aws'],
    ['Large language model', 'llm'],
    ['Random forest', 'random-forests'],
    ['Propensity score methods', 'propensity-scores'],
    ['API REST', 'rest'],
    ['CI/CD pipelines', 'ci-cd'],
    ['VPC design', 'vpc'],
    ['GPU workloads', 'gpu'],
    ['GPU node pools', 'gpu'],
    ['Machine learning systems', 'machine-learning'],
  ])('%s → %s', (text, expected) => {
    expect(resolveSkill(text)?.id).toBe(expected);
  });

  it.each([
    ['Power BI Service', 'power-bi-service'],
    ['Core Data Services', 'cds-views'],
    ['.NET Framework', 'dotnet-framework'],
    ['Slack API', 'slack-api'],
    ['Data pipelines', 'data-pipelines'],
    ['Recommender systems', 'recommender-systems'],
    ['Database design', 'database-design'],
  ])('a catalogue name ending in a generic noun stays its own skill: %s → %s', (text, expected) => {
    expect(resolveSkill(text)?.id).toBe(expected);
  });

  it.each(['Web application testing', 'API security testing', 'PostgreSQL administration', 'Window'])(
    '%s names no catalogue skill by these rules',
    (text) => {
      expect(resolveSkill(text)).toBeUndefined();
    },
  );
});
