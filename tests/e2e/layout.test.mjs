// Layout for the workshop: on a 1024 × 768 projector the summary stays beside the editor while the
// user scrolls, and no table runs under it (a wide one scrolls in its own named region); an agreement
// with seven parties prints and exports its cost split annex whole, on a landscape page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, nothingLeft, nav } from './harness.mjs';

let app, decoy, browser, page;

/** Satakunta with four more employment authorities and three cost items shared equally by all seven. */
function sevenParties() {
  const file = JSON.parse(readFileSync(new URL('../../crates/tym-core/presets/satakunta.json', import.meta.url)));
  const a = file.agreement;
  for (let i = 2; i <= 5; i++) {
    a.parties.push({ ...a.parties[0], id: `ea${i}`, name_fi: `Naapurin ${i}. työllisyysalueen työvoimaviranomainen`, business_id: '' });
  }
  const all = a.parties.map((p) => p.id);
  a.costs.items = [1, 2, 3].map((n) => ({ name: `Kustannuserä ${n}`, amount: 123456789 * n, rule: { kind: 'equal', parties: all }, sub_splits: [] }));
  // Satakunta's agreement has no cost annex; this one adds it to the wording, as its parties would.
  a.wording.parts.push({ kind: 'annex', topic: 'costs', heading: { fi: '', sv: '' }, blocks: [{ kind: 'table', table: 'cost_split' }] });
  a.meta.title = 'Seitsemän osapuolta';
  file.variants = [1, 2, 3, 4, 5].map((n) => ({ name: `Vaihtoehto ${n}`, agreement: structuredClone(a) }));
  return JSON.stringify(file);
}

const suite = useApp(
  (c) => ({ app, decoy, browser, page } = c),
  async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.setInputFiles('#open-file', { name: 'seitseman.json', mimeType: 'application/json', buffer: Buffer.from(sevenParties()) });
    await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Seitsemän osapuolta');
  },
);

// Where the main column ends, and what of it runs past that edge (a scroll region counts by its frame).
const overflowing = () =>
  page.evaluate(() => {
    const main = document.querySelector('#main');
    const edge = main.getBoundingClientRect().right;
    return [...main.querySelectorAll('table')]
      .filter((t) => (t.closest('.scroll-x') ?? t).getBoundingClientRect().right > edge + 1)
      .map((t) => t.id || t.className);
  });

test('at 1024 px the summary stays in sight beside the editor while the user scrolls', async () => {
  await nav(page, 'Sopimus');
  await page.mouse.move(300, 400);
  await page.mouse.wheel(0, 3000);
  await page.waitForFunction(() => scrollY > 1000);
  const box = await page.evaluate(() => {
    const s = document.querySelector('.summary').getBoundingClientRect();
    const f = document.querySelector('#summary-findings').getBoundingClientRect();
    return { left: s.left, top: s.top, bottom: s.bottom, findings: f.bottom, mainRight: document.querySelector('#main').getBoundingClientRect().right };
  });
  assert.ok(box.left >= box.mainRight, `summary beside the editor: ${JSON.stringify(box)}`);
  assert.ok(box.top >= 0 && box.bottom <= 768, `summary in view: ${JSON.stringify(box)}`);
  // Seven parties make the panel longer than the window: it scrolls within, the totals at its top.
  assert.ok(box.findings <= 768, `the findings in view: ${JSON.stringify(box)}`);
  const panel = page.locator('.summary');
  assert.ok(await panel.evaluate((s) => s.scrollHeight > s.clientHeight), 'the panel scrolls within');
  await panel.focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('.summary').scrollTop > 0);
});

test('no table runs under the summary; a wide one scrolls in a region named by its caption', async () => {
  for (const view of ['Sopimus', 'Henkilöstö', 'Kustannukset', 'Tarkistukset', 'Asiakirja']) {
    await nav(page, view);
    await page.waitForSelector('#view-heading');
    // The document's preview comes from the lazy module, a moment after the view.
    if (view === 'Asiakirja') await page.waitForSelector('#document .doc-section');
    assert.deepEqual(await overflowing(), [], view);
  }
  await nav(page, 'Kustannukset');
  const region = page.getByRole('region', { name: 'Yhteisten kustannusten osuudet vuosittain' });
  assert.ok(await region.locator('#multi-year-table').count(), 'the multi-year table is in its region');
  // Seven parties and the year column do not fit 1024 px: the region scrolls from the keyboard.
  assert.ok(await region.evaluate((r) => r.scrollWidth > r.clientWidth), 'the region has more to show');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement.scrollLeft > 0);
});

test('in projector mode six variants scroll sideways in their region; the page stays 1024 px wide', async () => {
  await page.keyboard.press('Alt+p');
  await page.waitForSelector('.projector-table');
  try {
    const region = page.getByRole('region', { name: 'Keskeiset luvut' });
    assert.ok(await region.locator('.projector-table').count(), 'the table is in its region');
    assert.equal(await region.locator('thead th').count(), 7, 'the open variant and the five others, after the row heading');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1024);
  } finally {
    await page.click('#projector');
    await page.waitForFunction(() => !document.documentElement.classList.contains('projector'));
  }
});

test('the cost split annex of seven parties prints whole, on a landscape A4 page', async () => {
  await nav(page, 'Asiakirja');
  await page.waitForSelector('#document');
  const pdf = join(mkdtempSync(join(tmpdir(), 'tym-layout-')), 'sopimus.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  // Chromium writes one MediaBox per page: portrait 595.92 × 842.88 pt, landscape the other way round.
  const boxes = [...readFileSync(pdf, 'latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => Number(m[1]) > Number(m[2]));
  assert.ok(boxes.length > 3, `${boxes.length} pages`);
  assert.ok(boxes.includes(true), 'a landscape page');
  assert.ok(boxes.filter((l) => !l).length >= 3, 'the text in portrait');
});

test('in the DOCX the cost split annex of seven parties is a landscape section', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tym-layout-'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-docx')]);
  await download.saveAs(join(dir, 'sopimus.docx'));
  writeFileSync(join(dir, 'read.py'), [
    'import docx, sys, json',
    'd = docx.Document(sys.argv[1])',
    'print(json.dumps([int(s.orientation) for s in d.sections]))',
  ].join('\n'));
  const orientations = JSON.parse(execFileSync('python3', [join(dir, 'read.py'), join(dir, 'sopimus.docx')]).toString());
  assert.deepEqual(orientations, [0, 1, 0], 'portrait, the annex in landscape, portrait');
});

nothingLeft(suite);
