import { decodeRow, type HistoryEntry, type StoredRow } from './schema';

/**
 * History export. CSV for spreadsheets, JSON for programs. Spreadsheets run a cell that starts
 * with = + - @ (or a tab / carriage return) as a formula, and a posting's title or company is
 * text from a web page, so such cells get a leading apostrophe.
 */

const CSV_COLUMNS = [
  'first_seen',
  'last_seen',
  'title',
  'company',
  'location',
  'site',
  'job_id',
  'url',
  'fit_score',
  'fit_band',
  'years_asked',
  'degree',
  'skills_required',
  'skills_preferred',
  'skills_other',
] as const;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function iso(t: number): string {
  return new Date(t).toISOString();
}

function names(e: HistoryEntry, listedAs: string): string {
  return e.skills
    .filter((s) => s.listedAs === listedAs)
    .map((s) => s.name)
    .join('; ');
}

export function historyCsv(rows: readonly StoredRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const e = decodeRow(row);
    const years = e.requirements.years;
    const cells: (string | number | null)[] = [
      iso(e.firstSeen),
      iso(e.lastSeen),
      e.title,
      e.company,
      e.location,
      e.site,
      e.jobId,
      e.url,
      e.fit?.score ?? null,
      e.fit?.band ?? null,
      years ? (years.max !== undefined ? `${years.min}-${years.max}` : `${years.min}+`) : null,
      e.requirements.degree,
      names(e, 'required'),
      names(e, 'preferred'),
      names(e, 'unspecified'),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return `${lines.join('\r\n')}\r\n`;
}

export function historyJson(rows: readonly StoredRow[], exportedAt: number): string {
  const postings = rows.map((row) => {
    const e = decodeRow(row);
    return {
      ...e,
      firstSeen: iso(e.firstSeen),
      lastSeen: iso(e.lastSeen),
      skills: e.skills.map(({ id, name, category, side, listedAs }) => ({
        id,
        name,
        category,
        side,
        listedAs,
      })),
    };
  });
  return `${JSON.stringify({ format: 'ml-fit-history', version: 1, exportedAt: iso(exportedAt), postings }, null, 2)}\n`;
}
