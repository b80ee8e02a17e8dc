// Cold start to interactive of one or more built pages, alternating between them so that all meet
// the same machine noise: ten loads each in a fresh browser context, the time until `ready` (a CSS
// selector) is on the page. `bench/measure.mjs` uses it for the app against the reference page; run
// directly it compares builds of the app:
//   node bench/cold-start.mjs dist [other-dist ...]   (for example a build of an older commit)
import { serve } from '../scripts/serve.mjs';
import { launch } from './pages.mjs';

export const LOADS = 10;

/// Milliseconds from navigation to `ready` for each of `targets` ({ url, ready }), `LOADS` each.
export async function coldStarts(browser, targets) {
  const times = targets.map(() => []);
  for (let i = 0; i < LOADS; i++) {
    for (const [k, { url, ready }] of targets.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(ready);
      times[k].push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  }
  return times.map((t) => t.sort((a, b) => a - b));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  const browser = await launch();
  const servers = await Promise.all(dirs.map((d) => serve(d, '127.0.0.1', 0)));
  const targets = servers.map((s) => ({ url: `http://127.0.0.1:${s.address().port}/`, ready: '#view-heading' }));
  const times = await coldStarts(browser, targets);
  for (const [k, dir] of dirs.entries()) {
    const s = times[k];
    console.log(`${dir}: median ${s[LOADS / 2].toFixed(0)} ms, min ${s[0].toFixed(0)}, max ${s[LOADS - 1].toFixed(0)}`);
  }
  await browser.close();
  servers.forEach((s) => s.close());
}
