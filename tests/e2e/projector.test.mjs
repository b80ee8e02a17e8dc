// Projector mode in the workshop (issue 21): on a 1024 × 768 projector the live editor itself is
// enlarged — the user types a staff FTE and the room sees the summary's figures move at once, in large
// type, with the open variant's name and the findings count in view; an agreement of four parties fits
// the width on every editing view; toggling keeps the user's place and focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, nothingLeft, nav } from './harness.mjs';

let page;

/** Läntinen Pirkanmaa with a fourth party (a neighbouring employment authority with one staff row), a
 *  common cost shared equally by all four, a client estimate, and two named variants. */
function fourParties() {
  const file = JSON.parse(readFileSync(new URL('../../crates/tym-core/presets/lantinen-pirkanmaa.json', import.meta.url)));
  const a = file.agreement;
  a.parties.push({ ...a.parties[0], id: 'ea2', name_fi: 'Naapurin työllisyysalueen työvoimaviranomainen', business_id: '' });
  a.staffing.rows.push({ ...a.staffing.rows[0], party: 'ea2', fte: 2 });
  a.staffing.clients_estimate = 1200;
  a.costs.items = [{ name: 'Yhteinen koordinaattori', amount: 8000000, rule: { kind: 'equal', parties: a.parties.map((p) => p.id) }, sub_splits: [] }];
  a.meta.title = 'Neljä osapuolta';
  file.variant_name = 'Työpaja: htv';
  file.variants = [{ name: 'Henkilöt', agreement: structuredClone(a) }];
  return JSON.stringify(file);
}

const suite = useApp(
  (c) => ({ page } = c),
  async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.setInputFiles('#open-file', { name: 'nelja.json', mimeType: 'application/json', buffer: Buffer.from(fourParties()) });
    await page.waitForFunction(() => document.querySelector('#f-meta-title')?.value === 'Neljä osapuolta');
  },
);

/** Where the summary's figures and the given field are, against the window. */
const boxes = (field) =>
  page.evaluate((field) => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, font: parseFloat(getComputedStyle(el).fontSize) };
    };
    const parties = [...document.querySelectorAll('[data-summary-party]')].map(box);
    return {
      w: innerWidth,
      h: innerHeight,
      band: box(document.querySelector('.summary')),
      variant: box(document.querySelector('#summary-variant')),
      findings: box(document.querySelector('#summary-findings-total')),
      parties,
      field: field ? box(document.querySelector(field)) : null,
      overflow: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth,
    };
  }, field);

const inView = (b, w, h) => b.top >= 0 && b.left >= 0 && b.bottom <= h && b.right <= w;

test('Alt+P while typing keeps the field and its focus; the header button says projector mode is on', async () => {
  await nav(page, 'Henkilöstö');
  await page.focus('#f-staffing-rows-0-fte');
  await page.keyboard.press('Alt+p');
  await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-staffing-rows-0-fte', 'focus stays in the field');
  assert.equal(await page.getAttribute('#projector', 'aria-pressed'), 'true');
  assert.equal(await page.isEditable('#f-staffing-rows-0-fte'), true, 'the editor stays editable');
  // The type grows: the field is brought back into view, clear of the summary's band.
  await page.waitForTimeout(100);
  const b = await boxes('#f-staffing-rows-0-fte');
  assert.ok(inView(b.field, b.w, b.h) && b.field.bottom <= b.band.top, `the field in view: ${JSON.stringify(b)}`);
});

test('a staff FTE typed in projector mode moves the enlarged summary, in view with the variant and the findings', async () => {
  const before = await page.textContent('[data-summary-party="ea"]');
  await page.fill('#f-staffing-rows-0-fte', '');
  await page.locator('#f-staffing-rows-0-fte').pressSequentially('10,75');
  // Row 0 was 0,75 of the employment authority's FTE: its total and its share of the room's figures move by 10.
  // The summary settles after the frame that shows the keystroke: wait for the last one's figures.
  const total = (t) => Number(t.split(' htv')[0].replace(/\s/g, '').replace(',', '.'));
  await page
    .waitForFunction((b) => {
      const t = (s) => Number(s.split(' htv')[0].replace(/\s/g, '').replace(',', '.'));
      return Math.round((t(document.querySelector('[data-summary-party="ea"]').textContent) - t(b)) * 100) === 1000;
    }, before, { timeout: 5000 })
    .catch(() => {});
  const after = await page.textContent('[data-summary-party="ea"]');
  assert.equal(Math.round((total(after) - total(before)) * 100), 1000, `${before} → ${after}`);
  const b = await boxes('#f-staffing-rows-0-fte');
  assert.ok(b.parties.length === 4, 'four parties in the summary');
  for (const [name, x] of Object.entries({ variant: b.variant, findings: b.findings, ...b.parties })) {
    assert.ok(inView(x, b.w, b.h), `${name} in view: ${JSON.stringify(x)}`);
    assert.ok(x.font >= 20, `${name} readable from the back: ${x.font} px`);
  }
  assert.equal(await page.textContent('#summary-variant'), 'Työpaja: htv');
  assert.match(await page.textContent('#summary-findings-total'), /^\d+ havainto/);
  // The field being typed in is in view too, above the band, in large type.
  assert.ok(inView(b.field, b.w, b.h) && b.field.bottom <= b.band.top, `the field above the band: ${JSON.stringify(b)}`);
  assert.ok(b.field.font >= 20, `field type ${b.field.font} px`);
  assert.equal(b.overflow, 0, 'no sideways scroll');
});

test('the summary stays in view while the editor scrolls, and four parties fit every editing view', async () => {
  for (const view of ['Sopimus', 'Henkilöstö', 'Kustannukset', 'Tarkistukset']) {
    await nav(page, view);
    await page.waitForSelector('#view-heading');
    await page.mouse.move(400, 200);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(100);
    const b = await boxes(null);
    assert.equal(b.overflow, 0, `${view}: no sideways scroll`);
    for (const [name, x] of Object.entries({ variant: b.variant, findings: b.findings, ...b.parties })) {
      assert.ok(inView(x, b.w, b.h), `${view}: ${name} in view: ${JSON.stringify(x)}`);
    }
    await page.evaluate(() => scrollTo(0, 0));
  }
});

test('the variants side by side are under the editor, in their own region', async () => {
  const region = page.getByRole('region', { name: 'Keskeiset luvut' });
  assert.ok(await region.locator('.projector-table').count(), 'the table is in its region');
  const heads = await region.locator('thead th').allTextContents();
  assert.deepEqual(heads.slice(1), ['Työpaja: htv', 'Henkilöt']);
  assert.match(await region.textContent(), /Naapurin työllisyysalueen työvoimaviranomainen/);
});

test('Esc in a dialog closes the dialog and leaves projector mode on', async () => {
  await page.click('#share');
  await page.waitForSelector('#share-dialog[open]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#share-dialog').open);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')));
});

test('Esc and the header button toggle projector mode without losing focus', async () => {
  await nav(page, 'Henkilöstö');
  await page.focus('#f-staffing-rows-0-fte');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.classList.contains('projector'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-staffing-rows-0-fte');
  assert.equal(await page.getAttribute('#projector', 'aria-pressed'), 'false');
  assert.equal(await page.locator('.projector-table').count(), 0, 'the variants table belongs to projector mode');
  await page.click('#projector');
  await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'projector');
  assert.equal(await page.getAttribute('#projector', 'aria-pressed'), 'true');
  await page.click('#projector');
  await page.waitForFunction(() => !document.documentElement.classList.contains('projector'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'projector');
});

nothingLeft(suite);
