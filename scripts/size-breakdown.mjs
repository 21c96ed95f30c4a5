// Where the bundle's gzip bytes go, measured the only honest way: build the bundle again
// without one part (its text, a locale's text, its styles) and report what it loses. Also the
// floor no implementation can go under: Lit and @lit/localize alone. Reports; never fails.
import {gzipSync} from 'node:zlib';
import {build} from 'vite';

const BUDGET_GZIP = 24 * 1024;

/** A build-time plugin that rewrites matching modules; used only for these measuring builds. */
const without = (name, test, rewrite) => ({name: `without-${name}`, enforce: 'pre', transform: (code, id) => (test(id) ? rewrite(code) : null)});

const msgText = /msg\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|str`[^`]*`)\s*,/g;
const englishText = without('english', (id) => /\/src\/(?!generated\/).*\.ts$/.test(id), (code) => code.replace(msgText, "msg('',"));
// Keeps each message's key (ids are not text), empties its translation.
const localeText = (locale) =>
  without(locale, (id) => id.endsWith(`/src/generated/locales/${locale}.ts`), (code) =>
    code.replace(/^(\s*'[\w.]+': )(?:str|html)?`[^`]*`,/gm, '$1``,'),
  );
const citations = without('citations', (id) => id.endsWith('/src/data/sources.ts'), (code) =>
  code.replace(/citation:\s*'(?:[^'\\]|\\.)*'/g, "citation: ''"),
);
const styles = without('styles', (id) => /\/src\/.*\.ts$/.test(id), (code) => code.replace(/css`[^`]*`/g, 'css``'));

async function gzipOf(plugins, entry) {
  const result = await build({
    configFile: entry ? false : 'vite.config.ts',
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      ...(entry && {lib: {entry, formats: ['es'], fileName: () => 'floor.js'}, minify: true, target: 'es2022'}),
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return gzipSync(output[0].code, {level: 9}).length;
}

const full = await gzipOf([]);
const noText = await gzipOf([englishText, localeText('es'), localeText('fr')]);
const englishOnly = await gzipOf([localeText('es'), localeText('fr')]);
const rows = [
  ['visitor text, all three languages', full - noText],
  ['  English', full - (await gzipOf([englishText]))],
  ['  Spanish', full - (await gzipOf([localeText('es')]))],
  ['  French', full - (await gzipOf([localeText('fr')]))],
  ['styles', full - (await gzipOf([styles]))],
  ["the sources' citations (titles, journals)", full - (await gzipOf([citations]))],
  ['Lit + @lit/localize alone (the floor)', await gzipOf([], 'scripts/size-floor.js')],
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`the bundle, built again: ${full} B gzip (${kb(full)}); budget ${BUDGET_GZIP} B`);
console.log('what the bundle loses without each part (gzip):');
for (const [what, bytes] of rows) console.log(`  ${what.padEnd(42)} ${String(bytes).padStart(6)} B  ${kb(bytes)}`);
console.log(`the bundle with English text only: ${englishOnly} B (${kb(englishOnly)})`);
console.log(`the bundle with no visitor text at all: ${noText} B (${kb(noText)})`);
