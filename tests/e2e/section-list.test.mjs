// The agreement view's section list (issue 21): the long page is navigable — a link per section moves
// focus to that section's heading — and each link carries the number of the section's findings, which
// follows the user's edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nothingLeft, openPreset, useApp, nav } from './harness.mjs';

let page;
const suite = useApp((c) => ({ page } = c), async ({ page: p }) => openPreset(p, 'etelainen-keski-suomi'));

const list = () => page.getByRole('navigation', { name: 'Osiot' });
/** The number of findings on a section's link: the badge's figure, checked against the words a screen
 *  reader says in its place ("2 Sopijaosapuolet 1 havainto"; the figure itself is hidden from it). */
async function count(section) {
  const link = list().getByRole('link', { name: new RegExp(`^${section} \\d+ havaint`) });
  const [badge, spoken] = await Promise.all([link.locator('.badge').textContent(), link.locator('.visually-hidden').textContent()]);
  assert.equal(spoken, Number(badge) === 1 ? '1 havainto' : `${badge} havaintoa`);
  return Number(badge);
}

test('the list names every section of the agreement in order, each with its findings', async () => {
  await nav(page, 'Sopimus');
  const names = await list().getByRole('link').allTextContents();
  assert.equal(names.length, 13, names.join(' | '));
  assert.match(names[0], /^1 Sopimuksen tarkoitus(\d+)\1 havaint/);
  assert.match(names[3], /^4 Johtoryhmä(\d+)\1 havaint/);
  assert.match(names[12], /^Allekirjoitukset(\d+)\1 havaint/);
  // The badge shows the number; the link's accessible name says what it counts.
  const link = list().getByRole('link', { name: /^2 Sopijaosapuolet \d+ havainto(a)?$/ });
  assert.equal(await link.count(), 1);
});

test('a section link moves focus to the section heading, by mouse and by keyboard', async () => {
  await list().getByRole('link', { name: /^4 Johtoryhmä \d/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sec-steering-group');
  assert.ok(await page.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the heading is in view');
  await list().getByRole('link', { name: /^8 Henkilöstö \d/ }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sec-staffing');
  assert.equal(await page.evaluate(() => location.hash), '', 'the address is left alone');
});

test('a badge follows an edit that adds or removes a finding', async () => {
  // The seed's first business ID has a wrong check digit: a finding of section 2.
  const before = await count('2 Sopijaosapuolet');
  assert.ok(before >= 1, `${before}`);
  await page.fill('#f-parties-0-business_id', '1068366-9');
  await page.waitForFunction((n) => {
    const a = [...document.querySelectorAll('.section-list a')].find((x) => x.textContent.startsWith('2 '));
    return a && a.querySelector('.badge').textContent !== String(n);
  }, before);
  assert.equal(await count('2 Sopijaosapuolet'), before - 1);
  await page.fill('#f-parties-0-business_id', '1068366-0');
  await page.waitForFunction((n) => {
    const a = [...document.querySelectorAll('.section-list a')].find((x) => x.textContent.startsWith('2 '));
    return a && a.querySelector('.badge').textContent === String(n);
  }, before);
  assert.equal(await count('2 Sopijaosapuolet'), before);
});

test('in Swedish the list is "Avsnitt" with the plural from the catalogue', async () => {
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  const sv = page.getByRole('navigation', { name: 'Avsnitt' });
  assert.equal(await sv.getByRole('link').count(), 13);
  assert.match(await sv.getByRole('link', { name: /^2 Avtalsparter \d/ }).locator('.visually-hidden').textContent(), /^\d+ iakttagelse/);
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
});

nothingLeft(suite);
