// How much typing survives killing the browser (SIGKILL of its whole process group, as a crash or a
// power cut) a given time after the last keystroke: n of 20 at 300 ms and at 500 ms (issue 17).
// Not a test: the figure depends on when Chromium commits localStorage and IndexedDB to disk.
// Usage: node bench/kill.mjs [runs] [delays-ms...]   (needs dist/ built: ./scripts/build.sh)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApp, startDecoy, ARGS, CHROMIUM } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 20);
const delays = process.argv.slice(3).map(Number);
const app = await startApp();
const decoy = await startDecoy();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function once(delay, i) {
  const profile = mkdtempSync(join(tmpdir(), 'tym-kill-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const start = () => spawn(CHROMIUM, [...ARGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`,
    `--proxy-server=http://127.0.0.2:${decoy.port}`, `--proxy-bypass-list=127.0.0.1:${app.port}`, 'about:blank'], { stdio: 'ignore', detached: true });
  const connect = async () => {
    for (let k = 0; k < 100; k++) {
      try {
        return await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      } catch {
        await sleep(100);
      }
    }
    throw new Error('Chromium did not start');
  };
  const kill = async (p) => {
    const exited = new Promise((r) => p.once('exit', r));
    process.kill(-p.pid, 'SIGKILL');
    await exited;
  };
  let proc = start();
  let browser = await connect();
  let page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  await page.goto(app.url);
  await page.click('#preset-satakunta');
  await page.waitForFunction(() => document.querySelector('#save-state')?.textContent === 'Tallennettu selaimeen');
  const text = `Kaatuminen ${delay} ms ${i}`;
  await page.click('#f-meta-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await sleep(delay);
  await kill(proc);
  proc = start();
  browser = await connect();
  page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  await page.goto(app.url);
  const kept = await page
    .waitForFunction((t) => document.querySelector('#f-meta-title')?.value === t, text, { timeout: 5000 })
    .then(() => true, () => false);
  await browser.close().catch(() => {});
  await kill(proc).catch(() => {});
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {}
  return kept;
}

for (const delay of delays.length ? delays : [300, 500]) {
  let kept = 0;
  for (let i = 0; i < runs; i++) kept += (await once(delay, i)) ? 1 : 0;
  console.log(`| SIGKILL ${delay} ms after the last keystroke | ${kept} of ${runs} kept |`);
}
await app.close();
await decoy.close();
