import { describe, expect, test } from 'vitest';
import { reportFixture } from '../../tests/fixtures/history/reports';
import { csvCell, historyCsv, historyJson } from './export';
import { recordPosting } from './record';

const T = Date.parse('2026-11-20T09:30:00Z');

describe('CSV', () => {
  test('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('the "best" team')).toBe('"the ""best"" team"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  test('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('ML = fun')).toBe('ML = fun');
  });

  test('one header and one line per posting, skills grouped by how they were listed', () => {
    const row = recordPosting(
      { ...reportFixture('9', '=cmd|calc'), company: 'Acme, Inc.' },
      { score: 61, band: 'partial' },
      T,
    );
    const lines = historyCsv([row]).split('\r\n');
    expect(lines[0]).toBe(
      'first_seen,last_seen,title,company,location,site,job_id,url,fit_score,fit_band,years_asked,degree,skills_required,skills_preferred,skills_other',
    );
    expect(lines[1]).toBe(
      '2026-11-20T09:30:00.000Z,2026-11-20T09:30:00.000Z,\'=cmd|calc,"Acme, Inc.",Remote,greenhouse,9,' +
        'https://boards.greenhouse.io/acme/jobs/9,61,partial,3+,,PyTorch,SQL,',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });
});

describe('JSON', () => {
  test('a versioned document with readable dates and skill names', () => {
    const row = recordPosting(reportFixture('9', 'ML Engineer'), null, T);
    const doc = JSON.parse(historyJson([row], T));
    expect(doc).toMatchObject({
      format: 'ml-fit-history',
      version: 1,
      exportedAt: '2026-11-20T09:30:00.000Z',
    });
    expect(doc.postings[0]).toMatchObject({
      key: 'greenhouse:9',
      lastSeen: '2026-11-20T09:30:00.000Z',
      fit: null,
      skills: [
        { id: 'pytorch', name: 'PyTorch', category: 'core', side: 'ml', listedAs: 'required' },
        { id: 'sql', name: 'SQL', category: 'underemphasized', side: 'engineering', listedAs: 'preferred' },
      ],
    });
  });
});
