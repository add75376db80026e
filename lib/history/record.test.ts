import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../analysis/catalogue';
import type { PostingReport } from '../messages/protocol';
import { canonicalUrl, historyKey } from './canonical-url';
import { recordPosting } from './record';
import {
  catalogueFingerprint,
  decodeRow,
  decodeSkill,
  encodeSkill,
  parseStoredRows,
  StoredRowSchema,
} from './schema';

const report: PostingReport = {
  site: 'linkedin',
  jobId: '3912345678',
  url: 'https://www.linkedin.com/jobs/view/3912345678/?refId=abc&trackingId=xyz%3D%3D&trk=public_jobs',
  title: '  Machine Learning Engineer ',
  company: 'Acme',
  location: 'Berlin',
  isMlEngineer: true,
  role: { id: 'ml-engineer', confidence: 0.9, reasons: ['Title says ML engineer'] },
  skills: [
    { id: 'pytorch', name: 'PyTorch', category: 'core', side: 'ml', count: 3, listedAs: 'required' },
    {
      id: 'sql',
      name: 'SQL',
      category: 'underemphasized',
      side: 'engineering',
      count: 1,
      listedAs: 'preferred',
    },
  ],
  requirements: { years: { min: 3, max: 5 }, degree: 'master' },
  onRequest: false,
};

describe('canonical URL', () => {
  test('strips LinkedIn search state and tracking, keeps the job id parameter', () => {
    expect(canonicalUrl(report.url)).toBe('https://www.linkedin.com/jobs/view/3912345678/');
    expect(
      canonicalUrl('https://www.linkedin.com/jobs/search/?currentJobId=42&keywords=ml&origin=JOBS'),
    ).toBe('https://www.linkedin.com/jobs/search/?currentJobId=42');
  });

  test('keeps Indeed jk, drops the rest', () => {
    expect(canonicalUrl('https://www.indeed.com/viewjob?jk=abc123&from=serp&tk=1h&vjs=3')).toBe(
      'https://www.indeed.com/viewjob?jk=abc123',
    );
  });

  test('elsewhere drops only known trackers and the fragment', () => {
    expect(
      canonicalUrl('https://jobs.lever.co/acme/1-2?lever-source=LinkedIn&utm_medium=x&lang=en#apply'),
    ).toBe('https://jobs.lever.co/acme/1-2?lang=en');
    expect(canonicalUrl('https://boards.greenhouse.io/acme/jobs/77?gh_src=abc&gh_jid=77')).toBe(
      'https://boards.greenhouse.io/acme/jobs/77?gh_jid=77',
    );
  });

  test('leaves an unparsable address alone', () => {
    expect(canonicalUrl('not a url')).toBe('not a url');
  });

  test('key is site:jobId, or the canonical URL without a job id', () => {
    expect(historyKey('linkedin', '42', 'https://x.test/')).toBe('linkedin:42');
    expect(historyKey('generic', null, 'https://x.test/job?utm_source=a')).toBe('https://x.test/job');
  });
});

describe('recordPosting', () => {
  test('builds a compact, valid row', () => {
    const row = recordPosting(report, { score: 61, band: 'partial' }, 1000);
    expect(StoredRowSchema.safeParse(row).success).toBe(true);
    expect(row).toEqual({
      key: 'linkedin:3912345678',
      site: 'linkedin',
      jobId: '3912345678',
      url: 'https://www.linkedin.com/jobs/view/3912345678/',
      title: 'Machine Learning Engineer',
      company: 'Acme',
      location: 'Berlin',
      firstSeen: 1000,
      lastSeen: 1000,
      role: 'ml-engineer',
      skills: 'pytorch:cmr3 sql:uep1',
      requirements: { years: { min: 3, max: 5 }, degree: 'master' },
      fit: { score: 61, band: 'partial' },
      catalogue: catalogueFingerprint(),
      // PyTorch required (0), SQL preferred (1), by catalogue position.
      skillIndex: String.fromCharCode(
        (CATALOGUE.findIndex((s) => s.id === 'pytorch') << 2) | 0,
        (CATALOGUE.findIndex((s) => s.id === 'sql') << 2) | 1,
      ),
    });
  });

  test('no catalogue index when a skill is not in the catalogue as the row states it', () => {
    const own = {
      id: 'own:rust-macros',
      name: 'rust macros',
      category: 'nice-to-have',
      side: 'engineering',
      count: 1,
      listedAs: 'required',
    } as const;
    const row = recordPosting({ ...report, skills: [...report.skills, own] }, null, 1000);
    expect(row.skillIndex).toBeUndefined();
    expect(row.catalogue).toBeUndefined();
    const moved = { ...report.skills[0], category: 'nice-to-have' } as (typeof report.skills)[number];
    expect(recordPosting({ ...report, skills: [moved] }, null, 1000).skillIndex).toBeUndefined();
    expect(StoredRowSchema.safeParse(row).success).toBe(true);
  });

  test('seen again: first-seen kept, everything else refreshed', () => {
    const first = recordPosting(report, { score: 61, band: 'partial' }, 1000);
    const again = recordPosting(
      { ...report, title: 'ML Engineer II', skills: [] },
      { score: 80, band: 'strong' },
      5000,
      first,
    );
    expect(again).toMatchObject({ firstSeen: 1000, lastSeen: 5000, title: 'ML Engineer II', skills: '' });
    expect(decodeRow(again).skills).toEqual([]);
    expect(again.fit).toEqual({ score: 80, band: 'strong' });
  });

  test('a previous row with another key is ignored', () => {
    const other = recordPosting({ ...report, jobId: '1' }, null, 10);
    const row = recordPosting(report, null, 20, other);
    expect(row.firstSeen).toBe(20);
    expect(row.fit).toBeNull();
  });
});

describe('skill codes', () => {
  test('round-trip every field', () => {
    for (const s of report.skills) {
      expect({ ...decodeSkill(encodeSkill(s)), name: s.name }).toEqual(s);
    }
  });

  test('an own skill survives the code, named from its id', () => {
    const own = {
      id: 'own:rust-macros',
      name: 'Rust macros',
      category: 'core',
      side: 'engineering',
      count: 1,
      listedAs: 'required',
    } as const;
    const code = encodeSkill(own);
    expect(code).toBe('own:rust-macros:cer1');
    expect(decodeSkill(code)).toEqual({ ...own, name: 'rust macros' });
    expect(decodeSkill('own:Bad:cer1')).toBeNull();
  });

  test('decodeRow restores skills and leaves out malformed codes; parseStoredRows drops malformed rows', () => {
    const row = recordPosting(report, null, 1);
    expect(decodeRow(row).skills.map((s) => s.id)).toEqual(['pytorch', 'sql']);
    const damaged = { ...row, skills: `pytorch:xx1 ${row.skills} nope` };
    expect(decodeRow(damaged).skills.map((s) => s.id)).toEqual(['pytorch', 'sql']);
    expect(decodeSkill('nope')).toBeNull();
    const bad = { ...row, skills: ['pytorch:cmr1'] };
    expect(parseStoredRows([row, bad, null, { key: 'x' }, { ...row, lastSeen: '1' }])).toEqual([row]);
  });
});
