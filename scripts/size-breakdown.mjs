// Where the bundle's gzip bytes go, measured the only honest way: build the bundle again
// without one part (its text, a locale's text, its styles, its citations) and report what it
// loses. Also the floor no implementation goes under: Lit and @lit/localize alone.
// Reports; never fails.
import {gzipSync} from 'node:zlib';
import {build} from 'vite';

const BUDGET_GZIP = 24 * 1024;
const ownSource = /\/src\/(?!generated\/).*\.ts$/;

/**
 * A plugin for these measuring builds only: rewrites the matching modules to drop one part.
 * It counts its rewrites, so that a pattern the sources have outgrown shows instead of
 * silently measuring nothing.
 */
function without(part, isModule, pattern, replacement) {
  const plugin = {
    name: `without-${part}`,
    enforce: 'pre',
    rewrites: 0,
    transform(code, id) {
      if (!isModule(id)) return null;
      return code.replace(pattern, (...match) => {
        plugin.rewrites++;
        return typeof replacement === 'function' ? replacement(...match) : replacement;
      });
    },
  };
  return plugin;
}

const englishText = () =>
  without('english', (id) => ownSource.test(id), /msg\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|str`[^`]*`)\s*,/g, "msg('',");
// Keeps each message's key (ids are not text) and empties its translation.
const localeText = (locale) =>
  without(
    locale,
    (id) => id.endsWith(`/src/generated/locales/${locale}.ts`),
    /^(\s*'[\w.]+': )(?:str|html)?`[^`]*`,/gm,
    (_match, key) => `${key}\`\`,`,
  );
const citations = () =>
  without('citations', (id) => id.endsWith('/src/data/sources.ts'), /citation:\s*'(?:[^'\\]|\\.)*'/g, "citation: ''");
const styles = () => without('styles', (id) => ownSource.test(id), /css`[^`]*`/g, 'css``');

async function gzipOf(plugins, configFile = 'vite.config.ts') {
  const result = await build({
    configFile,
    logLevel: 'silent',
    plugins,
    build: {write: false},
  });
  for (const plugin of plugins) {
    if (!plugin.rewrites) console.warn(`size-breakdown: ${plugin.name} matched nothing; update its pattern.`);
  }
  const {output} = Array.isArray(result) ? result[0] : result;
  return gzipSync(output[0].code, {level: 9}).length;
}

const full = await gzipOf([]);
const noText = await gzipOf([englishText(), localeText('es'), localeText('fr')]);
const englishOnly = await gzipOf([localeText('es'), localeText('fr')]);
const rows = [
  ['visitor text, all three languages', full - noText],
  ['  English', full - (await gzipOf([englishText()]))],
  ['  Spanish', full - (await gzipOf([localeText('es')]))],
  ['  French', full - (await gzipOf([localeText('fr')]))],
  ['styles', full - (await gzipOf([styles()]))],
  ["the sources' citations (titles, journals)", full - (await gzipOf([citations()]))],
  ['Lit + @lit/localize alone (the floor)', await gzipOf([], 'scripts/size-floor.config.ts')],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`the bundle, built again: ${full} B gzip (${kb(full)}); budget ${BUDGET_GZIP} B`);
console.log('what the bundle loses without each part (gzip):');
for (const [what, bytes] of rows) console.log(`  ${what.padEnd(42)} ${String(bytes).padStart(6)} B  ${kb(bytes)}`);
console.log(`the bundle with English text only: ${englishOnly} B (${kb(englishOnly)})`);
console.log(`the bundle with no visitor text at all: ${noText} B (${kb(noText)})`);
