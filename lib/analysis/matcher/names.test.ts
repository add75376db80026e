import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../../../tests/support/analysis-catalogue';
import { ids, TEST_MATCHER } from '../../../tests/support/matcher';
import { analyzePosting, analyzePostingWith } from '../index';
import { isConceptEntry } from './concepts';
import { matchSkills } from './match';

/** Concepts written as part of a role, team or company name (./names.ts). */

const ROLE_NAMES: Array<[string, string]> = [
  ['We are hiring a Machine Learning Engineer to take models to production.', 'machine-learning'],
  ['Senior Machine Learning Engineers build our ranking stack.', 'machine-learning'],
  ['Join our Computer Vision team in Lyon.', 'computer-vision'],
  ['You will work with the NLP Researchers and product.', 'nlp'],
  ['Reports to the Deep Learning Engineering Manager.', 'deep-learning'],
  ['Our Robotics Lead runs the lab.', 'robotics'],
  ['As a software engineer on the machine learning team you will ship models.', 'machine-learning'],
  ['Machine Learning Scientist, Pricing', 'machine-learning'],
  ['Data Engineering Manager', 'data-engineering'],
];

const COMPANY_NAMES: Array<[string, string]> = [
  ['About the company: Acme Robotics, 500 employees.', 'robotics'],
  ['You will join Globex Robotics in Berlin.', 'robotics'],
  ['Initech Computer Vision Inc. makes shelf cameras.', 'computer-vision'],
  ['A spin-off of Robotics Labs at the university.', 'robotics'],
  [
    'The founders met as engineers at Boston Dynamics Robotics in the early days of legged machines.',
    'robotics',
  ],
  // At the start of a sentence a capital says nothing, but the pair is a name elsewhere.
  ['Acme Robotics builds warehouse robots. We are Acme Robotics, a team of 40.', 'robotics'],
];

const STILL_SKILLS: Array<[string, string]> = [
  ['Strong skills in Python and Robotics.', 'robotics'],
  ['Experience in Robotics and Python.', 'robotics'],
  ['Robotics experience is a plus.', 'robotics'],
  ['Nice to have\n• Robotics', 'robotics'],
  ['Applied Machine Learning with PyTorch.', 'machine-learning'],
  ['You bring Strong Computer Vision skills.', 'computer-vision'],
  ['Hands-On Machine Learning is our book club pick.', 'machine-learning'],
  ['PyTorch Robotics stacks', 'robotics'],
  ['Bonus Points For Robotics', 'robotics'],
  ['Machine learning leads to better forecasts.', 'machine-learning'],
  ['Acme Robotics builds robots.', 'robotics'],
  ['A Python Developer with Machine Learning experience.', 'machine-learning'],
];

const TOOLS_BEFORE_ROLE_NOUNS: Array<[string, string]> = [
  ['We need a Python Developer.', 'python'],
  ['Kubernetes Platform Engineer, Berlin', 'kubernetes'],
  ['Our PyTorch team maintains the trainer.', 'pytorch'],
  ['MLflow Engineers wanted', 'mlflow'],
];

describe('a concept that names a role or a team is not a skill', () => {
  for (const [text, id] of ROLE_NAMES) it(text, () => expect(ids(text)).not.toContain(id));
});

describe('a concept that ends a company name is not a skill', () => {
  for (const [text, id] of COMPANY_NAMES) it(text, () => expect(ids(text)).not.toContain(id));
});

describe('concepts in lists, after prepositions, before requirement nouns and in bullets stay skills', () => {
  for (const [text, id] of STILL_SKILLS) it(text, () => expect(ids(text)).toContain(id));
});

describe('tools and languages before a role noun stay skills', () => {
  for (const [text, id] of TOOLS_BEFORE_ROLE_NOUNS) it(text, () => expect(ids(text)).toContain(id));
});

describe('concept entries', () => {
  it('are ML concepts and descriptive multi-word names, not products or languages', () => {
    const concept = new Set(TEST_CATALOGUE.filter(isConceptEntry).map((e) => e.id));
    for (const id of ['robotics', 'machine-learning', 'deep-learning', 'data-engineering', 'model-serving']) {
      expect(concept, id).toContain(id);
    }
    for (const id of [
      'python',
      'kubernetes',
      'kafka-streams',
      'mlflow',
      'weights-and-biases',
      'spring-boot',
    ]) {
      expect(concept, id).not.toContain(id);
    }
  });
});

describe('the company name', () => {
  const text = 'Northwind Robotics makes arms. You bring Python and PyTorch skills.';

  it('given in the input hides the concept inside it, and only there', () => {
    const bare = analyzePostingWith({ text }, TEST_MATCHER);
    expect(bare.skills.map((s) => s.id)).toContain('robotics');
    const told = analyzePostingWith({ text, company: 'Northwind Robotics GmbH' }, TEST_MATCHER);
    expect(told.skills.map((s) => s.id)).toEqual(['python', 'pytorch']);
    const elsewhere = analyzePostingWith(
      { text: `${text} Robotics experience helps.`, company: 'Northwind Robotics' },
      TEST_MATCHER,
    );
    expect(elsewhere.mentions.map((m) => m.text)).toEqual(['Python', 'PyTorch', 'Robotics']);
  });

  it('read from a Company: line heading the text', () => {
    const a = analyzePostingWith({ text: `Company: Northwind Robotics\n\n${text}` }, TEST_MATCHER);
    expect(a.skills.map((s) => s.id)).toEqual(['python', 'pytorch']);
  });

  it('of one word that is itself a skill does not hide that skill', () => {
    const a = analyzePostingWith(
      { text: 'Experience with Robotics and Python.', company: 'Robotics' },
      TEST_MATCHER,
    );
    expect(a.skills.map((s) => s.id)).toContain('robotics');
  });
});

describe('role detection still reads a role named in the body', () => {
  it('takes "a Machine Learning Engineer" for the role when there is no title', () => {
    const text =
      'Acme Robotics builds the perception stack for warehouse robots. We are hiring a Machine Learning Engineer to take models from experiment to production. You will work with Python and PyTorch. About the company: Acme Robotics, 500 employees.';
    const a = analyzePostingWith({ text }, TEST_MATCHER);
    expect(a.mentions.map((m) => m.text)).toEqual(['Python', 'PyTorch']);
    expect(a.role.id).toBe('ml-engineer');
    expect(a.role.reasons[0]).toBe('Posting names “Machine Learning Engineer”');
  });
});

describe('the real catalogue', () => {
  it('gets the same rules: the posting that showed both false highlights', () => {
    const text =
      'Acme Robotics builds the perception stack for warehouse robots. We are hiring a Machine Learning Engineer to take models from experiment to production, with Python, PyTorch and Kubernetes. Robotics experience is a plus. About the company: Acme Robotics, 500 employees.';
    const a = analyzePosting({ text });
    expect(a.mentions.map((m) => m.text)).toEqual(['Python', 'PyTorch', 'Kubernetes', 'Robotics']);
    expect(a.role.id).toBe('ml-engineer');
    expect(matchSkills('Initech Computer Vision LLC hires a Python Developer.').map((x) => x.text)).toEqual([
      'Python',
    ]);
  });
});

describe("another team's name in Italian and Polish", () => {
  const found = (text: string) => analyzePosting({ text }).skills.map((s) => s.id);

  it('is that team, not an ask', () => {
    expect(found('Requisiti\n- Angular\n- Lavorerai insieme al team backend Kotlin sulle API')).toEqual([
      'angular',
    ]);
    expect(found('Wymagania\n- Kotlin\n- współpraca z zespołem Flutter przy nowych funkcjach')).toEqual([
      'kotlin',
    ]);
  });

  it('stays an ask as the candidate’s own tool', () => {
    expect(found('Requisiti\n- Angular\n- Lavorerai in Kotlin sulle API')).toEqual(['angular', 'kotlin']);
  });
});

describe('German plural role nouns', () => {
  it('name other people: "den anderen Scrum Mastern"', () => {
    const ids = analyzePosting({
      text: 'Aufgaben\n- Du arbeitest eng mit den anderen Scrum Mastern und mit Jira',
    }).skills.map((s) => s.id);
    expect(ids).toEqual(['jira']);
  });
});

describe('an -Ops discipline names a team the way a practice does', () => {
  const found = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

  it('is no skill asked for when only the team is named', () => {
    expect(found('You join our MLOps team of four and build pipelines in Python.')).toEqual(['Python']);
    expect(found('Sie verstärken unser LLMOps-Team.\n- Python und Kubernetes')).toEqual([
      'Python',
      'Kubernetes',
    ]);
  });

  it('still reads a tool named in a team as the tool', () => {
    expect(found('You join our PyTorch team of four.')).toEqual(['PyTorch']);
  });
});

describe('a quoted name of a team or project', () => {
  const found = (text: string) => analyzePosting({ text }).mentions.map((m) => m.text);

  it('holds no concept asked for, in any quotes, the unit before or after it', () => {
    expect(found('Im Team "Forecasting & Replenishment" entwickelst du Modelle in Python.')).toEqual([
      'Python',
    ]);
    expect(
      found('Vous rejoindrez la squad « Data Platform & Machine Learning » et codez en Python.'),
    ).toEqual(['Python']);
    expect(found('You will join the "Search Relevance" squad and write Python.')).toEqual(['Python']);
  });

  it('is no quoted skill without a unit beside it, nor a quoted tool', () => {
    expect(found('You bring an "MLOps" mindset.')).toEqual(['MLOps']);
    expect(found('You join the "PyTorch" squad.')).toEqual(['PyTorch']);
  });
});
