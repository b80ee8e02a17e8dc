// The practical limit a framework can approach: the same work per keystroke as the app's staffing view
// (update one row, FTE totals per party, the largest-remainder split of every common cost item) done by
// hand with DOM nodes updated in place. Data: large.json, the synthetic agreement (`tym synth`).
'use strict';

function parseFte(s) {
  const t = s.trim().replace(',', '.');
  if (!/^\d*\.?\d{0,3}$/.test(t) || t === '' || t === '.') return null;
  const [i, f = ''] = t.split('.');
  return Number(i || 0) * 1000 + Number((f + '000').slice(0, 3));
}

// Largest remainder in integers (BigInt keeps it exact like the Rust engine's u128).
function allocate(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return null;
  const t = BigInt(total);
  const shares = weights.map((w) => (t * w) / sum);
  const rems = weights.map((w, i) => ({ i, r: (t * w) % sum }));
  let left = t - shares.reduce((a, b) => a + b, 0n);
  rems.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of rems) {
    if (left <= 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares;
}

const money = (c) => {
  const neg = c < 0n;
  const a = neg ? -c : c;
  const e = (a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${neg ? '-' : ''}${e},${(a % 100n).toString().padStart(2, '0')} €`;
};
const dec = (m) => (m / 1000).toString().replace('.', ',');

fetch('large.json').then((r) => r.json()).then(({ agreement: a }) => {
  const parties = a.parties.map((p) => p.id);
  const rows = a.staffing.rows.map((r) => ({ ...r, fteMilli: r.fte == null ? 0 : Math.round(r.fte * 1000) }));
  const staffBody = document.querySelector('#staff tbody');
  rows.forEach((r, i) => {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td>${r.party}</td><td>${r.role}</td><td>${r.persons ?? ''}</td><td><input id="fte-${i}" aria-label="FTE ${i + 1}"></td>`;
    tr.querySelector('input').value = dec(r.fteMilli);
    staffBody.append(tr);
  });
  const totalsBody = document.querySelector('#totals tbody');
  const totalCells = parties.map((p) => {
    const tr = totalsBody.insertRow();
    tr.insertCell().textContent = p;
    return tr.insertCell();
  });
  const splitBody = document.querySelector('#split tbody');
  const splitCells = a.costs.items.map((item) => {
    const tr = splitBody.insertRow();
    tr.insertCell().textContent = item.name;
    return parties.map(() => tr.insertCell());
  });
  function recompute() {
    const fte = Object.fromEntries(parties.map((p) => [p, 0n]));
    const persons = Object.fromEntries(parties.map((p) => [p, 0n]));
    for (const r of rows) {
      fte[r.party] += BigInt(r.fteMilli);
      persons[r.party] += BigInt(r.persons ?? 0);
    }
    parties.forEach((p, k) => (totalCells[k].textContent = dec(Number(fte[p]))));
    a.costs.items.forEach((item, n) => {
      let ids;
      let weights;
      const rule = item.rule;
      if (rule.kind === 'by_staff') {
        ids = a.parties.filter((p) => p.kind === 'employment_authority' || p.kind === 'wellbeing_county').map((p) => p.id);
        weights = ids.map((id) => (rule.basis === 'fte' ? fte[id] : persons[id]));
      } else if (rule.kind === 'by_participants') {
        ids = rule.counts.map((c) => c.party);
        weights = rule.counts.map((c) => BigInt(c.count));
      } else if (rule.kind === 'equal') {
        ids = rule.parties;
        weights = ids.map(() => 1n);
      } else {
        ids = [rule.party];
        weights = [1n];
      }
      const shares = allocate(item.amount, weights);
      parties.forEach((p, k) => {
        const j = ids.indexOf(p);
        splitCells[n][k].textContent = shares && j >= 0 ? money(shares[j]) : '';
      });
    });
  }
  staffBody.addEventListener('input', (e) => {
    const i = Number(e.target.id.slice(4));
    const v = parseFte(e.target.value);
    if (v !== null) {
      rows[i].fteMilli = v;
      recompute();
    }
  });
  recompute();
  document.body.dataset.ready = 'true';
});
