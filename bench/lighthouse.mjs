// Lighthouse on the served release build (not part of the test run): serves dist/ with
// scripts/serve.mjs (precompressed brotli, immutable cache headers for hashed files), runs Lighthouse
// 12.2.3 (npm) with Debian's Chromium several times with its default mobile settings (Moto G Power
// emulation, simulated slow 4G and 4× CPU slowdown, a cold cache each run), and prints the median of
// each category's score and of the main metrics as Markdown. `plain` serves a copy of dist/ without
// the .br/.gz files, as an ordinary static server without compression would send it.
// Usage: CHROME_PATH=/usr/bin/chromium node bench/lighthouse.mjs [dist] [runs] [mobile|desktop] [plain]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../scripts/serve.mjs';

const [distArg = 'dist', runsArg = '3', form = 'mobile', mode = 'precompressed'] = process.argv.slice(2);
let dist = distArg;
if (mode === 'plain') {
  dist = mkdtempSync(join(tmpdir(), 'tym-plain-'));
  cpSync(distArg, dist, { recursive: true, filter: (p) => !/\.(br|gz)$/.test(p) });
}
const runs = Number(runsArg);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint', 'ms'],
  ['largest-contentful-paint', 'Largest Contentful Paint', 'ms'],
  ['total-blocking-time', 'Total Blocking Time', 'ms'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift', ''],
  ['speed-index', 'Speed Index', 'ms'],
  ['interactive', 'Time to Interactive', 'ms'],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await serve(dist, '127.0.0.1', 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    // A fresh browser per run: no service worker, cache or storage from the run before.
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        form === 'desktop' ? desktopConfig : undefined);
      const lhr = r.lhr;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual'
          && a.scoreDisplayMode !== 'notApplicable' && !METRICS.some(([id]) => id === a.id))
        .map((a) => a.id);
      results.push({
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
        metrics: Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id].numericValue])),
        failed,
        version: lhr.lighthouseVersion,
        chrome: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0],
      });
      console.error(`run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${results.at(-1).scores[c]}`).join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.close();
  if (mode === 'plain') rmSync(dist, { recursive: true, force: true });
}

const first = results[0];
console.log(`Lighthouse ${first.version}, ${first.chrome} (Debian), ${form}, ${runs} runs, median; served by scripts/serve.mjs, ${mode === 'plain' ? 'uncompressed' : 'precompressed brotli'}\n`);
console.log('| category | median | runs |\n| --- | ---: | --- |');
for (const c of CATEGORIES) console.log(`| ${c} | ${median(results.map((r) => r.scores[c]))} | ${results.map((r) => r.scores[c]).join(', ')} |`);
console.log('\n| metric | median | runs |\n| --- | ---: | --- |');
for (const [id, name, unit] of METRICS) {
  const fmt = (v) => (unit ? `${Math.round(v)} ${unit}` : v.toFixed(3));
  console.log(`| ${name} | ${fmt(median(results.map((r) => r.metrics[id])))} | ${results.map((r) => fmt(r.metrics[id])).join(', ')} |`);
}
const failed = [...new Set(results.flatMap((r) => r.failed))];
console.log(`\nAudits below full marks in any run: ${failed.length ? failed.join(', ') : 'none'}`);
