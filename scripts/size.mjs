// Prints the bundle's raw, gzip and brotli sizes against the budget in SPEC.md.
// Reports by default; `--strict` exits 1 when the bundle is over budget.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const BUDGET_GZIP = 24 * 1024;
const file = 'dist/spa-scar-kit.js';
let bytes;
try {
  bytes = readFileSync(file);
} catch {
  console.error(`${file} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const gzip = gzipSync(bytes, {level: 9}).length;
const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}`);
console.log(`  raw     ${String(bytes.length).padStart(7)} B  ${kb(bytes.length)}`);
console.log(`  gzip    ${String(gzip).padStart(7)} B  ${kb(gzip)}  (budget ${kb(BUDGET_GZIP)}: ${gzip <= BUDGET_GZIP ? 'within' : 'OVER'})`);
console.log(`  brotli  ${String(brotli).padStart(7)} B  ${kb(brotli)}`);
process.exit(gzip > BUDGET_GZIP && process.argv.includes('--strict') ? 1 : 0);
