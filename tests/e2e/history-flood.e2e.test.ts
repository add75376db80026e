import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureProfile, storeProfile, until } from '../support/seed';
import { type Harness, launch } from './browser';
import { historyRows } from './history-rows';

/**
 * A page that flicks through job ids (LinkedIn's search layout, a new currentJobId and a new
 * posting every 0.7 s) must not fill the history: only the posting left on screen is saved.
 */

let h: Harness;

beforeAll(async () => {
  h = await launch();
  await h.serviceWorker();
  await storeProfile(h, fixtureProfile());
});
afterAll(async () => {
  await h?.close();
});

const FLICKS = 12;

/** The search page: its script swaps the selected job every 0.7 s, FLICKS times, then stops. */
function floodingPage(): string {
  const script = `
    let n = 0;
    function render(id) {
      document.querySelector('h1').textContent = 'Machine Learning Engineer ' + id;
      document.querySelector('#job-details p').textContent =
        'Posting ' + id + '. We train and ship deep learning models to production. ' +
        'Requirements: Python, PyTorch, Docker and Kubernetes, SQL. Nice to have: Spark. Ref ' + id + '.';
    }
    render(40000000);
    const timer = setInterval(() => {
      n += 1;
      history.pushState({}, '', '/jobs/search/?currentJobId=' + (40000000 + n));
      render(40000000 + n);
      if (n >= ${FLICKS}) { clearInterval(timer); document.title = 'done'; }
    }, 700);`;
  return `<!doctype html><html><head><title>Jobs</title></head><body>
    <div class="jobs-search__job-details--container">
      <h1 class="job-details-jobs-unified-top-card__job-title"></h1>
      <div id="job-details"><p></p></div>
    </div>
    <script>${script}</script></body></html>`;
}

async function historyTitles(): Promise<string[]> {
  return (await historyRows<{ title: string }>(h)).map((r) => r.title);
}

test('a page switching job ids every 0.7 s saves only the posting it finally leaves on screen', async () => {
  h.server.page('https://www.linkedin.com/jobs/search/', floodingPage());
  const page = await h.context.newPage();
  await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=40000000');
  await page.bringToFront();
  await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
  const last = `Machine Learning Engineer ${40000000 + FLICKS}`;
  const titles = await until(historyTitles, (t) => t.includes(last), 15_000);
  expect(titles).toEqual([last]);
  await page.close();
});
