// Fails when the npm package cannot be imported where there is no DOM. Next.js, Nuxt, SvelteKit
// and Astro evaluate a page's imports on the server too, before the browser ever runs them: a
// module that touches `document` (or a bundled Lit that extends `HTMLElement`) as it loads
// stops the whole page from rendering there. Each of the package's entries is imported here
// by its public name, under Node's own export conditions, as a server would.
import {readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The names the browser's one-file bundle exports: the server's `spa-scar-kit` must match them. */
function bundleExports() {
  const source = readFileSync(pkg.exports['.'].import, 'utf8');
  const list = source.match(/export\s*\{([^}]*)\}\s*;?\s*$/)?.[1] ?? '';
  return list.split(',').map((item) => item.trim().split(/\s+as\s+/).pop()).sort();
}

const problems = [];
for (const [subpath, targets] of Object.entries(pkg.exports)) {
  if (typeof targets !== 'object' || !targets.import) continue; // types only, or a plain file
  const specifier = pkg.name + subpath.slice(1);
  try {
    const module = await import(specifier);
    const names = Object.keys(module).sort();
    const expected = subpath === '.' ? bundleExports().join(', ') : null;
    if (expected !== null && names.join(', ') !== expected) {
      problems.push(`${specifier} on a server exports ${names.join(', ')}; the browser bundle ${expected}`);
    }
  } catch (error) {
    problems.push(`${specifier} throws when imported on a server: ${error.message}`);
  }
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `check-server-import: ${problem}`).join('\n'));
  process.exit(1);
}
console.log('check-server-import: every entry of the package imports on a server (Node, no DOM).');
