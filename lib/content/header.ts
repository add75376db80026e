import { MAX_ID_CHARS, MAX_LINE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../messages/limits';
import type { PostingHeader } from '../messages/schema';
import type { Posting } from '../sites/types';

/**
 * What the background hears about a posting besides its text: the header lines the adapter
 * found, cut to the bounds its schema accepts (a longer field would get the message refused).
 */
export function postingHeader(
  posting: Posting,
  url: string,
  onRequest: boolean,
  truncated = false,
): PostingHeader {
  return {
    site: posting.site.slice(0, MAX_ID_CHARS),
    jobId: posting.jobId?.slice(0, MAX_ID_CHARS) ?? null,
    url: url.slice(0, MAX_URL_CHARS),
    title: posting.title.slice(0, MAX_TITLE_CHARS),
    company: posting.company?.slice(0, MAX_LINE_CHARS) ?? null,
    location: posting.location?.slice(0, MAX_LINE_CHARS) ?? null,
    onRequest,
    ...(truncated ? { truncated } : {}),
  };
}
