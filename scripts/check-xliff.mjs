// Fails when xliff/*.xlf no longer hold the English the sources say. Every msg() has an
// explicit id, so an edited English sentence keeps its id, and with it a translation of the old
// sentence: this check makes such an edit stop the tests until `npm run localize:extract` has
// refreshed the XLIFF and someone has re-read the Spanish and French.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const sourcesById = (xliff) =>
  new Map([...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].map((m) => [m[1], m[2]]));

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'spa-xliff-'));
try {
  // Extract the sources' messages into a scratch directory, leaving the real XLIFF untouched.
  const scratch = {
    ...config,
    tsConfig: resolve(config.tsConfig),
    output: {...config.output, outputDir: join(dir, 'out'), localeCodesModule: join(dir, 'locale-codes.ts')},
    interchange: {...config.interchange, xliffDir: dir},
  };
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(scratch));
  execFileSync('npx', ['lit-localize', `--config=${join(dir, 'lit-localize.json')}`, 'extract'], {stdio: 'ignore'});

  const problems = [];
  for (const locale of config.targetLocales) {
    const current = sourcesById(readFileSync(join(dir, `${locale}.xlf`), 'utf8'));
    const committed = sourcesById(readFileSync(`xliff/${locale}.xlf`, 'utf8'));
    for (const [id, english] of current) {
      if (!committed.has(id)) problems.push(`${locale}: ${id} is new`);
      else if (committed.get(id) !== english) problems.push(`${locale}: ${id} has new English`);
    }
    for (const id of committed.keys()) if (!current.has(id)) problems.push(`${locale}: ${id} is no longer used`);
  }
  if (problems.length) {
    const fix = 'run `npm run localize:extract` and check the translations';
    console.error(`xliff/ is out of date with the sources; ${fix}:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`xliff/ matches the sources (${config.targetLocales.join(', ')}).`);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
