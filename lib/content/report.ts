import type { Analysis } from '../analysis/types';
import type { PostingReport } from '../messages/schema';
import type { Posting } from '../sites/types';

/** What the background hears about a posting: no offsets, no page text beyond the header. */
export function buildReport(
  posting: Posting,
  analysis: Analysis,
  url: string,
  onRequest: boolean,
): PostingReport {
  return {
    site: posting.site,
    jobId: posting.jobId,
    url,
    title: posting.title.slice(0, 300),
    company: posting.company?.slice(0, 200) ?? null,
    location: posting.location?.slice(0, 200) ?? null,
    isMlEngineer: analysis.isMlEngineer,
    role: analysis.role,
    skills: analysis.skills,
    requirements: analysis.requirements,
    onRequest,
  };
}
