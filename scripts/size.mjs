// Prints the gzip -9 size of the initial download (wasm + js + css + bundled data) and fails above the
// budget. Usage: node scripts/size.mjs dist [budget-kB]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 400) * 1000;
let gz = 0;
let br = 0;
const rows = [];
for (const f of readdirSync(dist).filter((f) => /\.(wasm|js|css|json|html)$/.test(f) && f !== 'sw.js')) {
  const data = readFileSync(join(dist, f));
  const g = gzipSync(data, { level: 9 }).length;
  const b = brotliCompressSync(data).length;
  gz += g;
  br += b;
  rows.push(`  ${f}: ${data.length} B raw, ${g} B gzip, ${b} B brotli`);
}
console.log(rows.join('\n'));
console.log(`initial download: ${(gz / 1000).toFixed(1)} kB gzip -9, ${(br / 1000).toFixed(1)} kB brotli (budget ${budget / 1000} kB gzip)`);
if (gz > budget) {
  console.error('size budget exceeded');
  process.exit(1);
}
