import type { Analysis } from '../../lib/analysis/types';
import type { PostingReport } from '../../lib/messages/protocol';
import type { PostingHeader } from '../../lib/messages/schema';

/** What the background keeps about a posting: the page's header plus the analysis, no offsets. */
export function buildReport(posting: PostingHeader, analysis: Analysis): PostingReport {
  return {
    site: posting.site,
    jobId: posting.jobId,
    url: posting.url,
    title: posting.title,
    company: posting.company,
    location: posting.location,
    isMlEngineer: analysis.isMlEngineer,
    role: analysis.role,
    skills: analysis.skills,
    requirements: analysis.requirements,
    onRequest: posting.onRequest,
    ...(posting.truncated ? { truncated: true } : {}),
  };
}
