/**
 * The address saved for a posting: the same posting reached from a search, an e-mail or a
 * share link must give one row, and no tracking identifiers are kept on the user's disk.
 */

/** Query parameters that name the posting itself on sites whose paths do not. */
const JOB_PARAMS = new Set(['currentjobid', 'jk', 'vjk', 'gh_jid', 'jobid', 'job_id', 'jid']);

/** On these hosts only JOB_PARAMS survive: everything else in their queries is search state or tracking. */
const JOB_PARAM_ONLY_HOSTS = [/(^|\.)linkedin\.com$/, /(^|\.)indeed\.com$/];

const TRACKING = [
  /^utm_/,
  /^(gclid|fbclid|msclkid|dclid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi)$/,
  /^(ref|refid|ref_src|referrer|src|source|trk|trkinfo|trackingid|tracking_id|lipi|eid)$/,
  /^(gh_src|lever-source|lever-origin|lever-via|ashby_source)$/,
];

export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  const host = url.hostname.toLowerCase();
  const jobParamsOnly = JOB_PARAM_ONLY_HOSTS.some((re) => re.test(host));
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    const lower = name.toLowerCase();
    const keep = JOB_PARAMS.has(lower) || (!jobParamsOnly && !TRACKING.some((re) => re.test(lower)));
    if (keep) kept.append(name, value);
  }
  url.search = kept.toString();
  url.hash = '';
  return url.toString();
}

export function historyKey(site: string, jobId: string | null, url: string): string {
  return jobId ? `${site}:${jobId}` : canonicalUrl(url);
}
