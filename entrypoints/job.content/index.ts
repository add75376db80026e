import { JOB_SITE_MATCHES } from '../../lib/sites/matches';

export default defineContentScript({
  matches: JOB_SITE_MATCHES,
  main() {},
});
