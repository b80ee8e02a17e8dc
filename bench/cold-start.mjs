// Cold start to interactive of one or more built apps, alternating between them so that all meet the
// same machine noise: ten loads each in a fresh browser context, the time until the view heading is
// shown. Usage: node bench/cold-start.mjs dist [other-dist ...] (for example a build of an older
// commit, to see whether a change slowed the start).
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

const LOADS = 10;
const dirs = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const servers = await Promise.all(dirs.map((d) => serve(d, '127.0.0.1', 0)));
const times = dirs.map(() => []);
for (let i = 0; i < LOADS; i++) {
  for (const [k, server] of servers.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('#view-heading');
    times[k].push(await page.evaluate(() => performance.now()));
    await context.close();
  }
}
for (const [k, dir] of dirs.entries()) {
  const s = times[k].sort((a, b) => a - b);
  console.log(`${dir}: median ${s[LOADS / 2].toFixed(0)} ms, min ${s[0].toFixed(0)}, max ${s[LOADS - 1].toFixed(0)}`);
}
await browser.close();
servers.forEach((s) => s.close());
