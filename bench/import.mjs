// Benchmark, not a test: the largest real agreement's text (Keski-Pohjanmaa) imported in the browser
// by paste at 4x CPU throttling, from the click to the report on screen. Prints the median of RUNS.
// Run after ./scripts/build.sh: node bench/import.mjs [RUNS]
import { readFileSync } from 'node:fs';
import { launch } from './pages.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 5);
const text = readFileSync(`${root}crates/tym-core/tests/seeds/keski-pohjanmaa.txt`, 'utf8');
const server = await serve(`${root}dist`, '127.0.0.1', 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const times = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('#import-paste');
  await page.fill('#import-paste', text);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.click('#import-paste-button');
  // The agreement names its signatories: the import asks whether to keep the names.
  await page.click('#import-keep-names');
  await page.waitForSelector('#import-summary');
  times.push(Date.now() - t0);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(`import of keski-pohjanmaa.txt at 4x CPU throttling: median ${times[times.length >> 1]} ms (runs: ${times.join(', ')})`);
await browser.close();
server.close();
