import type { FitResult } from '../fit/types';
import type { PostingReport } from '../messages/protocol';
import { canonicalUrl, historyKey } from './canonical-url';
import { catalogueFingerprint, encodeSkills, indexSkills, type StoredRow } from './schema';

/**
 * The history row for a posting just analysed. When the posting was seen before, the
 * new analysis replaces the old one (the posting or the engine may have changed) and
 * the first-seen date is kept.
 */
export function recordPosting(
  report: PostingReport,
  fit: Pick<FitResult, 'score' | 'band'> | null,
  now: number,
  previous?: StoredRow,
): StoredRow {
  const key = historyKey(report.site, report.jobId, report.url);
  const skillIndex = indexSkills(report.skills);
  return {
    key,
    site: report.site,
    jobId: report.jobId,
    url: canonicalUrl(report.url),
    title: report.title.trim(),
    company: report.company,
    location: report.location,
    firstSeen: previous && previous.key === key ? Math.min(previous.firstSeen, now) : now,
    lastSeen: previous && previous.key === key ? Math.max(previous.lastSeen, now) : now,
    role: report.role.id,
    skills: encodeSkills(report.skills),
    requirements: {
      years: report.requirements.years ? { ...report.requirements.years } : null,
      degree: report.requirements.degree,
    },
    fit: fit ? { score: fit.score, band: fit.band } : null,
    ...(skillIndex === null ? {} : { catalogue: catalogueFingerprint(), skillIndex }),
  };
}
