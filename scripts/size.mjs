// Prints the gzip -9 size of the initial download (wasm + js + css + html at the top of dist/) and
// fails above the budget; reports the single-file edition (tym.html, downloaded only on request)
// apart. Usage: node scripts/size.mjs dist [budget-kB]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 400) * 1000;
let gz = 0;
let br = 0;
const rows = [];
const sizes = (data) => [gzipSync(data, { level: 9 }).length, brotliCompressSync(data).length];
for (const f of readdirSync(dist).filter((f) => /\.(wasm|js|css|json|html)$/.test(f) && f !== 'sw.js' && f !== 'tym.html')) {
  const data = readFileSync(join(dist, f));
  const [g, b] = sizes(data);
  gz += g;
  br += b;
  rows.push(`  ${f}: ${data.length} B raw, ${g} B gzip, ${b} B brotli`);
}
console.log(rows.join('\n'));
// Loaded on first use (import, DOCX/HTML export), not part of the first download.
try {
  for (const f of readdirSync(join(dist, 'lazy')).filter((f) => /\.(wasm|js)$/.test(f))) {
    const data = readFileSync(join(dist, 'lazy', f));
    console.log(`  lazy/${f} (on first use): ${data.length} B raw, ${gzipSync(data, { level: 9 }).length} B gzip, ${brotliCompressSync(data).length} B brotli`);
  }
} catch {
  console.log('  (no lazy module in this build)');
}
console.log(`initial download: ${(gz / 1000).toFixed(1)} kB gzip -9, ${(br / 1000).toFixed(1)} kB brotli (budget ${budget / 1000} kB gzip)`);
const single = join(dist, 'tym.html');
if (existsSync(single)) {
  const data = readFileSync(single);
  const [g, b] = sizes(data);
  console.log(`single-file edition tym.html: ${(data.length / 1000).toFixed(1)} kB raw (the file handed out), ${(g / 1000).toFixed(1)} kB gzip, ${(b / 1000).toFixed(1)} kB brotli (its download from the served app)`);
}
if (gz > budget) {
  console.error('size budget exceeded');
  process.exit(1);
}
