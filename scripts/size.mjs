// The first download of the served app — the files index.html loads before the app runs (wasm, js,
// css, html at the top of dist/) — as a browser receives them: the precompressed .gz (zopfli) and .br
// copies that scripts/postbuild.mjs writes and the server sends. Fails when the gzip total is over
// the budget. Also prints zlib's gzip -9 of the same files (what a server compressing on the fly at
// its highest level would send), the lazy module (loaded on first use) and the single-file edition
// (tym.html, downloaded only on request) apart. Usage: node scripts/size.mjs dist [budget-kB]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 400) * 1000;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** [raw, shipped .gz, shipped .br, zlib gzip -9] of a built file. */
function sizes(path) {
  for (const ext of ['.gz', '.br']) {
    if (!existsSync(path + ext)) throw new Error(`${path}${ext} is missing: run scripts/postbuild.mjs`);
  }
  const data = readFileSync(path);
  return [data.length, statSync(`${path}.gz`).size, statSync(`${path}.br`).size, gzipSync(data, { level: 9 }).length];
}

const total = [0, 0, 0, 0];
for (const f of readdirSync(dist).filter((f) => /\.(wasm|js|css|json|html)$/.test(f) && f !== 'sw.js' && f !== 'tym.html')) {
  const s = sizes(join(dist, f));
  s.forEach((n, i) => (total[i] += n));
  console.log(`  ${f}: ${s[0]} B raw, ${s[1]} B .gz, ${s[2]} B .br (zlib -9: ${s[3]} B)`);
}
if (existsSync(join(dist, 'lazy'))) {
  for (const f of readdirSync(join(dist, 'lazy')).filter((f) => /\.(wasm|js)$/.test(f))) {
    const s = sizes(join(dist, 'lazy', f));
    console.log(`  lazy/${f} (loaded on first use): ${s[0]} B raw, ${s[1]} B .gz, ${s[2]} B .br`);
  }
}
console.log(`initial download: ${kB(total[1])} gzip (zopfli, as served), ${kB(total[2])} brotli; zlib gzip -9 of the same files ${kB(total[3])} (budget ${kB(budget)} gzip)`);
const single = join(dist, 'tym.html');
if (existsSync(single)) {
  const s = sizes(single);
  console.log(`single-file edition tym.html: ${kB(s[0])} raw (the file handed out), ${kB(s[1])} gzip, ${kB(s[2])} brotli (its download from the served app)`);
}
if (total[1] > budget) {
  console.error('size budget exceeded');
  process.exit(1);
}
