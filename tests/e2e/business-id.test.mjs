// Business IDs as people type or paste them: an en dash, a space, a VAT number "FI…" or spaces around
// the ID become the canonical "1234567-8" as soon as the ID reads as valid; otherwise, once the field
// is left, a message next to it (linked with aria-describedby) says whether the form or the check
// digit is wrong, in the interface's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nothingLeft, openPreset, useApp } from './harness.mjs';

let page;
const suite = useApp((c) => ({ page } = c), async ({ page: p }) => openPreset(p, 'etelainen-keski-suomi'));

const FIELD = '#f-parties-0-business_id';
/** The field's message as a sighted user sees it: none while it is hidden (the field has focus). */
const message = () => page.evaluate((sel) => {
  const input = document.querySelector(sel);
  const note = document.getElementById(input.getAttribute('aria-describedby') ?? '');
  const shown = note && note.checkVisibility();
  return { invalid: shown ? input.getAttribute('aria-invalid') : null, text: shown ? note.textContent : null };
}, FIELD);

test('the wrong check digit of the seed is flagged next to the field', async () => {
  assert.equal(await page.inputValue(FIELD), '1068366-0');
  assert.deepEqual(await message(), { invalid: 'true', text: 'Y-tunnuksen tarkistusmerkki ei täsmää.' });
});

test('typed with an en dash, a space, as a VAT number or with spaces around, the ID is made canonical', async () => {
  for (const typed of ['1068366–9', '1068366 9', ' 1068366-9 ']) {
    await page.fill(FIELD, '');
    await page.fill(FIELD, typed);
    assert.equal(await page.inputValue(FIELD), '1068366-9', JSON.stringify(typed));
  }
  await page.fill(FIELD, '');
  await page.locator(FIELD).pressSequentially('FI10683669');
  assert.equal(await page.inputValue(FIELD), '1068366-9');
  await page.keyboard.press('Tab');
  assert.deepEqual(await message(), { invalid: null, text: null });
});

test('an ID of the wrong form gets its message when the field is left, not while typing', async () => {
  await page.fill(FIELD, '');
  await page.locator(FIELD).pressSequentially('106836');
  assert.deepEqual(await message(), { invalid: null, text: null }, 'no message while typing');
  await page.keyboard.press('Tab');
  assert.deepEqual(await message(), { invalid: 'true', text: 'Y-tunnus kirjoitetaan muodossa 1234567-8: seitsemän numeroa, väliviiva ja tarkistusnumero.' });
  await page.getByRole('group', { name: 'Kieli', exact: true }).getByRole('button', { name: 'På svenska' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal((await message()).text, 'FO-numret skrivs 1234567-8: sju siffror, bindestreck och kontrollsiffra.');
  await page.getByRole('group', { name: 'Språk', exact: true }).getByRole('button', { name: 'Suomeksi' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  await page.fill(FIELD, '1068366-9');
});

nothingLeft(suite);
