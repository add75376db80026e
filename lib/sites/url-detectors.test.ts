import { describe, expect, test } from 'vitest';
import { DETECTORS, recognise } from './index';

/** Each site's posting URLs with the job id they name; every other site must reject them. */
const POSITIVE: Record<string, [string, string][]> = {
  linkedin: [
    ['https://www.linkedin.com/jobs/view/4012345678/', '4012345678'],
    ['https://www.linkedin.com/jobs/view/machine-learning-engineer-at-acme-4012345678', '4012345678'],
    ['https://de.linkedin.com/jobs/view/ml-engineer-at-acme-4012345678?trk=public_jobs', '4012345678'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=ml', '4012345678'],
    ['https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678&keywords=ml', '4012345678'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678', '4012345678'],
  ],
  indeed: [
    ['https://www.indeed.com/viewjob?jk=0123456789abcdef', '0123456789abcdef'],
    ['https://uk.indeed.com/jobs?q=machine+learning&l=London&vjk=0123456789abcdef', '0123456789abcdef'],
    ['https://fr.indeed.com/emplois?q=ml&vjk=0123456789ABCDEF', '0123456789abcdef'],
    ['https://de.indeed.com/?vjk=0123456789abcdef', '0123456789abcdef'],
    ['https://ca.indeed.com/rc/clk?jk=0123456789abcdef&from=serp', '0123456789abcdef'],
    ['https://indeed.com/m/viewjob?jk=0123456789abcdef', '0123456789abcdef'],
  ],
  greenhouse: [
    ['https://boards.greenhouse.io/acme/jobs/4012345', '4012345'],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=x', '4012345'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/4012345', '4012345'],
  ],
  lever: [
    [
      'https://jobs.lever.co/acme/3f2b6a1c-8d4e-4f5a-9b6c-1d2e3f4a5b6c',
      '3f2b6a1c-8d4e-4f5a-9b6c-1d2e3f4a5b6c',
    ],
    [
      'https://jobs.lever.co/acme/3f2b6a1c-8d4e-4f5a-9b6c-1d2e3f4a5b6c/apply',
      '3f2b6a1c-8d4e-4f5a-9b6c-1d2e3f4a5b6c',
    ],
  ],
  ashby: [
    [
      'https://jobs.ashbyhq.com/acme/9a8b7c6d-1234-4abc-8def-0123456789ab',
      '9a8b7c6d-1234-4abc-8def-0123456789ab',
    ],
  ],
  workday: [
    [
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin-Germany/Machine-Learning-Engineer_R-12345',
      'R-12345',
    ],
    ['https://acme.wd1.myworkdayjobs.com/Careers/job/Remote/ML-Engineer_JR000321/', 'JR000321'],
  ],
  smartrecruiters: [
    ['https://jobs.smartrecruiters.com/Acme/744000012345678-machine-learning-engineer', '744000012345678'],
  ],
};

/** On the site but not a posting: the detector owns the host yet names no job. */
const NOT_A_JOB: Record<string, string[]> = {
  linkedin: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/jobs/search/?keywords=ml',
    'https://www.linkedin.com/in/someone/',
    'https://www.linkedin.com/jobs/view/not-a-number/',
    'https://www.linkedin.com/feed/?currentJobId=4012345678',
  ],
  indeed: [
    'https://www.indeed.com/',
    'https://uk.indeed.com/jobs?q=ml',
    'https://www.indeed.com/viewjob?jk=<script>',
    'https://www.indeed.com/cmp/Acme?jk=0123456789abcdef',
  ],
  greenhouse: ['https://boards.greenhouse.io/acme', 'https://boards.greenhouse.io/acme/jobs/'],
  lever: ['https://jobs.lever.co/acme', 'https://jobs.lever.co/acme/not-a-uuid'],
  ashby: ['https://jobs.ashbyhq.com/acme'],
  workday: ['https://acme.wd5.myworkdayjobs.com/en-US/External'],
  smartrecruiters: ['https://jobs.smartrecruiters.com/Acme'],
};

/** Look-alike hosts no detector may claim. */
const FOREIGN = [
  'https://www.linkedin.com.evil.example/jobs/view/4012345678/',
  'https://notlinkedin.com/jobs/view/4012345678/',
  'https://indeed.com.example.org/viewjob?jk=0123456789abcdef',
  'https://myindeed.co/viewjob?jk=0123456789abcdef',
  'https://greenhouse.io/acme/jobs/4012345',
  'https://example.com/careers/ml-engineer',
];

describe.each(DETECTORS.map((d) => [d.site, d] as const))('%s URL detector', (site, detector) => {
  test.each(POSITIVE[site] ?? [])('finds the job in %s', (href, id) => {
    expect(detector.ownsHost(new URL(href))).toBe(true);
    expect(detector.jobId(new URL(href))).toBe(id);
  });
  test.each(NOT_A_JOB[site] ?? [])('owns %s but sees no job there', (href) => {
    expect(detector.ownsHost(new URL(href))).toBe(true);
    expect(detector.jobId(new URL(href))).toBeNull();
  });
  const others = Object.entries(POSITIVE)
    .filter(([s]) => s !== site)
    .flatMap(([, urls]) => urls.map(([href]) => href));
  test.each([...others, ...FOREIGN])('rejects %s', (href) => {
    expect(detector.ownsHost(new URL(href))).toBe(false);
    expect(detector.jobId(new URL(href))).toBeNull();
  });
});

test('every detector has positive and negative cases', () => {
  for (const d of DETECTORS) {
    expect(POSITIVE[d.site]?.length, d.site).toBeGreaterThan(0);
    expect(NOT_A_JOB[d.site]?.length, d.site).toBeGreaterThan(0);
  }
});

test('recognise names the site and job', () => {
  expect(recognise(new URL('https://uk.indeed.com/jobs?q=ml&vjk=0123456789abcdef'))).toEqual({
    site: 'indeed',
    jobId: '0123456789abcdef',
  });
  expect(recognise(new URL('https://www.linkedin.com/feed/'))).toEqual({ site: 'linkedin', jobId: null });
  expect(recognise(new URL('https://example.com/jobs/1'))).toBeNull();
});
