import {defineConfig} from 'vite';
import {minifyLitCss} from './scripts/minify-css-plugin.js';
import {shortMessageIds} from './scripts/short-message-ids-plugin.js';
import {stubMessageIdHashing} from './scripts/stub-message-id-hashing-plugin.js';

// One self-contained ES module: Lit, the three elements, the data and every locale.
// `codeSplitting: false` inlines everything (there are no dynamic imports to split anyway);
// `output.minify` is what actually strips whitespace in ES library mode.
export default defineConfig({
  plugins: [minifyLitCss(), shortMessageIds(), stubMessageIdHashing()],
  build: {
    lib: {entry: 'src/index.ts', formats: ['es'], fileName: () => 'spa-scar-kit.js'},
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {output: {codeSplitting: false, minify: true}},
  },
});
