// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findPosting } from './index';

/** Saved pages in the shape of each layout (tests/fixtures/sites), with the URL each lives at. */
const CASES = [
  [
    'linkedin-classic',
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678',
    'classic',
    'Berlin, Germany',
  ],
  [
    'linkedin-sdui',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678',
    'sdui',
    'Berlin, Germany',
  ],
  [
    'linkedin-guest',
    'https://de.linkedin.com/jobs/view/machine-learning-engineer-at-acme-4012345678',
    'guest',
    'Berlin, Berlin, Germany',
  ],
  [
    'linkedin-guest-search',
    'https://in.linkedin.com/jobs/search?keywords=Machine%20Learning%20Engineer&location=India&currentJobId=4012345678',
    'guest',
    'Bengaluru, Karnataka, India',
  ],
  ['indeed-viewjob', 'https://www.indeed.com/viewjob?jk=0123456789abcdef', 'viewjob', 'Berlin'],
  ['indeed-search', 'https://uk.indeed.com/jobs?q=ml&vjk=0123456789abcdef', 'pane', 'London'],
  ['indeed-lab', 'https://www.indeed.com/jobs?q=machine+learning&vjk=0123456789abcdef', 'pane', 'London'],
  ['greenhouse', 'https://boards.greenhouse.io/acme/jobs/4012345', 'jsonld', 'Berlin, DE'],
  ['greenhouse-board', 'https://job-boards.greenhouse.io/acme/jobs/4012345', 'board', 'Berlin, Germany'],
  ['lever', 'https://jobs.lever.co/acme/3f2b6a1c-8d4e-4f5a-9b6c-1d2e3f4a5b6c', 'jsonld', 'Berlin, DE'],
  ['ashby', 'https://jobs.ashbyhq.com/acme/9a8b7c6d-1234-4abc-8def-0123456789ab', 'jsonld', 'Berlin, DE'],
  [
    'workday',
    'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/ML-Engineer_R-12345',
    'jsonld',
    'Berlin, DE',
  ],
  [
    'smartrecruiters',
    'https://jobs.smartrecruiters.com/Acme/744000012345678-ml-engineer',
    'jsonld',
    'Berlin, DE',
  ],
] as const;

function load(name: string): Document {
  const html = readFileSync(`tests/fixtures/sites/${name}.html`, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A redesign: every class, id and test/automation attribute gone. */
function stripSelectors(doc: Document): void {
  const attrs = [
    'class',
    'id',
    'data-testid',
    'componentkey',
    'data-sdui-screen',
    'data-sdui-component',
    'data-automation-id',
    'itemprop',
    'data-qa',
  ];
  for (const el of doc.querySelectorAll('*')) for (const a of attrs) el.removeAttribute(a);
}

function expectDescription(el: Element): void {
  const text = el.textContent ?? '';
  expect(text).toContain('Requirements');
  expect(text).toContain('Train and ship deep learning models with PyTorch');
  expect(text).toContain('Experience with MLflow is a plus');
  // Nothing from the nav, the other job cards or the site's skills widget.
  for (const decoy of [
    'Python jobs',
    'Kubernetes Platform Engineer',
    'Skills: Python',
    'Data Analyst',
    'Similar',
    'About the company',
    'Apply for this job',
  ])
    expect(text).not.toContain(decoy);
}

describe.each(CASES)('%s', (name, href, layout, location) => {
  test('the adapter reads the posting', () => {
    const doc = load(name);
    const posting = findPosting(doc, new URL(href));
    expect(posting).not.toBeNull();
    if (!posting) return;
    expect(posting.layout).toBe(layout);
    expect(posting.title).toBe('Machine Learning Engineer');
    // The chip anchors after the element naming the posting.
    expect(posting.titleElement?.textContent).toContain('Machine Learning Engineer');
    expect(posting.titleElement?.textContent).not.toContain('jobs in');
    expect(posting.company).toBe('Acme Robotics');
    expect(posting.location).toBe(location);
    expect(posting.jobId).not.toBeNull();
    expectDescription(posting.descriptionElement);
  });

  test('with its selectors removed, the fallback still finds the description', () => {
    const doc = load(name);
    stripSelectors(doc);
    const posting = findPosting(doc, new URL(href));
    expect(posting).not.toBeNull();
    if (!posting) return;
    expect(posting.layout).toMatch(/^(fallback-|jsonld)/);
    expectDescription(posting.descriptionElement);
  });
});

test('a page that is not a posting yields nothing', () => {
  const doc = load('linkedin-classic');
  expect(findPosting(doc, new URL('https://www.linkedin.com/feed/'))).toBeNull();
  expect(findPosting(doc, new URL('https://example.com/jobs/1'))).toBeNull();
});

test('a throwing layout is reported by name and the next one still runs', () => {
  const doc = load('linkedin-classic');
  const broken = doc.querySelector.bind(doc);
  let calls = 0;
  doc.querySelector = ((s: string) => {
    if (calls++ === 0) throw new Error('boom');
    return broken(s);
  }) as typeof doc.querySelector;
  const reported: string[] = [];
  const posting = findPosting(
    doc,
    new URL('https://www.linkedin.com/jobs/search/?currentJobId=4012345678'),
    (p) => reported.push(p),
  );
  expect(reported).toEqual(['linkedin/sdui']);
  expect(posting?.layout).toBe('classic');
});
